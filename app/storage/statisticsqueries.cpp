#include "statisticsqueries.h"

#include "database.h"
#include "filterclause.h"
#include "sqlstatement.h"

#include <QDate>
#include <QSqlQuery>

namespace {

// Only records whose document date starts with a year can be placed in one.
const char *const datedCondition = "r.document_date GLOB '[0-9][0-9][0-9][0-9]-*'";

QString whereDated(const FilterClause &clause)
{
    const QString dated = QString::fromLatin1(datedCondition);
    return clause.where.isEmpty() ? QStringLiteral("WHERE ") + dated : clause.where + QStringLiteral(" AND ") + dated;
}

QString matchingRecords(const FilterClause &clause)
{
    return QStringLiteral("SELECT r.id, CAST(substr(r.document_date, 1, 4) AS INTEGER) AS issued, r.mechanism "
                          "FROM recommendation r %1")
        .arg(whereDated(clause));
}

// Each history entry holds from its year until the year before the next
// entry's, so the status on 31 December of Y is the entry whose span covers
// Y; before the first entry (or with none) a record is pending, and no span
// starts before the year the record was issued. Rather than join every span
// with every year, each span adds one at its first year and takes one away
// after its last, and a running sum per status gives the counts: the work
// grows with the history, not with history times years.
// %1: the filter's WHERE clause over "recommendation r" (used twice, so its
// bindings are bound twice); %2, %3: the first and last year, integers we
// computed, spliced in so that the bindings stay the filter's alone.
const char *const progressSql = R"(
WITH RECURSIVE years(y) AS (SELECT %2 UNION ALL SELECT y + 1 FROM years WHERE y < %3),
entries AS (
    SELECT s.status,
           max(CAST(substr(s.effective_date, 1, 4) AS INTEGER), CAST(substr(r.document_date, 1, 4) AS INTEGER)) AS first_year,
           coalesce(LEAD(CAST(substr(s.effective_date, 1, 4) AS INTEGER))
               OVER (PARTITION BY s.recommendation_id ORDER BY s.effective_date, s.recorded_at, s.id) - 1, 99999) AS last_year
    FROM recommendation r JOIN status_change s ON s.recommendation_id = r.id %1),
before_history AS (
    SELECT 'pending' AS status, CAST(substr(r.document_date, 1, 4) AS INTEGER) AS first_year,
           coalesce((SELECT CAST(substr(min(s.effective_date), 1, 4) AS INTEGER) FROM status_change s
                     WHERE s.recommendation_id = r.id) - 1, 99999) AS last_year
    FROM recommendation r %1),
spans AS MATERIALIZED (SELECT * FROM entries UNION ALL SELECT * FROM before_history),
changes AS (
    SELECT status, year, sum(d) AS d FROM (
        SELECT status, max(first_year, %2) AS year, 1 AS d FROM spans
        WHERE first_year <= last_year AND first_year <= %3 AND last_year >= %2
        UNION ALL
        SELECT status, last_year + 1, -1 FROM spans
        WHERE first_year <= last_year AND first_year <= %3 AND last_year >= %2 AND last_year < %3)
    GROUP BY status, year)
SELECT y.y, st.status, sum(coalesce(c.d, 0)) OVER (PARTITION BY st.status ORDER BY y.y)
FROM years y CROSS JOIN (SELECT DISTINCT status FROM changes) st
LEFT JOIN changes c ON c.year = y.y AND c.status = st.status)";

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
    query.prepare(QString::fromLatin1(progressSql)
                      .arg(whereDated(clause), QString::number(range->first), QString::number(range->second)));
    for (int pass = 0; pass < 2; ++pass) {
        for (const QVariant &value : clause.bindings)
            query.addBindValue(value);
    }
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
