#pragma once
// The columns a table row shows (RecommendationSummary), selected from
// "recommendation r" and read back, the same for the repository's summaries
// and the table's pages: the two lists are joined in SQL with a separator
// no typed name contains, so they split back exactly.
#include "recommendation.h"

#include <QSqlQuery>
#include <QString>

namespace SummaryColumns {
// "r.id, r.mechanism, ..., r.due_date": the 11 columns read() expects first.
QString select();
// The summary from the current row of query, whose first columns are select()'s.
RecommendationSummary read(const QSqlQuery &query);
constexpr int count = 11;
}
