#include "syntheticclassification.h"

#include "mechanism.h"
#include "syntheticrandom.h"
#include "synthetictexts.h"

#include <QHash>
#include <algorithm>

namespace {

const QHash<QString, QString> &affectedPersonsByTheme()
{
    static const QHash<QString, QString> map{
        {QStringLiteral("Women's rights"), QStringLiteral("women")},
        {QStringLiteral("Rights of the Child"), QStringLiteral("children")},
        {QStringLiteral("Disabilities"), QStringLiteral("persons with disabilities")},
        {QStringLiteral("Migrants"), QStringLiteral("migrants")},
        {QStringLiteral("Minorities"), QStringLiteral("minorities")},
        {QStringLiteral("Detention"), QStringLiteral("persons deprived of liberty")},
        {QStringLiteral("Indigenous peoples"), QStringLiteral("indigenous peoples")},
        {QStringLiteral("Human rights defenders"), QStringLiteral("human rights defenders")},
        {QStringLiteral("Freedom of the press"), QStringLiteral("journalists")},
        {QStringLiteral("Asylum-seekers - refugees"), QStringLiteral("refugees and asylum-seekers")},
        {QStringLiteral("Sexual Orientation and Gender Identity"), QStringLiteral("LGBTI persons")},
        {QStringLiteral("HIV - Aids"), QStringLiteral("people living with HIV")},
    };
    return map;
}

const QHash<QString, int> &goalByTheme()
{
    static const QHash<QString, int> map{
        {QStringLiteral("Poverty"), 1},          {QStringLiteral("Right to food"), 2},
        {QStringLiteral("Right to health"), 3},  {QStringLiteral("HIV - Aids"), 3},
        {QStringLiteral("Right to education"), 4}, {QStringLiteral("Women's rights"), 5},
        {QStringLiteral("Right to water"), 6},   {QStringLiteral("Labour"), 8},
        {QStringLiteral("Racial discrimination"), 10}, {QStringLiteral("Migrants"), 10},
        {QStringLiteral("Right to housing"), 11}, {QStringLiteral("Environment"), 13},
        {QStringLiteral("Justice"), 16},         {QStringLiteral("Torture and other CID"), 16},
        {QStringLiteral("Corruption"), 16},      {QStringLiteral("Detention"), 16},
        {QStringLiteral("Trafficking"), 16},     {QStringLiteral("Human rights defenders"), 16},
    };
    return map;
}

const QStringList &institutionNames()
{
    static const QStringList names{
        QStringLiteral("Ministry of Justice"),
        QStringLiteral("Ministry of Internal Affairs"),
        QStringLiteral("Prosecutor General's Office"),
        QStringLiteral("Ministry of Labour and Social Protection"),
        QStringLiteral("Ministry of Education"),
        QStringLiteral("Ministry of Health"),
        QStringLiteral("Ministry of Foreign Affairs"),
        QStringLiteral("Supreme Court"),
        QStringLiteral("Parliament"),
        QStringLiteral("Commissioner for Human Rights"),
    };
    return names;
}

} // namespace

namespace SyntheticClassification {

void classify(SyntheticRandom &random, Recommendation &recommendation)
{
    const QStringList &vocabulary = SyntheticTexts::themeVocabulary();
    if (recommendation.themes.size() < 4 && random.chance(0.25)) {
        const QString extra = random.pick(vocabulary);
        if (!recommendation.themes.contains(extra))
            recommendation.themes << extra;
    }
    for (const QString &theme : recommendation.themes) {
        const QString group = affectedPersonsByTheme().value(theme);
        if (!group.isEmpty() && !recommendation.affectedPersons.contains(group))
            recommendation.affectedPersons << group;
    }
    if (random.chance(0.6)) {
        for (const QString &theme : recommendation.themes) {
            const int goal = goalByTheme().value(theme);
            if (goal > 0 && !recommendation.sdgs.contains(goal))
                recommendation.sdgs << goal;
        }
        std::sort(recommendation.sdgs.begin(), recommendation.sdgs.end());
    }
    if (random.chance(0.25)) {
        recommendation.institutions << random.pick(institutionNames());
        const QString second = random.pick(institutionNames());
        if (random.chance(0.4) && !recommendation.institutions.contains(second))
            recommendation.institutions << second;
    }
    const Mechanism *mechanism = MechanismCatalog::find(recommendation.mechanism);
    const bool treatyBody = mechanism && mechanism->kind == Mechanism::Kind::TreatyBody;
    if (treatyBody && random.chance(0.15)) {
        recommendation.dueDate = recommendation.documentDate.addYears(1);
        recommendation.notes = QStringLiteral("Follow-up paragraph: information requested within one year.");
    } else if (!treatyBody && random.chance(0.02)) {
        recommendation.notes = QStringLiteral("Also raised in the mid-term report.");
    }
}

} // namespace SyntheticClassification
