#pragma once
// A filter in words, for the subtitle of a chart ("Human Rights Committee
// (ICCPR) · Kazakhstan · 2010–2020"), so an exported chart says which
// recommendations it counts.
#include "recommendationfilter.h"

#include <QString>

namespace FilterDescription {
// "All recommendations" when the filter is empty.
QString describe(const RecommendationFilter &filter);
}
