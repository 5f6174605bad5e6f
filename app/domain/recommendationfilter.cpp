#include "recommendationfilter.h"

bool RecommendationFilter::isEmpty() const
{
    return *this == RecommendationFilter();
}

bool RecommendationFilter::operator==(const RecommendationFilter &other) const
{
    return mechanisms == other.mechanisms && stateUnderReview == other.stateUnderReview
        && statuses == other.statuses && statusesOnDates == other.statusesOnDates && yearFrom == other.yearFrom && yearTo == other.yearTo
        && theme == other.theme && alsoThemes == other.alsoThemes && recommendedBy == other.recommendedBy
        && institution == other.institution && searchText == other.searchText;
}
