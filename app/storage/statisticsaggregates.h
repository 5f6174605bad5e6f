#pragma once
// SQL aggregate functions, written in C++, that count the statistics in one
// pass over the matching rows and return a single value. Plain SQL would sort
// every row for its GROUP BY, and a query returning one row per group would
// pay Qt's cost per row: both take longer than the count itself at a few
// hundred thousand records.
//
//   rectracker_progress(document_date, year_end_statuses)
//       a ProgressTally (progresstally.h), as bytes
//   rectracker_received(document_date, mechanism)
//       records per year of the document date and mechanism; see readReceived
//   rectracker_current_status(group, year_end_statuses)
//       records per group (an integer) and current status; see readCurrentStatus
//   rectracker_charts(document_date, year_end_statuses, mechanism, theme_ids)
//       the three above at once, theme_ids ("12 3 45") giving the groups of
//       the last; see splitCharts
//
// Records whose document date does not start with a year are left out of the
// first two, like an ill-formed year-end statuses string fails the query.
#include "statuscounts.h"

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QString>
#include <optional>

class QSqlDatabase;

namespace StatisticsAggregates {

// Makes the functions available on the connection; a no-op when they
// already are. False, with a sentence in *error, when the connection is not
// SQLite or its library is not the one this program was built against.
bool install(const QSqlDatabase &db, QString *error);

// rectracker_charts' value: the bytes each of the three others would give.
struct ChartsBytes {
    QByteArray progress;
    QByteArray received;
    QByteArray themes;
};
std::optional<ChartsBytes> splitCharts(const QByteArray &bytes);

// Year -> mechanism -> records.
std::optional<QMap<int, QMap<QString, int>>> readReceived(const QByteArray &bytes);
// Group -> counts per current status.
std::optional<QHash<qint64, StatusCounts>> readCurrentStatus(const QByteArray &bytes);

} // namespace StatisticsAggregates
