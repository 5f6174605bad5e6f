#include "chartsubcommand.h"

#include "chartexporter.h"
#include "filteroptions.h"
#include "subcommandsupport.h"

#include <QDir>

namespace {

std::optional<int> readNumber(const QCommandLineParser &parser, const QString &option, QString *error)
{
    bool ok = false;
    const QString text = parser.value(option).trimmed();
    const int number = text.toInt(&ok);
    if (!ok || number <= 0) {
        *error = CommandLineText::tr("--%1 \"%2\" is not a positive whole number.").arg(option, text);
        return std::nullopt;
    }
    return number;
}

// Everything but the filters, checked before the database is opened.
std::optional<ChartExportOptions> readOptions(const QCommandLineParser &parser, QString *error)
{
    ChartExportOptions options;
    const QString out = parser.value(QStringLiteral("out"));
    if (parser.isSet(QStringLiteral("format"))) {
        const std::optional<ChartFormat> format = ChartExporter::formatFromKey(parser.value(QStringLiteral("format")));
        if (!format) {
            *error = CommandLineText::tr("unknown format \"%1\"; use png, svg or pdf.").arg(parser.value(QStringLiteral("format")));
            return std::nullopt;
        }
        options.format = *format;
        // A name that says one format and an option that says another is a slip
        // to point out, not a file whose name lies about its content.
        const std::optional<ChartFormat> named = ChartExporter::formatOfPath(out);
        if (named && *named != *format) {
            *error = CommandLineText::tr("--out %1 names a %2 file but --format is %3; make them agree.")
                         .arg(out, ChartExporter::formatKey(*named), ChartExporter::formatKey(*format));
            return std::nullopt;
        }
    } else if (const std::optional<ChartFormat> format = ChartExporter::formatOfPath(out)) {
        options.format = *format;
    } else {
        *error = CommandLineText::tr("give --format png, svg or pdf (the name %1 does not say which).").arg(out);
        return std::nullopt;
    }
    // Options that do not apply to the format are refused rather than ignored.
    const auto refuse = [&](const QString &option, const QString &reason) {
        if (!parser.isSet(option))
            return false;
        *error = CommandLineText::tr("--%1 does not apply to %2: %3").arg(option, ChartExporter::formatKey(options.format).toUpper(), reason);
        return true;
    };
    if (options.format != ChartFormat::Png
        && refuse(QStringLiteral("dpi"), CommandLineText::tr("only a PNG has a resolution.")))
        return std::nullopt;
    if (options.format != ChartFormat::Pdf
        && (refuse(QStringLiteral("page"), CommandLineText::tr("only a PDF has pages."))
            || refuse(QStringLiteral("orientation"), CommandLineText::tr("only a PDF has pages."))))
        return std::nullopt;
    if (options.format == ChartFormat::Pdf
        && (refuse(QStringLiteral("width"), CommandLineText::tr("a PDF takes the size of its page; use --page and --orientation."))
            || refuse(QStringLiteral("height"), CommandLineText::tr("a PDF takes the size of its page; use --page and --orientation."))))
        return std::nullopt;
    const bool hasWidth = parser.isSet(QStringLiteral("width"));
    const bool hasHeight = parser.isSet(QStringLiteral("height"));
    if (hasWidth != hasHeight) {
        *error = CommandLineText::tr("give --width and --height together.");
        return std::nullopt;
    }
    if (hasWidth) {
        const std::optional<int> width = readNumber(parser, QStringLiteral("width"), error);
        const std::optional<int> height = width ? readNumber(parser, QStringLiteral("height"), error) : std::nullopt;
        if (!height)
            return std::nullopt;
        options.pixelSize = QSize(*width, *height);
    }
    if (parser.isSet(QStringLiteral("dpi"))) {
        const std::optional<int> dpi = readNumber(parser, QStringLiteral("dpi"), error);
        if (!dpi)
            return std::nullopt;
        options.dpi = *dpi;
    }
    if (parser.isSet(QStringLiteral("page"))) {
        const QString page = parser.value(QStringLiteral("page")).trimmed().toLower();
        if (page == QLatin1String("a4"))
            options.pageSize = QPageSize::A4;
        else if (page == QLatin1String("letter"))
            options.pageSize = QPageSize::Letter;
        else {
            *error = CommandLineText::tr("unknown page size \"%1\"; use a4 or letter.").arg(parser.value(QStringLiteral("page")));
            return std::nullopt;
        }
    }
    if (parser.isSet(QStringLiteral("orientation"))) {
        const QString orientation = parser.value(QStringLiteral("orientation")).trimmed().toLower();
        if (orientation == QLatin1String("landscape"))
            options.orientation = QPageLayout::Landscape;
        else if (orientation == QLatin1String("portrait"))
            options.orientation = QPageLayout::Portrait;
        else {
            *error = CommandLineText::tr("unknown orientation \"%1\"; use landscape or portrait.")
                         .arg(parser.value(QStringLiteral("orientation")));
            return std::nullopt;
        }
    }
    options.title = parser.value(QStringLiteral("title"));
    const QString invalid = ChartExporter::validate(options);
    if (!invalid.isEmpty()) {
        *error = invalid;
        return std::nullopt;
    }
    return options;
}

} // namespace

namespace ChartSubcommand {

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("db"), CommandLineText::tr("The database file."), QStringLiteral("FILE")},
        {QStringLiteral("chart"), CommandLineText::tr("Which chart: %1.").arg(ChartKinds::keyList()), QStringLiteral("NAME")},
        {QStringLiteral("format"), CommandLineText::tr("png, svg or pdf; by default the extension of --out."), QStringLiteral("FORMAT")},
        {QStringLiteral("out"), CommandLineText::tr("The file to write (replaced only when the chart is complete)."), QStringLiteral("FILE")},
        {QStringLiteral("width"), CommandLineText::tr("Width in pixels (PNG; for SVG the canvas). Default 1600 for PNG."), QStringLiteral("PX")},
        {QStringLiteral("height"), CommandLineText::tr("Height in pixels (PNG; for SVG the canvas). Default 1000 for PNG."), QStringLiteral("PX")},
        {QStringLiteral("dpi"), CommandLineText::tr("Resolution of a PNG, 72 to 1200. Default 150."), QStringLiteral("N")},
        {QStringLiteral("page"), CommandLineText::tr("Page size of a PDF: a4 or letter. Default a4."), QStringLiteral("SIZE")},
        {QStringLiteral("orientation"), CommandLineText::tr("Page orientation of a PDF: landscape or portrait. Default landscape."), QStringLiteral("O")},
        {QStringLiteral("title"), CommandLineText::tr("A title instead of the chart's own."), QStringLiteral("T")},
    });
    FilterOptions::addTo(parser);
    if (const auto finished = SubcommandSupport::parse(
            parser, arguments,
            CommandLineText::tr("Renders a chart of the recommendations that match the filters to a PNG, SVG or PDF "
                                "file, without a display. --year-from and --year-to also bound the years shown.")))
        return *finished;
    QString error;
    if (!SubcommandSupport::requireOptions(parser, {QStringLiteral("db"), QStringLiteral("chart"), QStringLiteral("out")}, &error)
        || !SubcommandSupport::requireAtMostOnce(
            parser,
            {QStringLiteral("db"), QStringLiteral("chart"), QStringLiteral("format"), QStringLiteral("out"),
             QStringLiteral("width"), QStringLiteral("height"), QStringLiteral("dpi"), QStringLiteral("page"),
             QStringLiteral("orientation"), QStringLiteral("title")},
            &error))
        return CliOutput::fail(CliOutput::UsageError, error);
    const std::optional<ChartKind> kind = ChartKinds::fromKey(parser.value(QStringLiteral("chart")).trimmed().toLower());
    if (!kind)
        return CliOutput::fail(CliOutput::UsageError, CommandLineText::tr("unknown chart \"%1\"; use one of: %2.")
                                                          .arg(parser.value(QStringLiteral("chart")), ChartKinds::keyList()));
    const std::optional<ChartExportOptions> options = readOptions(parser, &error);
    if (!options)
        return CliOutput::fail(CliOutput::UsageError, error);
    const std::optional<RecommendationFilter> filter = FilterOptions::read(parser, &error);
    if (!filter)
        return CliOutput::fail(CliOutput::UsageError, error);

    int exitStatus = CliOutput::Success;
    std::unique_ptr<Database> database =
        SubcommandSupport::open(parser, Database::Access::ReadOnly, Database::Creation::MustExist, &exitStatus);
    if (!database)
        return exitStatus;
    const std::optional<ChartData> data = ChartData::load(*database, *filter, &error);
    if (!data)
        return CliOutput::fail(CliOutput::DataError, error);
    const QString out = parser.value(QStringLiteral("out"));
    if (!ChartExporter::write(*kind, *data, *options, out, &error))
        return CliOutput::fail(CliOutput::DataError, error);
    CliOutput::print(QDir::toNativeSeparators(out));
    return CliOutput::Success;
}

} // namespace ChartSubcommand
