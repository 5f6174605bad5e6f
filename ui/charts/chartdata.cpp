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
    const auto progress = queries.progressByYear(filter);
    const auto received = progress ? queries.receivedByMechanism(filter) : std::nullopt;
    const auto themes = received ? queries.currentStatusBy(RecommendationList::Themes, filter) : std::nullopt;
    if (!themes) {
        *error = queries.lastError();
        return std::nullopt;
    }
    data.progress = *progress;
    data.received = *received;
    data.rates = ImplementationRate::fromProgress(*progress);
    data.themeCount = int(themes->size());
    data.themes = themes->mid(0, maxThemes);
    return data;
}
