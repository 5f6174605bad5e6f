#include "statisticsqueries.h"

#include "database.h"
#include "filterclause.h"
#include "sqlstatement.h"

#include <QDate>
#include <QSqlQuery>

namespace {

QString matchingRecords(const FilterClause &clause)
{
    const QString dated = QStringLiteral("r.document_date IS NOT NULL");
    return QStringLiteral("SELECT r.id, CAST(substr(r.document_date, 1, 4) AS INTEGER) AS issued, r.mechanism "
                          "FROM recommendation r %1")
        .arg(clause.where.isEmpty() ? QStringLiteral("WHERE ") + dated : clause.where + QStringLiteral(" AND ") + dated);
}

// Each history entry holds from its year until the year before the next
// entry's: the status on 31 December of Y is the entry whose span covers Y.
// Before the first entry (or with none) a record is pending. Spans start no
// earlier than the year the record was issued.
const char *const progressSql = R"(
WITH RECURSIVE years(y) AS (SELECT ? UNION ALL SELECT y + 1 FROM years WHERE y < ?),
recs AS (%1),
ordered AS (
    SELECT s.recommendation_id AS id, s.status,
           CAST(substr(s.effective_date, 1, 4) AS INTEGER) AS from_year,
           LEAD(CAST(substr(s.effective_date, 1, 4) AS INTEGER))
               OVER (PARTITION BY s.recommendation_id ORDER BY s.effective_date, s.recorded_at, s.id) AS next_year,
           ROW_NUMBER() OVER (PARTITION BY s.recommendation_id ORDER BY s.effective_date, s.recorded_at, s.id) AS n
    FROM status_change s JOIN recs ON recs.id = s.recommendation_id),
spans AS (
    SELECT o.id, o.status, max(o.from_year, recs.issued) AS first_year, coalesce(o.next_year - 1, 99999) AS last_year
    FROM ordered o JOIN recs ON recs.id = o.id
    UNION ALL
    SELECT recs.id, 'pending', recs.issued, coalesce(o.from_year - 1, 99999)
    FROM recs LEFT JOIN ordered o ON o.id = recs.id AND o.n = 1)
SELECT y.y, sp.status, count(*) FROM years y JOIN spans sp ON y.y BETWEEN sp.first_year AND sp.last_year
GROUP BY y.y, sp.status ORDER BY y.y)";

} // namespace

StatisticsQueries::StatisticsQueries(Database &database) : m_database(database) { }

std::optional<QPair<int, int>> StatisticsQueries::yearRange(const RecommendationFilter &filter)
{
    int yearFrom = filter.yearFrom;
    int yearTo = filter.yearTo;
    if (yearFrom <= 0) {
        const FilterClause clause = FilterClause::build(filter);
        QSqlQuery query(SqlStatement::connection(m_database.connectionName()));
        query.prepare(QStringLiteral("SELECT min(issued) FROM (%1)").arg(matchingRecords(clause)));
        for (const QVariant &value : clause.bindings)
            query.addBindValue(value);
        if (!SqlStatement::exec(query, &m_lastError) || !query.next())
            return std::nullopt;
        yearFrom = query.value(0).isNull() ? (yearTo > 0 ? yearTo : QDate::currentDate().year()) : query.value(0).toInt();
    }
    if (yearTo <= 0)
        yearTo = qMax(yearFrom, QDate::currentDate().year());
    if (yearTo < yearFrom) {
        m_lastError = tr("The first year %1 is after the last year %2.").arg(yearFrom).arg(yearTo);
        return std::nullopt;
    }
    return qMakePair(yearFrom, yearTo);
}

std::optional<QList<YearStatusCounts>> StatisticsQueries::progressByYear(const RecommendationFilter &filter)
{
    const std::optional<QPair<int, int>> range = yearRange(filter);
    if (!range)
        return std::nullopt;
    const FilterClause clause = FilterClause::build(filter);
    QSqlQuery query(SqlStatement::connection(m_database.connectionName()));
    query.setForwardOnly(true);
    query.prepare(QString::fromLatin1(progressSql).arg(matchingRecords(clause)));
    query.addBindValue(range->first);
    query.addBindValue(range->second);
    for (const QVariant &value : clause.bindings)
        query.addBindValue(value);
    if (!SqlStatement::exec(query, &m_lastError))
        return std::nullopt;
    QList<YearStatusCounts> years;
    for (int year = range->first; year <= range->second; ++year)
        years.append(YearStatusCounts{year, {}});
    while (query.next()) {
        const int index = query.value(0).toInt() - range->first;
        if (const std::optional<Status> status = StatusInfo::fromKey(query.value(1).toString()))
            years[index].counts[*status] = query.value(2).toInt();
    }
    return years;
}

std::optional<QList<YearMechanismCounts>> StatisticsQueries::receivedByMechanism(const RecommendationFilter &filter)
{
    const std::optional<QPair<int, int>> range = yearRange(filter);
    if (!range)
        return std::nullopt;
    const FilterClause clause = FilterClause::build(filter);
    QSqlQuery query(SqlStatement::connection(m_database.connectionName()));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT issued, mechanism, count(*) FROM (%1) WHERE issued BETWEEN ? AND ? "
                                 "GROUP BY issued, mechanism")
                      .arg(matchingRecords(clause)));
    for (const QVariant &value : clause.bindings)
        query.addBindValue(value);
    query.addBindValue(range->first);
    query.addBindValue(range->second);
    if (!SqlStatement::exec(query, &m_lastError))
        return std::nullopt;
    QList<YearMechanismCounts> years;
    for (int year = range->first; year <= range->second; ++year)
        years.append(YearMechanismCounts{year, {}});
    while (query.next())
        years[query.value(0).toInt() - range->first].byMechanism.insert(query.value(1).toString(), query.value(2).toInt());
    return years;
}

std::optional<QList<GroupStatusCounts>> StatisticsQueries::currentStatusBy(RecommendationList list,
                                                                          const RecommendationFilter &filter)
{
    const FilterClause clause = FilterClause::build(filter);
    const QString table = RecommendationLists::vocabularyTable(list);
    QSqlQuery query(SqlStatement::connection(m_database.connectionName()));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT v.name, r.current_status, count(*), "
                                 "sum(count(*)) OVER (PARTITION BY v.id) AS size "
                                 "FROM recommendation r JOIN recommendation_%1 l ON l.recommendation_id = r.id "
                                 "JOIN %1 v ON v.id = l.%1_id %2 "
                                 "GROUP BY v.id, r.current_status ORDER BY size DESC, v.name COLLATE NOCASE")
                      .arg(table, clause.where));
    for (const QVariant &value : clause.bindings)
        query.addBindValue(value);
    if (!SqlStatement::exec(query, &m_lastError))
        return std::nullopt;
    QList<GroupStatusCounts> groups;
    while (query.next()) {
        const QString name = query.value(0).toString();
        if (groups.isEmpty() || groups.last().group != name)
            groups.append(GroupStatusCounts{name, {}});
        if (const std::optional<Status> status = StatusInfo::fromKey(query.value(1).toString()))
            groups.last().counts[*status] = query.value(2).toInt();
    }
    return groups;
}
