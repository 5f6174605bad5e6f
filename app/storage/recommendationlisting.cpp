#include "recommendationlisting.h"

#include "database.h"
#include "filterclause.h"
#include "isodate.h"
#include "listingquery.h"
#include "recommendationlists.h"
#include "sqlitestatement.h"
#include "sqlstatement.h"
#include "summarycolumns.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace {

// Up to this many records, ranksOf() counts for each; beyond, one pass numbers
// every matching row, which costs the same for 10 ids as for 10,000.
constexpr int ranksCountedOneByOne = 8;

// Which rows to ask SQLite for: offset..offset+limit in the order asked, or
// the same rows counted from the end in the opposite order.
struct Window {
    Qt::SortOrder direction;
    int offset;
    int limit;
    bool reversed;

    Window(Qt::SortOrder asked, int offset, int limit, int total)
        : direction(asked), offset(offset), limit(limit), reversed(total > 0 && offset > total / 2)
    {
        if (!reversed)
            return;
        direction = asked == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
        this->limit = std::max(0, std::min(limit, total - offset));
        this->offset = std::max(0, total - offset - this->limit);
    }
    template <typename List>
    List inOrderAsked(List rows) const
    {
        if (reversed)
            std::reverse(rows.begin(), rows.end());
        return rows;
    }
};

QString idsAsJson(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// Whether the list is in the order of ids (the table's first order; also
// relevance without search words, whatever the direction asked): its rows
// before a record are then simply those with smaller (or larger) ids.
std::optional<Qt::SortOrder> idOrder(const ListingQuery &listing)
{
    if (listing.orderBy() == listing.idColumn() + QStringLiteral(" ASC"))
        return Qt::AscendingOrder;
    if (listing.orderBy() == listing.idColumn() + QStringLiteral(" DESC"))
        return Qt::DescendingOrder;
    return std::nullopt;
}

} // namespace

RecommendationListing::RecommendationListing(Database &database) : m_database(database)
{
    // Sorting by first theme or recommending state is an index scan when the
    // records carry those names; a schema without them still sorts, slowly.
    QSqlQuery columns(SqlStatement::connection(m_database.connectionName()));
    if (columns.exec(QStringLiteral("SELECT count(*) FROM pragma_table_info('recommendation') "
                                     "WHERE name IN ('first_theme', 'first_recommending_state')"))
        && columns.next())
        m_firstNamesStored = columns.value(0).toInt() == 2;
}

template <typename Result>
std::optional<Result> RecommendationListing::fail(const QString &message)
{
    m_lastError = message;
    return std::nullopt;
}

bool RecommendationListing::hasOrderIndex(RecommendationSortKey key)
{
    // Asked of SQLite itself, once per key: whatever indexes the schema has,
    // an order it can read from one needs no sorting step.
    const auto known = m_orderIndexed.constFind(int(key));
    if (known != m_orderIndexed.constEnd())
        return *known;
    const ListingQuery listing({}, key, Qt::AscendingOrder, m_firstNamesStored ? ListingQuery::FirstNamesStored : 0);
    QSqlQuery plan(SqlStatement::connection(m_database.connectionName()));
    bool indexed = plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT r.id FROM recommendation r ORDER BY %1")
                                 .arg(listing.orderBy()));
    while (indexed && plan.next())
        indexed = !plan.value(3).toString().contains(QLatin1String("TEMP B-TREE"));
    m_orderIndexed.insert(int(key), indexed);
    return indexed;
}

int RecommendationListing::optionsForWindow(const RecommendationFilter &filter, RecommendationSortKey key,
                                            int offset, int limit, int total)
{
    int options = m_firstNamesStored ? ListingQuery::FirstNamesStored : 0;
    // A search matching many records, sorted by an indexed key: walking the
    // index finds the first rows after (offset + limit) * all / total of
    // them, each tested in the set of matches; looking every match up in the
    // table and sorting costs about four times more per match. (By id the
    // matches come in order anyway.)
    if (total <= 0 || key == RecommendationSortKey::Id || key == RecommendationSortKey::Relevance
        || !ListingQuery::isOnlySearch(filter) || !hasOrderIndex(key))
        return options;
    const std::optional<int> all = count({});
    if (all && double(offset + limit) * *all < 4.0 * double(total) * total)
        options |= ListingQuery::SearchAsFilter;
    return options;
}

bool RecommendationListing::hasSearch(const RecommendationFilter &filter)
{
    return ListingQuery::hasSearch(filter);
}

std::optional<int> RecommendationListing::count(const RecommendationFilter &filter)
{
    QSqlQuery query(SqlStatement::connection(m_database.connectionName()));
    if (ListingQuery::isOnlySearch(filter)) {
        // Every indexed row is a recommendation (triggers keep the two in
        // step), so a search alone is counted in the index, without reading
        // the table: several times faster for a common word.
        query.prepare(QStringLiteral("SELECT count(*) FROM recommendation_search WHERE recommendation_search MATCH ?"));
        query.addBindValue(FilterClause::fullTextQuery(filter.searchText));
    } else {
        const FilterClause::Table table = FilterClause::cheaperToCount(filter);
        const FilterClause clause = FilterClause::build(filter, table);
        query.prepare(QStringLiteral("SELECT count(*) FROM %1 r %2")
                          .arg(table == FilterClause::Table::Statistics ? QStringLiteral("recommendation_statistics")
                                                                        : QStringLiteral("recommendation"),
                               clause.where));
        for (const QVariant &value : clause.bindings)
            query.addBindValue(value);
    }
    QString error;
    if (!SqlStatement::exec(query, &error) || !query.next())
        return fail<int>(error.isEmpty() ? SqlStatement::describe(query) : error);
    return query.value(0).toInt();
}

std::optional<QList<qint64>> RecommendationListing::idsInRange(const RecommendationFilter &filter,
                                                               RecommendationSortKey key, Qt::SortOrder direction,
                                                               int offset, int limit, int total)
{
    const Window window(direction, offset, limit, total);
    const ListingQuery listing(filter, key, window.direction,
                               optionsForWindow(filter, key, window.offset, window.limit, total));
    QSqlQuery query(SqlStatement::connection(m_database.connectionName()));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 %2 ORDER BY %3 LIMIT ? OFFSET ?")
                      .arg(listing.idColumn(), listing.fromWhere(), listing.orderBy()));
    for (const QVariant &value : listing.bindings())
        query.addBindValue(value);
    query.addBindValue(window.limit);
    query.addBindValue(window.offset);
    QString error;
    if (!SqlStatement::exec(query, &error))
        return fail<QList<qint64>>(error);
    QList<qint64> ids;
    ids.reserve(window.limit);
    while (query.next())
        ids << query.value(0).toLongLong();
    return window.inOrderAsked(ids);
}

std::optional<QList<ListedRecommendation>>
RecommendationListing::summariesInRange(const RecommendationFilter &filter, RecommendationSortKey key,
                                        Qt::SortOrder direction, int offset, int limit, int total)
{
    const Window window(direction, offset, limit, total);
    const ListingQuery listing(filter, key, window.direction,
                               optionsForWindow(filter, key, window.offset, window.limit, total));
    // The window is chosen on the sort keys alone; the lists (each a
    // subquery) are then read for its rows only, not for every match.
    QStringList pageColumns{listing.idColumn() + QStringLiteral(" AS id")};
    const QStringList keys = listing.keyExpressions();
    for (int i = 0; i < keys.size(); ++i)
        pageColumns << QStringLiteral("%1 AS k%2").arg(keys.at(i)).arg(i);
    QSqlQuery query(SqlStatement::connection(m_database.connectionName()));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1%2 "
                                 "FROM (SELECT %3 %4 ORDER BY %5 LIMIT ? OFFSET ?) page "
                                 "CROSS JOIN recommendation r ON r.id = page.id ORDER BY %6")
                      .arg(SummaryColumns::select(),
                           listing.ranksByRelevance() ? QStringLiteral(", page.k0") : QString(),
                           pageColumns.join(QStringLiteral(", ")), listing.fromWhere(), listing.orderBy(),
                           listing.orderByColumns(QStringLiteral("page"))));
    for (const QVariant &value : listing.bindings())
        query.addBindValue(value);
    query.addBindValue(window.limit);
    query.addBindValue(window.offset);
    QString error;
    if (!SqlStatement::exec(query, &error))
        return fail<QList<ListedRecommendation>>(error);
    QList<ListedRecommendation> rows;
    rows.reserve(window.limit);
    while (query.next()) {
        ListedRecommendation row;
        row.summary = SummaryColumns::read(query);
        if (listing.ranksByRelevance())
            row.relevance = query.value(SummaryColumns::count).toDouble();
        rows << row;
    }
    return window.inOrderAsked(rows);
}

std::optional<int> RecommendationListing::countedById(const RecommendationFilter &filter, qint64 id,
                                                      Qt::SortOrder direction)
{
    QString error;
    sqlite3 *connection = SqliteStatement::connection(m_database, &error);
    if (!connection)
        return fail<int>(error);
    const FilterClause clause = FilterClause::build(filter, FilterClause::Table::Statistics);
    const QString beyond = (direction == Qt::AscendingOrder ? QStringLiteral("r.id < %1") : QStringLiteral("r.id > %1"))
                               .arg(id);
    SqliteStatement count;
    if (!count.prepare(connection,
                       QStringLiteral("SELECT count(*) FROM recommendation_statistics r %1")
                           .arg(clause.where.isEmpty() ? QStringLiteral("WHERE ") + beyond
                                                       : clause.where + QStringLiteral(" AND ") + beyond),
                       &error))
        return fail<int>(error);
    for (int i = 0; i < clause.bindings.size(); ++i)
        count.bindValue(i + 1, clause.bindings.at(i));
    if (!count.next(&error))
        return fail<int>(error.isEmpty() ? SqliteStatement::describe(connection) : error);
    return int(count.intAt(0));
}

std::optional<int> RecommendationListing::rankOf(qint64 id, const RecommendationFilter &filter,
                                                 RecommendationSortKey key, Qt::SortOrder direction)
{
    const ListingQuery listing(filter, key, direction, m_firstNamesStored ? ListingQuery::FirstNamesStored : 0);
    const QSqlDatabase db = SqlStatement::connection(m_database.connectionName());
    const QStringList keys = listing.keyExpressions();
    // The record's own sort keys, which also says whether it matches at all.
    QSqlQuery own(db);
    own.setForwardOnly(true);
    own.prepare(QStringLiteral("SELECT %1 %2")
                    .arg(keys.isEmpty() ? QStringLiteral("1") : keys.join(QStringLiteral(", ")),
                         listing.fromWhere(listing.idColumn() + QStringLiteral(" = ?"))));
    for (const QVariant &value : listing.bindings())
        own.addBindValue(value);
    own.addBindValue(id);
    QString error;
    if (!SqlStatement::exec(own, &error))
        return fail<int>(error);
    if (!own.next())
        return -1;
    if (const std::optional<Qt::SortOrder> byId = idOrder(listing))
        return countedById(filter, id, *byId);
    QVariantList keyValues;
    for (int i = 0; i < keys.size(); ++i)
        keyValues << own.value(i);

    QVariantList bindings;
    QString condition = listing.before(keyValues, id, &bindings);
    if (listing.ranksByRelevance()) {
        // A score computed twice may differ in its last bit; the record
        // itself must never count as one before it.
        condition += QStringLiteral(" AND %1 <> ?").arg(listing.idColumn());
        bindings << id;
    }
    QSqlQuery before(db);
    before.setForwardOnly(true);
    before.prepare(QStringLiteral("SELECT count(*) %1").arg(listing.fromWhere(condition)));
    for (const QVariant &value : listing.bindings() + bindings)
        before.addBindValue(value);
    if (!SqlStatement::exec(before, &error) || !before.next())
        return fail<int>(error.isEmpty() ? SqlStatement::describe(before) : error);
    return before.value(0).toInt();
}

std::optional<QHash<qint64, int>> RecommendationListing::ranksOf(const QList<qint64> &ids,
                                                                 const RecommendationFilter &filter,
                                                                 RecommendationSortKey key, Qt::SortOrder direction)
{
    QHash<qint64, int> ranks;
    if (ids.size() <= ranksCountedOneByOne) {
        for (qint64 id : ids) {
            const std::optional<int> rank = rankOf(id, filter, key, direction);
            if (!rank)
                return std::nullopt;
            if (*rank >= 0)
                ranks.insert(id, *rank);
        }
        return ranks;
    }
    // The matching ids in the table's order, counted here: SQLite reads
    // them from the sort's index (at 250,000 records about 30 ms), where a
    // row_number() window over the same order read every whole record
    // (130 ms, on the GUI thread after each import of a few records). It
    // stops once every id asked for has been found.
    const ListingQuery listing(filter, key, direction, m_firstNamesStored ? ListingQuery::FirstNamesStored : 0);
    QString error;
    sqlite3 *connection = SqliteStatement::connection(m_database, &error);
    if (!connection)
        return fail<QHash<qint64, int>>(error);
    // In the order of ids (the table's first order) only the rows from the
    // smallest id asked for on are read: an import's new records, at the
    // end, are placed without a pass over the others. Ascending, the rows
    // before them are counted in the narrow statistics rows.
    const qint64 smallest = *std::min_element(ids.cbegin(), ids.cend());
    const bool ascendingById = idOrder(listing) == Qt::AscendingOrder;
    int rank = 0;
    if (ascendingById) {
        const std::optional<int> before = countedById(filter, smallest, Qt::AscendingOrder);
        if (!before)
            return std::nullopt;
        rank = *before;
    }
    const QString from = ascendingById
        ? listing.fromWhere(QStringLiteral("%1 >= %2").arg(listing.idColumn()).arg(smallest))
        : listing.fromWhere();
    SqliteStatement query;
    if (!query.prepare(connection,
                       QStringLiteral("SELECT %1 %2 ORDER BY %3").arg(listing.idColumn(), from, listing.orderBy()),
                       &error))
        return fail<QHash<qint64, int>>(error);
    const QVariantList bindings = listing.bindings();
    for (int i = 0; i < bindings.size(); ++i)
        query.bindValue(i + 1, bindings.at(i));
    const QSet<qint64> wanted(ids.cbegin(), ids.cend());
    while (ranks.size() < wanted.size() && query.next(&error)) {
        const qint64 id = query.intAt(0);
        if (wanted.contains(id))
            ranks.insert(id, rank);
        ++rank;
    }
    query.reset();
    if (!error.isEmpty())
        return fail<QHash<qint64, int>>(error);
    return ranks;
}

std::optional<QHash<qint64, double>> RecommendationListing::relevanceOf(const QList<qint64> &ids,
                                                                        const RecommendationFilter &filter)
{
    QHash<qint64, double> relevance;
    if (!hasSearch(filter) || ids.isEmpty())
        return relevance;
    // "rowid IN (...)" would make SQLite run the search once per id, and
    // FTS5 weigh every word again each time (about a second for a page); one
    // pass over the ids' range scores only the rows asked for.
    const auto [lowest, highest] = std::minmax_element(ids.cbegin(), ids.cend());
    QSqlQuery query(SqlStatement::connection(m_database.connectionName()));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, score FROM (SELECT rowid AS id, CASE WHEN rowid IN "
                                 "(SELECT value FROM json_each(?)) THEN -bm25(recommendation_search) END AS score "
                                 "FROM recommendation_search WHERE recommendation_search MATCH ? "
                                 "AND rowid BETWEEN ? AND ?) WHERE score IS NOT NULL"));
    query.addBindValue(idsAsJson(ids));
    query.addBindValue(FilterClause::fullTextQuery(filter.searchText));
    query.addBindValue(*lowest);
    query.addBindValue(*highest);
    QString error;
    if (!SqlStatement::exec(query, &error))
        return fail<QHash<qint64, double>>(error);
    while (query.next())
        relevance.insert(query.value(0).toLongLong(), query.value(1).toDouble());
    return relevance;
}

std::optional<double> RecommendationListing::bestRelevance(const RecommendationFilter &filter)
{
    if (!hasSearch(filter))
        return 0.0;
    const std::optional<QList<ListedRecommendation>> best =
        summariesInRange(filter, RecommendationSortKey::Relevance, Qt::DescendingOrder, 0, 1);
    if (!best)
        return std::nullopt;
    return best->isEmpty() ? 0.0 : best->first().relevance.value_or(0.0);
}
