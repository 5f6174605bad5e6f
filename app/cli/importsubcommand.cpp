// rectracker import: reads UPR Info, UHRI, other workbooks (with --map) and
// our own exports into the database, all or nothing, and prints a summary.
#include "directfilewrites.h"
#include "importjob.h"
#include "mechanism.h"
#include "recommendationrepository.h"
#include "subcommands.h"
#include "subcommandsupport.h"

#include <QFile>
#include <QFileInfo>
#include <optional>

namespace {

QString summaryText(const ImportSummary &summary, bool dryRun)
{
    QString text;
    for (const QString &source : summary.sources)
        text += source + QLatin1Char('\n');
    text += CommandLineText::tr("read %1, %2 %3, already stored %4, repeated in the files %5, pledges skipped %6, "
                                "invalid skipped %7\n")
                .arg(summary.read)
                .arg(dryRun ? CommandLineText::tr("would add") : CommandLineText::tr("added"))
                .arg(dryRun ? summary.read - summary.duplicatesStored - summary.duplicatesInFile - summary.pledges
                                  - int(summary.skipped.size())
                            : summary.added)
                .arg(summary.duplicatesStored)
                .arg(summary.duplicatesInFile)
                .arg(summary.pledges)
                .arg(summary.skipped.size());
    for (const QString &skipped : summary.skipped)
        text += CommandLineText::tr("skipped: %1\n").arg(skipped);
    for (const QString &warning : summary.warnings)
        text += CommandLineText::tr("warning: %1\n").arg(warning);
    if (dryRun)
        text += CommandLineText::tr("dry run: nothing was written.\n");
    return text;
}

} // namespace

namespace Subcommands {

int importRecords(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("db"), CommandLineText::tr("The database file (created when missing)."), QStringLiteral("FILE")},
        {QStringLiteral("format"),
         CommandLineText::tr("auto (default), upr-info, uhri, csv, xlsx or json."), QStringLiteral("FORMAT")},
        {QStringLiteral("encoding"),
         CommandLineText::tr("The text encoding of CSV files (UTF-8, UTF-16, windows-1251, windows-1252, macintosh, "
                             "...); detected when absent."),
         QStringLiteral("NAME")},
        {QStringLiteral("map"),
         CommandLineText::tr("Which column holds which field, for other workbooks: \"text=Recommendation,"
                             "state=Country,...\". Remembered for files with the same columns."),
         QStringLiteral("SPEC")},
        {QStringLiteral("mechanism"),
         CommandLineText::tr("The mechanism of every record of a mapped file that has no mechanism column: %1.")
             .arg(MechanismCatalog::keyList()),
         QStringLiteral("M")},
        {QStringLiteral("skip-invalid"), CommandLineText::tr("Import the valid rows and list the others.")},
        {QStringLiteral("dry-run"), CommandLineText::tr("Read and check everything, write nothing.")},
    });
    parser.addPositionalArgument(QStringLiteral("FILE"), CommandLineText::tr("The files to import."), QStringLiteral("FILE..."));
    if (const auto finished = SubcommandSupport::parse(
            parser, arguments,
            CommandLineText::tr("Imports recommendations from UPR Info and UHRI exports, other CSV or XLSX workbooks "
                                "and our own CSV and JSON exports. Nothing is written unless every file reads."),
            true))
        return *finished;
    QString error;
    if (!SubcommandSupport::requireOptions(parser, {QStringLiteral("db")}, &error)
        || !SubcommandSupport::requireAtMostOnce(
            parser,
            {QStringLiteral("db"), QStringLiteral("format"), QStringLiteral("encoding"), QStringLiteral("map"),
             QStringLiteral("mechanism")},
            &error))
        return CliOutput::fail(CliOutput::UsageError, error);
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.isEmpty())
        return CliOutput::fail(CliOutput::UsageError, CommandLineText::tr("name at least one file to import."));
    ImportOptions options;
    options.format = parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format")).trimmed().toLower()
                                                            : QStringLiteral("auto");
    if (!ImportJob::formats().contains(options.format))
        return CliOutput::fail(CliOutput::UsageError, CommandLineText::tr("unknown format \"%1\"; use one of: %2.")
                                                          .arg(parser.value(QStringLiteral("format")),
                                                               ImportJob::formats().join(QStringLiteral(", "))));
    options.encoding = parser.value(QStringLiteral("encoding")).trimmed();
    if (parser.isSet(QStringLiteral("mechanism"))) {
        options.defaultMechanism = parser.value(QStringLiteral("mechanism")).trimmed().toLower();
        if (!MechanismCatalog::isKnown(options.defaultMechanism))
            return CliOutput::fail(CliOutput::UsageError, CommandLineText::tr("unknown mechanism \"%1\"; use one of: %2.")
                                                              .arg(parser.value(QStringLiteral("mechanism")), MechanismCatalog::keyList()));
    }
    options.mapping = parser.value(QStringLiteral("map"));
    options.skipInvalid = parser.isSet(QStringLiteral("skip-invalid"));
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    for (const QString &file : files) {
        if (!QFileInfo(file).isFile())
            return CliOutput::fail(CliOutput::DataError, CommandLineText::tr("there is no file %1.").arg(file));
    }

    // A database this run creates is removed again if the import fails, so
    // a failed first import leaves nothing behind.
    const QString path = parser.value(QStringLiteral("db"));
    const bool created = !QFileInfo::exists(path);
    int exitStatus = CliOutput::Success;
    std::unique_ptr<Database> database =
        SubcommandSupport::open(parser, Database::Access::ReadWrite,
                                options.dryRun ? Database::Creation::MustExist : Database::Creation::CreateIfMissing,
                                &exitStatus);
    if (!database)
        return exitStatus;
    RecommendationRepository repository(*database);
    RecommendationEdits edits(repository);
    std::optional<ImportSummary> summary;
    if (std::optional<ImportPlan> plan = ImportJob::prepare(*database, files, options, &error)) {
        // The pages written once, into the file, rather than into the log
        // and then into the file, when no one else has the database open.
        // Only when there is something to write: a run that adds nothing
        // leaves the file byte for byte as it was.
        std::optional<DirectFileWrites> direct;
        if (!options.dryRun && !plan->accepted.isEmpty())
            direct.emplace(*database);
        summary = ImportJob::store(edits, std::move(*plan), options, &error);
    }
    if (!summary) {
        if (created) {
            database.reset();
            for (const QString &suffix :
                 {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
                QFile::remove(path + suffix);
        }
        return CliOutput::fail(CliOutput::DataError, error);
    }
    CliOutput::printRaw(summaryText(*summary, options.dryRun));
    return CliOutput::Success;
}

} // namespace Subcommands
