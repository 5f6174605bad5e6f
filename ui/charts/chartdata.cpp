#include "chartdata.h"

#include "database.h"
#include "recommendationlists.h"
#include "statisticsqueries.h"

std::optional<ChartData> ChartData::load(Database &database, const RecommendationFilter &filter, QString *error)
{
    StatisticsQueries queries(database);
    ChartData data;
    data.filter = filter;
    data.asOf = QDate::currentDate();
    data.databasePath = database.path();
    const std::optional<ChartStatistics> statistics = queries.forCharts(filter);
    if (!statistics) {
        *error = queries.lastError();
        return std::nullopt;
    }
    data.progress = statistics->progress;
    data.received = statistics->received;
    data.rates = ImplementationRate::fromProgress(statistics->progress);
    data.themeCount = int(statistics->themes.size());
    data.themes = statistics->themes.mid(0, maxThemes);
    return data;
}
