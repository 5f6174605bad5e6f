#include "statisticsqueries.h"

#include "database.h"
#include "filterclause.h"
#include "progresstally.h"
#include "sqlstatement.h"
#include "statisticsaggregates.h"

#include <QDate>
#include <QSqlQuery>
#include <algorithm>

// Every query reads the narrow rows of recommendation_statistics (schema
// version 4) as "r", which the filters' WHERE clauses run on unchanged, and
// counts with one of the aggregate functions of statisticsaggregates.h, so
// that it is one pass over the matching rows returning one value.

StatisticsQueries::StatisticsQueries(Database &database) : m_database(database) { }

std::optional<QByteArray> StatisticsQueries::aggregate(const QString &sql, const RecommendationFilter &filter)
{
    const QSqlDatabase db = SqlStatement::connection(m_database.connectionName());
    if (!StatisticsAggregates::install(db, &m_lastError))
        return std::nullopt;
    const FilterClause clause = FilterClause::build(filter, FilterClause::Table::Statistics);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql.arg(clause.where));
    for (const QVariant &value : clause.bindings)
        query.addBindValue(value);
    if (!SqlStatement::exec(query, &m_lastError))
        return std::nullopt;
    if (!query.next()) {
        m_lastError = SqlStatement::describe(query);
        return std::nullopt;
    }
    return query.value(0).toByteArray();
}

std::optional<QPair<int, int>> StatisticsQueries::yearRange(const RecommendationFilter &filter,
                                                            std::optional<int> firstIssued)
{
    int yearFrom = filter.yearFrom;
    int yearTo = filter.yearTo;
    if (yearFrom <= 0)
        yearFrom = firstIssued ? *firstIssued : (yearTo > 0 ? yearTo : QDate::currentDate().year());
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
    const std::optional<QByteArray> bytes = aggregate(
        QStringLiteral("SELECT rectracker_progress(r.document_date, r.year_end_statuses) "
                       "FROM recommendation_statistics r %1"),
        filter);
    return bytes ? progressFrom(*bytes, filter) : std::nullopt;
}

std::optional<QList<YearMechanismCounts>> StatisticsQueries::receivedByMechanism(const RecommendationFilter &filter)
{
    const std::optional<QByteArray> bytes = aggregate(
        QStringLiteral("SELECT rectracker_received(r.document_date, r.mechanism) FROM recommendation_statistics r %1"),
        filter);
    return bytes ? receivedFrom(*bytes, filter) : std::nullopt;
}

std::optional<QList<GroupStatusCounts>> StatisticsQueries::currentStatusBy(RecommendationList list,
                                                                          const RecommendationFilter &filter)
{
    // CROSS JOIN keeps the filtered rows outside, read in the order of their
    // ids, which is the order of the link table's key.
    const QString table = RecommendationLists::vocabularyTable(list);
    const std::optional<QByteArray> bytes = aggregate(
        QStringLiteral("SELECT rectracker_current_status(l.%1_id, r.year_end_statuses) "
                       "FROM recommendation_statistics r CROSS JOIN recommendation_%1 l ON l.recommendation_id = r.id %2")
            .arg(table, QStringLiteral("%1")),
        filter);
    return bytes ? groupsFrom(*bytes, list) : std::nullopt;
}

std::optional<ChartStatistics> StatisticsQueries::forCharts(const RecommendationFilter &filter)
{
    const std::optional<QByteArray> bytes = aggregate(
        QStringLiteral("SELECT rectracker_charts(r.document_date, r.year_end_statuses, r.mechanism, r.theme_ids) "
                       "FROM recommendation_statistics r %1"),
        filter);
    if (!bytes)
        return std::nullopt;
    const std::optional<StatisticsAggregates::ChartsBytes> parts = StatisticsAggregates::splitCharts(*bytes);
    if (!parts) {
        m_lastError = tr("The chart statistics could not be read back from the database.");
        return std::nullopt;
    }
    ChartStatistics statistics;
    const auto progress = progressFrom(parts->progress, filter);
    const auto received = progress ? receivedFrom(parts->received, filter) : std::nullopt;
    const auto themes = received ? groupsFrom(parts->themes, RecommendationList::Themes) : std::nullopt;
    if (!themes)
        return std::nullopt;
    statistics.progress = *progress;
    statistics.received = *received;
    statistics.themes = *themes;
    return statistics;
}

std::optional<QList<YearStatusCounts>> StatisticsQueries::progressFrom(const QByteArray &bytes,
                                                                       const RecommendationFilter &filter)
{
    const std::optional<ProgressTally> tally = ProgressTally::fromBytes(bytes);
    if (!tally) {
        m_lastError = tr("The progress by year could not be read back from the database.");
        return std::nullopt;
    }
    const std::optional<QPair<int, int>> range = yearRange(filter, tally->firstDocumentYear());
    if (!range)
        return std::nullopt;
    return tally->years(range->first, range->second);
}

std::optional<QList<YearMechanismCounts>> StatisticsQueries::receivedFrom(const QByteArray &bytes,
                                                                          const RecommendationFilter &filter)
{
    const std::optional<QMap<int, QMap<QString, int>>> received = StatisticsAggregates::readReceived(bytes);
    if (!received) {
        m_lastError = tr("The records received per year could not be read back from the database.");
        return std::nullopt;
    }
    const std::optional<QPair<int, int>> range =
        yearRange(filter, received->isEmpty() ? std::nullopt : std::optional<int>(received->firstKey()));
    if (!range)
        return std::nullopt;
    QList<YearMechanismCounts> years;
    for (int year = range->first; year <= range->second; ++year)
        years.append(YearMechanismCounts{year, received->value(year)});
    return years;
}

std::optional<QList<GroupStatusCounts>> StatisticsQueries::groupsFrom(const QByteArray &bytes, RecommendationList list)
{
    const QString table = RecommendationLists::vocabularyTable(list);
    const std::optional<QHash<qint64, StatusCounts>> counts = StatisticsAggregates::readCurrentStatus(bytes);
    if (!counts) {
        m_lastError = tr("The current statuses could not be read back from the database.");
        return std::nullopt;
    }
    QList<GroupStatusCounts> groups;
    if (counts->isEmpty())
        return groups;
    QSqlQuery names(SqlStatement::connection(m_database.connectionName()));
    names.setForwardOnly(true);
    names.prepare(QStringLiteral("SELECT id, name FROM %1").arg(table));
    if (!SqlStatement::exec(names, &m_lastError))
        return std::nullopt;
    while (names.next()) {
        const auto found = counts->constFind(names.value(0).toLongLong());
        if (found != counts->cend())
            groups.append(GroupStatusCounts{names.value(1).toString(), *found});
    }
    // Largest first; among equal sizes by name, ignoring case.
    std::sort(groups.begin(), groups.end(), [](const GroupStatusCounts &a, const GroupStatusCounts &b) {
        const int sizeA = a.counts.total();
        const int sizeB = b.counts.total();
        if (sizeA != sizeB)
            return sizeA > sizeB;
        return a.group.compare(b.group, Qt::CaseInsensitive) < 0;
    });
    return groups;
}
