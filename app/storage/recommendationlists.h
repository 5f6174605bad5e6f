#pragma once
// The four many-to-many lists a recommendation carries besides its SDGs. In
// the database each is a vocabulary table (one row per distinct name) and a
// link table that keeps the order the user gave.
#include "recommendation.h"

#include <QList>
#include <QString>

enum class RecommendationList { RecommendingStates, Themes, AffectedPersons, Institutions };

namespace RecommendationLists {
const QList<RecommendationList> &all();
// "theme": the vocabulary table; the link table is "recommendation_theme" and
// its value column "theme_id".
QString vocabularyTable(RecommendationList list);
QStringList &values(Recommendation &recommendation, RecommendationList list);
const QStringList &values(const Recommendation &recommendation, RecommendationList list);
// The values as stored: trimmed, empty ones dropped, case-insensitive duplicates removed.
QStringList normalised(const QStringList &values);
}
