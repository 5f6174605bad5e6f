#include "filtersettings.h"

#include "isodate.h"
#include "mechanism.h"

#include <QVariantList>

namespace {

// Bumped if a key ever changes meaning; a map of another version is read as
// no filter at all rather than misread.
constexpr int formatVersion = 1;

const QString versionKey = QStringLiteral("version");
const QString mechanismsKey = QStringLiteral("mechanisms");
const QString stateKey = QStringLiteral("stateUnderReview");
const QString statusesKey = QStringLiteral("statuses");
const QString statusesOnDatesKey = QStringLiteral("statusesOnDates");
const QString dateKey = QStringLiteral("date");
const QString yearFromKey = QStringLiteral("yearFrom");
const QString yearToKey = QStringLiteral("yearTo");
const QString themeKey = QStringLiteral("theme");
const QString alsoThemesKey = QStringLiteral("alsoThemes");
const QString recommendedByKey = QStringLiteral("recommendedBy");
const QString institutionKey = QStringLiteral("institution");
const QString searchKey = QStringLiteral("searchText");

QStringList statusKeys(const QList<Status> &statuses)
{
    QStringList keys;
    for (Status status : statuses)
        keys << StatusInfo::key(status);
    return keys;
}

QList<Status> statusesFrom(const QVariant &value)
{
    QList<Status> statuses;
    for (const QString &key : value.toStringList()) {
        if (const std::optional<Status> status = StatusInfo::fromKey(key))
            statuses << *status;
    }
    return statuses;
}

QString text(const QVariantMap &map, const QString &key)
{
    const QVariant value = map.value(key);
    return value.canConvert<QString>() ? value.toString() : QString();
}

int year(const QVariantMap &map, const QString &key)
{
    bool ok = false;
    const int value = map.value(key).toInt(&ok);
    return ok && value >= 0 && value <= 9999 ? value : 0;
}

bool containsIgnoringCase(const QStringList &values, const QString &value)
{
    return values.contains(value, Qt::CaseInsensitive);
}

} // namespace

namespace FilterSettings {

QVariantMap toMap(const RecommendationFilter &filter)
{
    QVariantList onDates;
    for (const StatusOnDate &onDate : filter.statusesOnDates)
        onDates << QVariantMap{{dateKey, IsoDate::format(onDate.date)}, {statusesKey, statusKeys(onDate.statuses)}};
    return {
        {versionKey, formatVersion},
        {mechanismsKey, filter.mechanisms},
        {stateKey, filter.stateUnderReview},
        {statusesKey, statusKeys(filter.statuses)},
        {statusesOnDatesKey, onDates},
        {yearFromKey, filter.yearFrom},
        {yearToKey, filter.yearTo},
        {themeKey, filter.theme},
        {alsoThemesKey, filter.alsoThemes},
        {recommendedByKey, filter.recommendedBy},
        {institutionKey, filter.institution},
        {searchKey, filter.searchText},
    };
}

RecommendationFilter fromMap(const QVariantMap &map)
{
    RecommendationFilter filter;
    if (map.value(versionKey).toInt() != formatVersion)
        return filter;
    for (const QString &key : map.value(mechanismsKey).toStringList()) {
        if (MechanismCatalog::isKnown(key))
            filter.mechanisms << key;
    }
    filter.stateUnderReview = text(map, stateKey);
    filter.statuses = statusesFrom(map.value(statusesKey));
    for (const QVariant &entry : map.value(statusesOnDatesKey).toList()) {
        const QVariantMap onDate = entry.toMap();
        const QDate date = IsoDate::parse(onDate.value(dateKey).toString());
        if (date.isValid())
            filter.statusesOnDates << StatusOnDate{date, statusesFrom(onDate.value(statusesKey))};
    }
    filter.yearFrom = year(map, yearFromKey);
    filter.yearTo = year(map, yearToKey);
    filter.theme = text(map, themeKey);
    filter.alsoThemes = map.value(alsoThemesKey).toStringList();
    filter.recommendedBy = text(map, recommendedByKey);
    filter.institution = text(map, institutionKey);
    filter.searchText = text(map, searchKey);
    return filter;
}

RecommendationFilter withKnownValues(const RecommendationFilter &filter, const Vocabulary &vocabulary)
{
    RecommendationFilter known = filter;
    if (!known.stateUnderReview.isEmpty() && !containsIgnoringCase(vocabulary.statesUnderReview, known.stateUnderReview))
        known.stateUnderReview.clear();
    if (!known.theme.isEmpty() && !containsIgnoringCase(vocabulary.themes, known.theme))
        known.theme.clear();
    known.alsoThemes.removeIf([&](const QString &theme) { return !containsIgnoringCase(vocabulary.themes, theme); });
    if (!known.recommendedBy.isEmpty() && !containsIgnoringCase(vocabulary.recommendingStates, known.recommendedBy))
        known.recommendedBy.clear();
    if (!known.institution.isEmpty() && !containsIgnoringCase(vocabulary.institutions, known.institution))
        known.institution.clear();
    return known;
}

} // namespace FilterSettings
