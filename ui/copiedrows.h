#pragma once
// What Edit > Copy reads: the cells of runs of the table's rows, as the
// table shows them, read on a worker through the listing (the same filter,
// sort and offsets as the table model's) a few thousand rows at a time.
// Through the model, a copy of all 250,000 rows of a big database held the
// window 11 s and took 1.3 GB.
#include "databasework.h"
#include "recommendationfilter.h"
#include "recommendationsort.h"

#include <QList>
#include <QPair>

class Database;
class RowClipboard;

namespace CopiedRows {

// The table the rows are copied from.
struct Table {
    RecommendationFilter filter;
    RecommendationSortKey sortKey = RecommendationSortKey::Id;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    int rowCount = 0;
    QList<int> columns; // RecommendationTableModel columns, in the order copied
};

// Adds the rows of runs ((first, last), in the order given) to clipboard.
// On the worker of DatabaseWork; control learns the progress and may stop
// the reading (false, *error left empty). false with *error set when a
// query fails.
bool read(Database &database, const Table &table, const QList<QPair<int, int>> &runs, RowClipboard &clipboard,
          DatabaseWork::Control &control, QString *error);

} // namespace CopiedRows
