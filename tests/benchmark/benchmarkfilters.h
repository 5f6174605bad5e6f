#pragma once
// A hundred filters such as analysts set, always the same: each mechanism and
// status, year ranges, themes, recommending states, states under review,
// search words and word beginnings (English, Russian, Kazakh), combinations
// of these, and the empty filter. No two are equal, so every one is a change.
#include "recommendationfilter.h"

#include <QList>

namespace BenchmarkFilters {
QList<RecommendationFilter> varied(int count = 100);
}
