#pragma once
// The filters every reading subcommand shares (list now, stats and chart
// later): --mechanism (repeatable), --state, --status (repeatable),
// --year-from, --year-to, --theme, --recommended-by, --institution, --search.
#include "recommendationfilter.h"

#include <QCommandLineParser>
#include <optional>

namespace FilterOptions {
void addTo(QCommandLineParser &parser);
// The filter the parsed options describe, or nothing and a sentence in *error.
std::optional<RecommendationFilter> read(const QCommandLineParser &parser, QString *error);
}
