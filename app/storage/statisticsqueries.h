#pragma once
// The numbers behind the charts, computed in SQL for the records that match
// a filter: progress by year (status as it stood on 31 December of each
// year, from the history), received per year by mechanism, and current
// status per theme, recommending state or institution.
#include "recommendationfilter.h"
#include "recommendationlists.h"
#include "statuscounts.h"

#include <QCoreApplication>
#include <optional>

class Database;

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

private:
    std::optional<QPair<int, int>> yearRange(const RecommendationFilter &filter);

    Database &m_database;
    QString m_lastError;
};
