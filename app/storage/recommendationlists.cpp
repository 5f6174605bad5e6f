#include "recommendationlists.h"

#include <QSet>

namespace RecommendationLists {

const QList<RecommendationList> &all()
{
    static const QList<RecommendationList> lists{
        RecommendationList::RecommendingStates, RecommendationList::Themes,
        RecommendationList::AffectedPersons, RecommendationList::Institutions};
    return lists;
}

QString vocabularyTable(RecommendationList list)
{
    switch (list) {
    case RecommendationList::RecommendingStates: return QStringLiteral("recommending_state");
    case RecommendationList::Themes: return QStringLiteral("theme");
    case RecommendationList::AffectedPersons: return QStringLiteral("affected_group");
    case RecommendationList::Institutions: return QStringLiteral("institution");
    }
    return QString();
}

QStringList &values(Recommendation &recommendation, RecommendationList list)
{
    switch (list) {
    case RecommendationList::RecommendingStates: return recommendation.recommendedBy;
    case RecommendationList::Themes: return recommendation.themes;
    case RecommendationList::AffectedPersons: return recommendation.affectedPersons;
    case RecommendationList::Institutions: return recommendation.institutions;
    }
    return recommendation.themes;
}

const QStringList &values(const Recommendation &recommendation, RecommendationList list)
{
    return values(const_cast<Recommendation &>(recommendation), list);
}

QStringList normalised(const QStringList &values)
{
    QStringList result;
    QSet<QString> seen;
    for (const QString &value : values) {
        const QString trimmed = value.simplified();
        if (trimmed.isEmpty() || seen.contains(trimmed.toCaseFolded()))
            continue;
        seen.insert(trimmed.toCaseFolded());
        result << trimmed;
    }
    return result;
}

} // namespace RecommendationLists
