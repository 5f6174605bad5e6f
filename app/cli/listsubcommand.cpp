// rectracker list: prints the recommendations that match the filters, as
// tab-separated lines, as JSON, or just their number.
#include "filteroptions.h"
#include "isodate.h"
#include "recommendationjson.h"
#include "recommendationrepository.h"
#include "subcommands.h"
#include "subcommandsupport.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Subcommands {

int list(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("db"), CommandLineText::tr("The database file."), QStringLiteral("FILE")},
        {QStringLiteral("json"), CommandLineText::tr("Print a JSON array of records.")},
        {QStringLiteral("count"), CommandLineText::tr("Print only the number of matching records.")},
    });
    FilterOptions::addTo(parser);
    if (const auto finished = SubcommandSupport::parse(
            parser, arguments, CommandLineText::tr("Prints the recommendations that match the filters.")))
        return *finished;
    QString error;
    if (!SubcommandSupport::requireOptions(parser, {QStringLiteral("db")}, &error))
        return CliOutput::fail(CliOutput::UsageError, error);
    if (parser.isSet(QStringLiteral("json")) && parser.isSet(QStringLiteral("count")))
        return CliOutput::fail(CliOutput::UsageError, CommandLineText::tr("--json and --count cannot be combined."));
    const std::optional<RecommendationFilter> filter = FilterOptions::read(parser, &error);
    if (!filter)
        return CliOutput::fail(CliOutput::UsageError, error);

    int exitStatus = CliOutput::Success;
    std::unique_ptr<Database> database =
        SubcommandSupport::open(parser, Database::Access::ReadOnly, Database::Creation::MustExist, &exitStatus);
    if (!database)
        return exitStatus;
    RecommendationRepository repository(*database);

    if (parser.isSet(QStringLiteral("count"))) {
        const std::optional<int> count = repository.count(*filter);
        if (!count)
            return CliOutput::fail(CliOutput::DataError, repository.lastError());
        CliOutput::print(QString::number(*count));
        return CliOutput::Success;
    }
    const QList<qint64> ids = repository.matchingIds(*filter);
    if (!repository.lastError().isEmpty())
        return CliOutput::fail(CliOutput::DataError, repository.lastError());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray records;
        for (qint64 id : ids) {
            const std::optional<Recommendation> recommendation = repository.find(id);
            const std::optional<Status> status = repository.currentStatus(id);
            if (!recommendation || !status)
                return CliOutput::fail(CliOutput::DataError, repository.lastError());
            records.append(RecommendationJson::toJson({*recommendation, {}}, *status, false));
        }
        CliOutput::printRaw(QString::fromUtf8(QJsonDocument(records).toJson(QJsonDocument::Indented)));
        return CliOutput::Success;
    }
    // Plain lines in pages, so a large database streams instead of piling up.
    constexpr int pageSize = 500;
    for (int first = 0; first < ids.size(); first += pageSize) {
        QString page;
        for (const RecommendationSummary &s : repository.summaries(ids.mid(first, pageSize))) {
            page += QStringList{QString::number(s.id), s.symbol, s.paragraph, s.mechanism,
                                IsoDate::format(s.documentDate), StatusInfo::key(s.status), s.text.simplified()}
                        .join(QLatin1Char('\t'))
                + QLatin1Char('\n');
        }
        CliOutput::printRaw(page);
    }
    return CliOutput::Success;
}

} // namespace Subcommands
