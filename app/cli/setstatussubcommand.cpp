// rectracker set-status: appends one dated entry to a recommendation's history.
#include "evidencelink.h"
#include "isodate.h"
#include "recommendationedits.h"
#include "recommendationrepository.h"
#include "subcommands.h"
#include "subcommandsupport.h"

namespace Subcommands {

int setStatus(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("db"), CommandLineText::tr("The database file."), QStringLiteral("FILE")},
        {QStringLiteral("id"), CommandLineText::tr("The id of the recommendation."), QStringLiteral("N")},
        {QStringLiteral("status"), CommandLineText::tr("The new status: %1.").arg(StatusInfo::keyList()), QStringLiteral("S")},
        {QStringLiteral("date"), CommandLineText::tr("The date the status took effect (may be in the past)."), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("note"), CommandLineText::tr("What happened."), QStringLiteral("T")},
        {QStringLiteral("evidence"), CommandLineText::tr("A link to the evidence."), QStringLiteral("URL")},
    });
    if (const auto finished = SubcommandSupport::parse(
            parser, arguments, CommandLineText::tr("Appends a dated status to a recommendation's history.")))
        return *finished;

    QString error;
    if (!SubcommandSupport::requireOptions(parser, {QStringLiteral("db"), QStringLiteral("id"),
                                                    QStringLiteral("status"), QStringLiteral("date")},
                                           &error))
        return CliOutput::fail(CliOutput::UsageError, error);
    bool ok = false;
    const QString idText = parser.value(QStringLiteral("id")).trimmed();
    const qint64 id = idText.toLongLong(&ok);
    if (!ok || id < 1)
        return CliOutput::fail(CliOutput::UsageError,
                               CommandLineText::tr("--id \"%1\" is not a record id (a whole number from 1).").arg(idText));
    const QString statusText = parser.value(QStringLiteral("status"));
    const std::optional<Status> status = StatusInfo::fromKey(statusText.trimmed().toLower());
    if (!status)
        return CliOutput::fail(CliOutput::UsageError, CommandLineText::tr("unknown status \"%1\"; use one of: %2.")
                                                          .arg(statusText, StatusInfo::keyList()));
    const QString dateText = parser.value(QStringLiteral("date")).trimmed();
    const QDate date = IsoDate::parse(dateText);
    if (!date.isValid())
        return CliOutput::fail(CliOutput::UsageError,
                               CommandLineText::tr("--date \"%1\" is not a real date in the form YYYY-MM-DD.").arg(dateText));
    const QString evidence = parser.value(QStringLiteral("evidence"));
    const QString linkProblem = EvidenceLink::problem(evidence);
    if (!linkProblem.isEmpty())
        return CliOutput::fail(CliOutput::UsageError, linkProblem);

    int exitStatus = CliOutput::Success;
    std::unique_ptr<Database> database =
        SubcommandSupport::open(parser, Database::Access::ReadWrite, Database::Creation::MustExist, &exitStatus);
    if (!database)
        return exitStatus;
    RecommendationRepository repository(*database);
    if (!repository.exists(id))
        return CliOutput::fail(CliOutput::DataError,
                               CommandLineText::tr("there is no recommendation with id %1 in %2.").arg(id).arg(database->path()));
    RecommendationEdits edits(repository);
    if (!edits.assignStatus({id}, *status, date, parser.value(QStringLiteral("note")), evidence.trimmed()))
        return CliOutput::fail(CliOutput::DataError, edits.lastError());
    return CliOutput::Success;
}

} // namespace Subcommands
