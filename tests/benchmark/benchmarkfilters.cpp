#include "benchmarkfilters.h"

#include "mechanism.h"
#include "syntheticrandom.h"
#include "synthetictexts.h"
#include "unmemberstates.h"

#include <QDate>

namespace {

RecommendationFilter searching(const QString &text)
{
    RecommendationFilter filter;
    filter.searchText = text;
    return filter;
}

RecommendationFilter years(int from, int to)
{
    RecommendationFilter filter;
    filter.yearFrom = from;
    filter.yearTo = to;
    return filter;
}

void appendUnique(QList<RecommendationFilter> &filters, const RecommendationFilter &filter)
{
    if (!filters.contains(filter))
        filters << filter;
}

} // namespace

namespace BenchmarkFilters {

QList<RecommendationFilter> varied(int count)
{
    const int thisYear = QDate::currentDate().year();
    const QStringList &themes = SyntheticTexts::themeVocabulary();
    QList<RecommendationFilter> filters;

    for (const Mechanism &mechanism : MechanismCatalog::all()) {
        RecommendationFilter filter;
        filter.mechanisms = {mechanism.key};
        appendUnique(filters, filter);
    }
    for (Status status : StatusInfo::all()) {
        RecommendationFilter filter;
        filter.statuses = {status};
        appendUnique(filters, filter);
    }
    const QList<QPair<int, int>> yearRanges{{2008, 2008}, {2010, 2012}, {2015, 0},       {0, 2013},
                                            {2020, thisYear}, {2011, 2011}, {2016, 2016}, {2019, 2019},
                                            {thisYear - 1, thisYear}};
    for (const auto &[from, to] : yearRanges)
        appendUnique(filters, years(from, to));
    for (const char *theme : {"Torture and other CID", "Women's rights", "Justice", "Rights of the Child",
                              "Freedom of opinion and expression", "Death penalty", "Detention", "Trafficking",
                              "Right to education", "International instruments"}) {
        RecommendationFilter filter;
        filter.theme = QString::fromUtf8(theme);
        appendUnique(filters, filter);
    }
    for (const char *state : {"France", "Brazil", "Norway", "Russian Federation", "China", "Mexico", "Canada",
                              "South Africa"}) {
        RecommendationFilter filter;
        filter.recommendedBy = QString::fromUtf8(state);
        appendUnique(filters, filter);
    }
    for (const char *state : {"Kazakhstan", "Russian Federation", "Brazil", "Viet Nam"}) {
        RecommendationFilter filter;
        filter.stateUnderReview = QString::fromUtf8(state);
        appendUnique(filters, filter);
    }
    for (const char *text : {"torture", "tortur", "tort", "discrimin", "discriminatory", "journalists",
                             "independence judiciary", "death penalty", "prevent tortur", "traffick", "asylum",
                             "women girls", "child", "detention", "пыток", "дискриминац", "азаптау", "құқығ",
                             "A/HRC/14", "CCPR/C/KAZ"})
        appendUnique(filters, searching(QString::fromUtf8(text)));

    // Combinations, as they are built up in the filter bar.
    {
        RecommendationFilter filter;
        filter.mechanisms = {QStringLiteral("upr")};
        filter.statuses = {Status::Accepted};
        filter.yearFrom = 2015;
        appendUnique(filters, filter);
        filter.stateUnderReview = QStringLiteral("Kazakhstan");
        appendUnique(filters, filter);
    }
    {
        RecommendationFilter filter;
        filter.theme = QStringLiteral("Torture and other CID");
        filter.searchText = QStringLiteral("investig");
        appendUnique(filters, filter);
        filter.mechanisms = {QStringLiteral("cat"), QStringLiteral("iccpr")};
        appendUnique(filters, filter);
    }
    {
        RecommendationFilter filter;
        filter.statuses = {Status::PartiallyImplemented, Status::Implemented};
        filter.theme = QStringLiteral("Women's rights");
        appendUnique(filters, filter);
        filter.yearFrom = 2012;
        filter.yearTo = 2018;
        appendUnique(filters, filter);
    }
    {
        RecommendationFilter filter;
        filter.recommendedBy = QStringLiteral("France");
        filter.yearTo = 2016;
        appendUnique(filters, filter);
        filter.searchText = QStringLiteral("discrim");
        appendUnique(filters, filter);
    }

    // The rest drawn at random from the same ingredients, always the same.
    SyntheticRandom random(20260501);
    const QList<Mechanism> &mechanisms = MechanismCatalog::all();
    const QStringList words{QStringLiteral("ensure"), QStringLiteral("ratif"), QStringLiteral("independ"),
                            QStringLiteral("freedom"), QStringLiteral("victims"), QStringLiteral("prosecut"),
                            QStringLiteral("investigat"), QStringLiteral("rural"), QStringLiteral("женщин"),
                            QStringLiteral("бостандығ")};
    while (filters.size() < count - 1) {
        RecommendationFilter filter;
        if (random.chance(0.5))
            filter.mechanisms = {random.pick(mechanisms).key};
        if (random.chance(0.4))
            filter.statuses = {StatusInfo::all().at(random.below(int(StatusInfo::all().size())))};
        if (random.chance(0.4)) {
            filter.yearFrom = random.between(2008, thisYear);
            filter.yearTo = random.chance(0.5) ? random.between(filter.yearFrom, thisYear) : 0;
        }
        if (random.chance(0.3))
            filter.theme = random.pick(themes);
        if (random.chance(0.2))
            filter.recommendedBy = random.pick(UnMemberStates::all()).name;
        if (random.chance(0.4))
            filter.searchText = random.pick(words);
        if (!filter.isEmpty())
            appendUnique(filters, filter);
    }
    // The empty filter in the middle: clearing every filter is a change too.
    filters.insert(filters.size() / 2, RecommendationFilter());
    return filters.mid(0, count);
}

} // namespace BenchmarkFilters
