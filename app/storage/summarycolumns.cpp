#include "summarycolumns.h"

#include "isodate.h"
#include "recommendationlists.h"

#include <QVariant>

namespace {

// Unit separator: cannot occur in a name typed by a user.
const QChar listSeparator(0x1f);

// The list's names for a recommendation, in the user's order, joined.
QString joinedListSql(RecommendationList list)
{
    const QString table = RecommendationLists::vocabularyTable(list);
    return QStringLiteral("(SELECT group_concat(name, char(31)) FROM (SELECT v.name FROM "
                          "recommendation_%1 l JOIN %1 v ON v.id = l.%1_id "
                          "WHERE l.recommendation_id = r.id ORDER BY l.position))")
        .arg(table);
}

QStringList splitList(const QVariant &joined)
{
    const QString text = joined.toString();
    return text.isEmpty() ? QStringList() : text.split(listSeparator);
}

} // namespace

namespace SummaryColumns {

QString select()
{
    return QStringLiteral("r.id, r.mechanism, r.state_under_review, r.symbol, r.paragraph, r.text, "
                          "r.document_date, %1, %2, r.current_status, r.due_date")
        .arg(joinedListSql(RecommendationList::RecommendingStates), joinedListSql(RecommendationList::Themes));
}

RecommendationSummary read(const QSqlQuery &query)
{
    RecommendationSummary summary;
    summary.id = query.value(0).toLongLong();
    summary.mechanism = query.value(1).toString();
    summary.stateUnderReview = query.value(2).toString();
    summary.symbol = query.value(3).toString();
    summary.paragraph = query.value(4).toString();
    summary.text = query.value(5).toString();
    summary.documentDate = IsoDate::parse(query.value(6).toString());
    summary.recommendedBy = splitList(query.value(7));
    summary.themes = splitList(query.value(8));
    summary.status = StatusInfo::fromKey(query.value(9).toString()).value_or(Status::Pending);
    summary.dueDate = IsoDate::parse(query.value(10).toString());
    return summary;
}

} // namespace SummaryColumns
