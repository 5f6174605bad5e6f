#pragma once
// Everything the four charts show for one filter, read in one go from the
// database, with the date it was read: charts are drawn from this snapshot,
// so an export shows exactly what the screen shows.
#include "recommendationfilter.h"
#include "statuscounts.h"

#include <QDate>
#include <optional>

class Database;

struct ChartData {
    RecommendationFilter filter;
    QDate asOf;                               // the date of the data
    QString databasePath;                     // where it was read, which an export must never replace
    QList<YearStatusCounts> progress;
    QList<YearMechanismCounts> received;
    QList<YearImplementationRate> rates;
    QList<GroupStatusCounts> themes;          // the largest first, at most maxThemes
    int themeCount = 0;                       // all themes with matching records

    static constexpr int maxThemes = 12;
    // Reads the statistics; on failure returns nothing and sets *error.
    static std::optional<ChartData> load(Database &database, const RecommendationFilter &filter, QString *error);
};
