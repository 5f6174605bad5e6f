#include "filteroptions.h"

#include "clioutput.h"
#include "mechanism.h"
#include "subcommandsupport.h"

namespace FilterOptions {

void addTo(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("mechanism"), CommandLineText::tr("Only this mechanism (repeatable): %1.").arg(MechanismCatalog::keyList()), QStringLiteral("M")},
        {QStringLiteral("state"), CommandLineText::tr("Only recommendations to this state under review."), QStringLiteral("S")},
        {QStringLiteral("status"), CommandLineText::tr("Only this current status (repeatable): %1.").arg(StatusInfo::keyList()), QStringLiteral("S")},
        {QStringLiteral("year-from"), CommandLineText::tr("Only documents dated in this year or later."), QStringLiteral("Y")},
        {QStringLiteral("year-to"), CommandLineText::tr("Only documents dated in this year or earlier."), QStringLiteral("Y")},
        {QStringLiteral("theme"), CommandLineText::tr("Only recommendations with this theme."), QStringLiteral("T")},
        {QStringLiteral("recommended-by"), CommandLineText::tr("Only recommendations made by this state."), QStringLiteral("S")},
        {QStringLiteral("institution"), CommandLineText::tr("Only recommendations this institution is responsible for."), QStringLiteral("I")},
        {QStringLiteral("search"), CommandLineText::tr("Only recommendations whose text holds every word (word beginnings match)."), QStringLiteral("TEXT")},
    });
}

namespace {
std::optional<int> readYear(const QCommandLineParser &parser, const QString &option, QString *error)
{
    if (!parser.isSet(option))
        return 0;
    bool ok = false;
    const QString text = parser.value(option).trimmed();
    const int year = text.toInt(&ok);
    if (!ok || year < 1900 || year > 2200) {
        *error = CommandLineText::tr("--%1 \"%2\" is not a year; give four digits, such as 2010.").arg(option, text);
        return std::nullopt;
    }
    return year;
}
} // namespace

std::optional<RecommendationFilter> read(const QCommandLineParser &parser, QString *error)
{
    if (!SubcommandSupport::requireAtMostOnce(parser,
                                              {QStringLiteral("state"), QStringLiteral("year-from"), QStringLiteral("year-to"),
                                               QStringLiteral("theme"), QStringLiteral("recommended-by"),
                                               QStringLiteral("institution"), QStringLiteral("search")},
                                              error))
        return std::nullopt;
    RecommendationFilter filter;
    for (const QString &mechanism : parser.values(QStringLiteral("mechanism"))) {
        const QString key = mechanism.trimmed().toLower();
        if (!MechanismCatalog::isKnown(key)) {
            *error = CommandLineText::tr("unknown mechanism \"%1\"; use one of: %2.").arg(mechanism, MechanismCatalog::keyList());
            return std::nullopt;
        }
        filter.mechanisms << key;
    }
    for (const QString &statusText : parser.values(QStringLiteral("status"))) {
        const std::optional<Status> status = StatusInfo::fromKey(statusText.trimmed().toLower());
        if (!status) {
            *error = CommandLineText::tr("unknown status \"%1\"; use one of: %2.").arg(statusText, StatusInfo::keyList());
            return std::nullopt;
        }
        filter.statuses << *status;
    }
    const std::optional<int> yearFrom = readYear(parser, QStringLiteral("year-from"), error);
    const std::optional<int> yearTo = yearFrom ? readYear(parser, QStringLiteral("year-to"), error) : std::nullopt;
    if (!yearFrom || !yearTo)
        return std::nullopt;
    if (*yearFrom > 0 && *yearTo > 0 && *yearFrom > *yearTo) {
        *error = CommandLineText::tr("--year-from %1 is after --year-to %2.").arg(*yearFrom).arg(*yearTo);
        return std::nullopt;
    }
    filter.yearFrom = *yearFrom;
    filter.yearTo = *yearTo;
    filter.stateUnderReview = parser.value(QStringLiteral("state"));
    filter.theme = parser.value(QStringLiteral("theme"));
    filter.recommendedBy = parser.value(QStringLiteral("recommended-by"));
    filter.institution = parser.value(QStringLiteral("institution"));
    filter.searchText = parser.value(QStringLiteral("search"));
    return filter;
}

} // namespace FilterOptions
