#pragma once
// The four charts: progress by year, received per year by mechanism, the
// implementation rate, and current status by theme. Keys are what the
// command line takes; file names are what "export all" writes.
#include <QList>
#include <QString>
#include <optional>

enum class ChartKind { Progress, Received, Rate, Themes };

namespace ChartKinds {
const QList<ChartKind> &all();
QString key(ChartKind kind);                       // "progress"
std::optional<ChartKind> fromKey(const QString &key);
QString keyList();                                 // "progress, received, rate, themes"
QString title(ChartKind kind);                     // translated, "Progress by year"
QString fileBaseName(ChartKind kind);              // "progress-by-year"
}
