// rectracker stats: prints the numbers behind the charts for the records that
// match the filters, as tab-separated text, CSV or JSON.
#include "filteroptions.h"
#include "statisticsqueries.h"
#include "statisticstable.h"
#include "subcommands.h"
#include "subcommandsupport.h"

#include <QJsonDocument>

namespace {

struct Grouping {
    const char *name;
    const char *column;                 // the group column of --by theme and the like
    std::optional<RecommendationList> list;
};

// "year", "mechanism" and "rate" are by year; the rest by a list of the record.
const Grouping groupings[] = {
    {"year", "year", std::nullopt},
    {"mechanism", "year", std::nullopt},
    {"rate", "year", std::nullopt},
    {"theme", "theme", RecommendationList::Themes},
    {"state", "recommending_state", RecommendationList::RecommendingStates},
    {"institution", "institution", RecommendationList::Institutions},
    {"affected", "affected_persons", RecommendationList::AffectedPersons},
};

const Grouping *findGrouping(const QString &name)
{
    for (const Grouping &grouping : groupings) {
        if (name == QLatin1String(grouping.name))
            return &grouping;
    }
    return nullptr;
}

QString groupingNames()
{
    QStringList names;
    for (const Grouping &grouping : groupings)
        names << QLatin1String(grouping.name);
    return names.join(QStringLiteral(", "));
}

std::optional<StatisticsTable> compute(StatisticsQueries &queries, const Grouping &grouping,
                                       const RecommendationFilter &filter)
{
    const QString name = QLatin1String(grouping.name);
    if (grouping.list) {
        const auto groups = queries.currentStatusBy(*grouping.list, filter);
        return groups ? std::optional(StatisticsTable::fromGroups(QLatin1String(grouping.column), *groups)) : std::nullopt;
    }
    if (name == QLatin1String("mechanism")) {
        const auto years = queries.receivedByMechanism(filter);
        return years ? std::optional(StatisticsTable::fromReceived(*years)) : std::nullopt;
    }
    const auto years = queries.progressByYear(filter);
    if (!years)
        return std::nullopt;
    if (name == QLatin1String("rate"))
        return StatisticsTable::fromRates(ImplementationRate::fromProgress(*years));
    return StatisticsTable::fromProgress(*years);
}

} // namespace

namespace Subcommands {

int stats(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("db"), CommandLineText::tr("The database file."), QStringLiteral("FILE")},
        {QStringLiteral("by"),
         CommandLineText::tr("What to count by: year (status at the end of each year, from the history), "
                             "mechanism (received per year), rate (implementation rate per year), or the "
                             "current status per theme, state (recommending state), institution or "
                             "affected (affected persons). Default: year."),
         QStringLiteral("GROUPING")},
        {QStringLiteral("json"), CommandLineText::tr("Print JSON.")},
        {QStringLiteral("csv"), CommandLineText::tr("Print CSV (RFC 4180, header line first).")},
    });
    FilterOptions::addTo(parser);
    if (const auto finished = SubcommandSupport::parse(
            parser, arguments,
            CommandLineText::tr("Prints the numbers behind the charts for the recommendations that match the "
                                "filters. --year-from and --year-to also bound the years shown.")))
        return *finished;
    QString error;
    if (!SubcommandSupport::requireOptions(parser, {QStringLiteral("db")}, &error)
        || !SubcommandSupport::requireAtMostOnce(parser, {QStringLiteral("db"), QStringLiteral("by")}, &error))
        return CliOutput::fail(CliOutput::UsageError, error);
    if (parser.isSet(QStringLiteral("json")) && parser.isSet(QStringLiteral("csv")))
        return CliOutput::fail(CliOutput::UsageError, CommandLineText::tr("--json and --csv cannot be combined."));
    const QString groupingName = parser.isSet(QStringLiteral("by"))
        ? parser.value(QStringLiteral("by")).trimmed().toLower()
        : QStringLiteral("year");
    const Grouping *grouping = findGrouping(groupingName);
    if (!grouping)
        return CliOutput::fail(CliOutput::UsageError, CommandLineText::tr("unknown grouping \"%1\" for --by; use one of: %2.")
                                                          .arg(parser.value(QStringLiteral("by")), groupingNames()));
    const std::optional<RecommendationFilter> filter = FilterOptions::read(parser, &error);
    if (!filter)
        return CliOutput::fail(CliOutput::UsageError, error);

    int exitStatus = CliOutput::Success;
    std::unique_ptr<Database> database =
        SubcommandSupport::open(parser, Database::Access::ReadOnly, Database::Creation::MustExist, &exitStatus);
    if (!database)
        return exitStatus;
    StatisticsQueries queries(*database);
    const std::optional<StatisticsTable> table = compute(queries, *grouping, *filter);
    if (!table)
        return CliOutput::fail(CliOutput::DataError, queries.lastError());
    if (parser.isSet(QStringLiteral("json")))
        CliOutput::printRaw(QString::fromUtf8(QJsonDocument(table->toJson()).toJson(QJsonDocument::Indented)));
    else if (parser.isSet(QStringLiteral("csv")))
        CliOutput::printRaw(table->toCsv());
    else
        CliOutput::printRaw(table->toText());
    return CliOutput::Success;
}

} // namespace Subcommands
