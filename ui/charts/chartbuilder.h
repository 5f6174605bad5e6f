#pragma once
// Builds the QChart for one kind from a ChartData snapshot: the same chart on
// screen, in every export and from the command line. Bar segments carry the
// key of what they count, so a click or a tooltip can say exactly which
// records a segment stands for.
#include "chartdata.h"
#include "chartkind.h"

#include <QString>
#include <optional>

class QChart;
class QBarSet;

namespace ChartBuilder {
// A new chart (the caller owns it). An empty customTitle gives the kind's title.
QChart *build(ChartKind kind, const ChartData &data, const QString &customTitle = QString());

// The second title line: which records are counted, and the date of the data.
QString subtitle(ChartKind kind, const ChartData &data);

// What a bar set of a built chart counts: a status key or a mechanism key.
QString segmentKey(const QBarSet *set);
// The records one segment (set, category index) stands for: the chart's
// filter narrowed to that year and status, that year and mechanism, or that
// theme and status. Nothing for a chart without segments (the rate line).
std::optional<RecommendationFilter> segmentFilter(ChartKind kind, const ChartData &data, const QString &segmentKey,
                                                  int categoryIndex);
// "2015 · Implemented (…): 12 of 40 (30%)"; empty when out of range.
QString segmentToolTip(ChartKind kind, const ChartData &data, const QString &segmentKey, int categoryIndex);
// The category labels along the axis, in the order the chart shows them.
QStringList categories(ChartKind kind, const ChartData &data);
}
