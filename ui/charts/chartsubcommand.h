#pragma once
// rectracker chart: renders one chart to PNG, SVG or PDF without a display.
// It lives above the command-line library because it needs Qt Charts, and
// the executable registers it there.
#include <QStringList>

namespace ChartSubcommand {
int run(const QStringList &arguments);
}
