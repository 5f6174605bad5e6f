#pragma once
// The numbers behind the charts, computed in SQL for the records that match
// a filter: progress by year (status as it stood on 31 December of each
// year, from the history), received per year by mechanism, and current
// status per theme, recommending state or institution. Each is one pass over
// the narrow statistics rows the schema keeps next to the records, fast
// enough at a few hundred thousand records to run on every filter change.
#include "recommendationfilter.h"
#include "recommendationlists.h"
#include "statuscounts.h"

#include <QCoreApplication>
#include <optional>

class Database;

// What the charts show, counted together (StatisticsQueries::forCharts).
struct ChartStatistics {
    QList<YearStatusCounts> progress;
    QList<YearMechanismCounts> received;
    QList<GroupStatusCounts> themes;
};

class StatisticsQueries
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsQueries)

public:
    explicit StatisticsQueries(Database &database);
    QString lastError() const { return m_lastError; }

    // One row for every year from the filter's yearFrom (or the year of the
    // earliest matching record) to its yearTo (or the current year). Records
    // without a document date cannot be placed in a year and are left out.
    std::optional<QList<YearStatusCounts>> progressByYear(const RecommendationFilter &filter);
    std::optional<QList<YearMechanismCounts>> receivedByMechanism(const RecommendationFilter &filter);
    // Groups ordered by their number of records, largest first; a record
    // with several themes counts in each.
    std::optional<QList<GroupStatusCounts>> currentStatusBy(RecommendationList list, const RecommendationFilter &filter);
    // The three above (themes for the groups) from a single pass, equal to
    // what they give one by one: what a filter change in the charts costs.
    std::optional<ChartStatistics> forCharts(const RecommendationFilter &filter);

private:
    // Runs sql, a query over "recommendation_statistics r" with %1 for the
    // filter's WHERE clause that returns one value, the aggregate's bytes.
    std::optional<QByteArray> aggregate(const QString &sql, const RecommendationFilter &filter);
    // The years to show: the filter's bounds, or from the year of the
    // earliest matching record and to the current year.
    std::optional<QPair<int, int>> yearRange(const RecommendationFilter &filter, std::optional<int> firstIssued);
    // The aggregates' bytes made into the public results.
    std::optional<QList<YearStatusCounts>> progressFrom(const QByteArray &bytes, const RecommendationFilter &filter);
    std::optional<QList<YearMechanismCounts>> receivedFrom(const QByteArray &bytes, const RecommendationFilter &filter);
    std::optional<QList<GroupStatusCounts>> groupsFrom(const QByteArray &bytes, RecommendationList list);

    Database &m_database;
    QString m_lastError;
};
