#include "benchmarkoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace {

constexpr int maximumRecords = 10'000'000;

QList<QCommandLineOption> optionList()
{
    return {
        {QStringLiteral("records"), QStringLiteral("How many recommendations (default 250000)."), QStringLiteral("N")},
        {QStringLiteral("seed"), QStringLiteral("The seed of the synthetic data (default 1)."), QStringLiteral("S")},
        {QStringLiteral("smoke"), QStringLiteral("Run everything, check every number and result, do not judge timings.")},
        {QStringLiteral("work-dir"),
         QStringLiteral("Where the generated dataset is cached and scratch files go (default: benchmark-data in the "
                        "build folder)."),
         QStringLiteral("DIR")},
        {QStringLiteral("rectracker"), QStringLiteral("The rectracker binary to measure (default: the one built with "
                                                      "this benchmark)."),
         QStringLiteral("FILE")},
        {QStringLiteral("sqlite3"), QStringLiteral("The sqlite3 shell of the baseline (default: sqlite3 on the PATH)."),
         QStringLiteral("FILE")},
        {QStringLiteral("only"),
         QStringLiteral("Run only these parts, comma-separated: %1 (default: all). The exit status then judges only "
                        "their rows.")
             .arg(BenchmarkOptions::allParts().join(QStringLiteral(", "))),
         QStringLiteral("PARTS")},
        {QStringLiteral("probe-gui"), QStringLiteral("Internal: open the main window on DB and report."), QStringLiteral("DB")},
        {QStringLiteral("probe-stalls"),
         QStringLiteral("Internal (with FOLDER CSV): drive the window through long work and report its stalls."),
         QStringLiteral("FOLDER")},
        {{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help.")},
    };
}

} // namespace

std::optional<BenchmarkOptions> BenchmarkOptions::parse(const QStringList &arguments, QString *error, bool *help)
{
    QCommandLineParser parser;
    parser.addOptions(optionList());
    *help = false;
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        *help = true;
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = QStringLiteral("unexpected argument \"%1\"; options start with --.").arg(parser.positionalArguments().first());
        return std::nullopt;
    }
    BenchmarkOptions options;
    bool ok = true;
    if (parser.isSet(QStringLiteral("records"))) {
        options.records = parser.value(QStringLiteral("records")).toInt(&ok);
        if (!ok || options.records < 1 || options.records > maximumRecords) {
            *error = QStringLiteral("--records must be a whole number from 1 to %1, not \"%2\".")
                         .arg(maximumRecords)
                         .arg(parser.value(QStringLiteral("records")));
            return std::nullopt;
        }
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok) {
            *error = QStringLiteral("--seed must be a whole number, not \"%1\".").arg(parser.value(QStringLiteral("seed")));
            return std::nullopt;
        }
    }
    options.smoke = parser.isSet(QStringLiteral("smoke"));
    if (parser.isSet(QStringLiteral("only"))) {
        options.parts = parser.value(QStringLiteral("only")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &part : std::as_const(options.parts)) {
            if (!allParts().contains(part)) {
                *error = QStringLiteral("--only: unknown part \"%1\"; the parts are %2.")
                             .arg(part, allParts().join(QStringLiteral(", ")));
                return std::nullopt;
            }
        }
        if (options.parts.isEmpty()) {
            *error = QStringLiteral("--only needs at least one of %1.").arg(allParts().join(QStringLiteral(", ")));
            return std::nullopt;
        }
    }
    options.probeDatabase = parser.value(QStringLiteral("probe-gui"));
    const QString binDir = QCoreApplication::applicationDirPath();
    options.workDir = parser.isSet(QStringLiteral("work-dir")) ? parser.value(QStringLiteral("work-dir"))
                                                                : QDir(binDir).absoluteFilePath(QStringLiteral("../benchmark-data"));
    options.workDir = QDir::cleanPath(QFileInfo(options.workDir).absoluteFilePath());
    options.rectracker = parser.isSet(QStringLiteral("rectracker")) ? parser.value(QStringLiteral("rectracker"))
                                                                     : QDir(binDir).absoluteFilePath(QStringLiteral("rectracker"));
    if (parser.isSet(QStringLiteral("sqlite3")))
        options.sqlite3 = parser.value(QStringLiteral("sqlite3"));
    if (options.probeDatabase.isEmpty() && !QFileInfo(options.rectracker).isExecutable()) {
        *error = QStringLiteral("there is no rectracker binary at %1; build it (ninja rectracker) or give --rectracker FILE.")
                     .arg(options.rectracker);
        return std::nullopt;
    }
    return options;
}

QStringList BenchmarkOptions::allParts()
{
    return {QStringLiteral("import"), QStringLiteral("cli"), QStringLiteral("gui"), QStringLiteral("filters"),
            QStringLiteral("assign"), QStringLiteral("stalls")};
}

bool BenchmarkOptions::runs(const QString &part) const
{
    return parts.isEmpty() || parts.contains(part);
}

QString BenchmarkOptions::helpText()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures Recommendation Tracker on a synthetic dataset of N recommendations (generated once and cached): "
        "import against the sqlite3 shell, list and stats, the GUI's first screen and peak memory, filter changes, "
        "progress by year, and a bulk status change with its undo. Exits 0 when every target is met (--smoke: when "
        "every measurement gave a number and every check held)."));
    parser.addOptions(optionList());
    return parser.helpText();
}
