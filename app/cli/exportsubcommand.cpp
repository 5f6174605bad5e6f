// rectracker export: writes the recommendations that match the filters as
// CSV, XLSX or JSON.
#include "exportjob.h"
#include "filteroptions.h"
#include "recommendationrepository.h"
#include "subcommands.h"
#include "subcommandsupport.h"

#include <QDir>
#include <QFileInfo>

namespace Subcommands {

int exportRecords(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("db"), CommandLineText::tr("The database file."), QStringLiteral("FILE")},
        {QStringLiteral("format"), CommandLineText::tr("csv, xlsx or json; by default the extension of --out."),
         QStringLiteral("FORMAT")},
        {QStringLiteral("out"), CommandLineText::tr("The file to write (replaced only when complete)."), QStringLiteral("FILE")},
        {QStringLiteral("bom"), CommandLineText::tr("Start a CSV file with a UTF-8 byte order mark (for Excel).")},
    });
    FilterOptions::addTo(parser);
    if (const auto finished = SubcommandSupport::parse(
            parser, arguments,
            CommandLineText::tr("Writes the recommendations that match the filters as CSV, XLSX or JSON (JSON with "
                                "the full status history).")))
        return *finished;
    QString error;
    if (!SubcommandSupport::requireOptions(parser, {QStringLiteral("db"), QStringLiteral("out")}, &error)
        || !SubcommandSupport::requireAtMostOnce(
            parser, {QStringLiteral("db"), QStringLiteral("format"), QStringLiteral("out")}, &error))
        return CliOutput::fail(CliOutput::UsageError, error);
    const QString out = parser.value(QStringLiteral("out"));
    ExportOptions options;
    const QString extension = QFileInfo(out).suffix().toLower();
    options.format = parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format")).trimmed().toLower()
                                                            : extension;
    if (!ExportJob::formats().contains(options.format))
        return CliOutput::fail(CliOutput::UsageError,
                               parser.isSet(QStringLiteral("format"))
                                   ? CommandLineText::tr("unknown format \"%1\"; use csv, xlsx or json.").arg(options.format)
                                   : CommandLineText::tr("give --format csv, xlsx or json (the name %1 does not say which).").arg(out));
    if (ExportJob::formats().contains(extension) && extension != options.format)
        return CliOutput::fail(CliOutput::UsageError, CommandLineText::tr("--out %1 names a %2 file but --format is %3; make them agree.")
                                                          .arg(out, extension, options.format));
    options.byteOrderMark = parser.isSet(QStringLiteral("bom"));
    if (options.byteOrderMark && options.format != QLatin1String("csv"))
        return CliOutput::fail(CliOutput::UsageError, CommandLineText::tr("--bom applies to CSV only."));
    const std::optional<RecommendationFilter> filter = FilterOptions::read(parser, &error);
    if (!filter)
        return CliOutput::fail(CliOutput::UsageError, error);

    int exitStatus = CliOutput::Success;
    std::unique_ptr<Database> database =
        SubcommandSupport::open(parser, Database::Access::ReadOnly, Database::Creation::MustExist, &exitStatus);
    if (!database)
        return exitStatus;
    RecommendationRepository repository(*database);
    const std::optional<int> written = ExportJob::run(repository, *filter, options, out, &error);
    if (!written)
        return CliOutput::fail(CliOutput::DataError, error);
    CliOutput::print(CommandLineText::tr("%n recommendation(s) written to %1", nullptr, *written).arg(QDir::toNativeSeparators(out)));
    return CliOutput::Success;
}

} // namespace Subcommands
