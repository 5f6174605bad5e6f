#pragma once
// The table's filter as a QVariantMap, the shape QSettings stores, and back:
// the window remembers the last filter of each database and shows it again
// when that database is opened again. Reading is forgiving, since the
// settings file outlives versions and may be edited by hand: an unknown
// mechanism or status key, a date that does not parse or a value of the
// wrong type is left out rather than refused.
#include "recommendationfilter.h"

#include <QStringList>
#include <QVariantMap>

namespace FilterSettings {

QVariantMap toMap(const RecommendationFilter &filter);
RecommendationFilter fromMap(const QVariantMap &map);

// The values a database holds now, which a remembered filter is checked
// against: a state, theme, recommending state or institution that is no
// longer in use would show an empty table, so that part of the filter goes.
struct Vocabulary {
    QStringList statesUnderReview;
    QStringList themes;
    QStringList recommendingStates;
    QStringList institutions;
};
// The filter without the values the database no longer has (compared
// without regard to case, as the filter itself compares).
RecommendationFilter withKnownValues(const RecommendationFilter &filter, const Vocabulary &vocabulary);

} // namespace FilterSettings
