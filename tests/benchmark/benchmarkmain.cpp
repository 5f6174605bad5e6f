// rectracker-benchmark: measures the application on a synthetic dataset of N
// recommendations against the targets of "stay instant at 250,000
// recommendations" and prints one table. Exit status 0 when every target is
// met (with --smoke: when every measurement gave a number and every
// correctness check held), 1 otherwise, 2 for wrong arguments.
#include "assignstatusbenchmark.h"
#include "benchmarkoptions.h"
#include "benchmarkreport.h"
#include "benchmarksetup.h"
#include "clibenchmark.h"
#include "datasetcache.h"
#include "filterbenchmark.h"
#include "guibenchmark.h"
#include "guiprobe.h"
#include "importbenchmark.h"
#include "machineinfo.h"
#include "stallbenchmark.h"
#include "stallprobe.h"
#include "syntheticdataset.h"
#include "timedprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <cstdio>
#include <cstring>

namespace {

// The arguments after `option` (the probes are the benchmark re-executed
// with one), or none when it is not given with that many.
QStringList probeArguments(int argc, char **argv, const char *option, int count)
{
    for (int i = 1; i + count < argc; ++i) {
        if (std::strcmp(argv[i], option) == 0) {
            QStringList arguments;
            for (int j = 1; j <= count; ++j)
                arguments << QString::fromLocal8Bit(argv[i + j]);
            return arguments;
        }
    }
    return {};
}

QString sqliteVersion(const BenchmarkSetup &setup)
{
    const ProcessRun run = TimedProcess::run(setup.options.sqlite3, {QStringLiteral("--version")}, setup.environment, 30);
    return run.succeeded() ? QString::fromUtf8(run.out).section(QLatin1Char(' '), 0, 0).trimmed()
                           : QStringLiteral("not found (%1)").arg(run.error);
}

void printHeader(const BenchmarkSetup &setup)
{
    const CachedDataset &dataset = setup.dataset;
    std::printf("Recommendation Tracker benchmark%s\n", setup.options.smoke ? " (smoke: timings not judged)" : "");
    std::printf("machine:    %s\n", qPrintable(MachineInfo::describe()));
    std::printf("records:    %d (seed %llu, data as of %s, generator version %d)\n", setup.options.records,
                static_cast<unsigned long long>(setup.options.seed), qPrintable(dataset.asOf.toString(Qt::ISODate)),
                SyntheticDataset::version);
    if (dataset.generated)
        std::printf("dataset:    generated now in %s (CSV %.1f s, database %.1f s)\n",
                    qPrintable(QDir::toNativeSeparators(QFileInfo(dataset.databasePath).absolutePath())),
                    dataset.csvSeconds, dataset.databaseSeconds);
    else
        std::printf("dataset:    cached in %s\n",
                    qPrintable(QDir::toNativeSeparators(QFileInfo(dataset.databasePath).absolutePath())));
    std::printf("measuring:  %s; baseline sqlite3 %s\n\n", qPrintable(setup.options.rectracker),
                qPrintable(sqliteVersion(setup)));
    std::fflush(stdout);
}

int runBenchmarks(const BenchmarkOptions &options)
{
    BenchmarkSetup setup;
    setup.options = options;
    QString error;
    const std::optional<CachedDataset> dataset =
        DatasetCache::ensure(options.workDir, options.records, options.seed, &error);
    if (!dataset) {
        std::fprintf(stderr, "rectracker-benchmark: the dataset could not be generated: %s\n", qPrintable(error));
        return 1;
    }
    setup.dataset = *dataset;
    setup.scratchDir = QDir(options.workDir).absoluteFilePath(QStringLiteral("run-%1").arg(QCoreApplication::applicationPid()));
    QDir(setup.scratchDir).removeRecursively();
    if (!QDir().mkpath(setup.scratchDir)) {
        std::fprintf(stderr, "rectracker-benchmark: could not create %s\n", qPrintable(setup.scratchDir));
        return 1;
    }
    setup.environment = QProcessEnvironment::systemEnvironment();
    // Settings the binaries keep (remembered import mappings) stay in the scratch folder.
    setup.environment.insert(QStringLiteral("XDG_CONFIG_HOME"), setup.scratchPath(QStringLiteral("settings")));
    printHeader(setup);

    QElapsedTimer total;
    total.start();
    BenchmarkReport report(!options.smoke);
    if (options.runs(QStringLiteral("import")))
        ImportBenchmark::run(setup, report);
    if (options.runs(QStringLiteral("cli")))
        CliBenchmark::run(setup, report);
    if (options.runs(QStringLiteral("gui")))
        GuiBenchmark::run(setup, report);
    if (options.runs(QStringLiteral("filters")))
        FilterBenchmark::run(setup, report);
    if (options.runs(QStringLiteral("assign")))
        AssignStatusBenchmark::run(setup, report);
    if (options.runs(QStringLiteral("stalls")))
        StallBenchmark::run(setup, report);
    QDir(setup.scratchDir).removeRecursively();

    report.printTable(stdout);
    std::printf("\n");
    report.printChecks(stdout);
    std::printf("\n");
    report.printNotes(stdout);
    std::printf("\nmeasured in %.1f s\n", double(total.elapsed()) / 1000);
    bool success = false;
    if (options.smoke) {
        success = report.everyRowMeasured() && report.everyCheckPassed();
        std::printf("%s\n", success ? "smoke: every measurement gave a number and every check held"
                                    : "smoke: FAILED (a measurement gave no number or a check failed)");
    } else {
        success = report.everyRowPasses() && report.everyCheckPassed();
        std::printf("%s\n", success ? "every target met" : "FAILED: a target was missed or a check failed");
    }
    return success ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    const QStringList probeDatabase = probeArguments(argc, argv, "--probe-gui", 1);
    if (!probeDatabase.isEmpty())
        return GuiProbe::run(argc, argv, probeDatabase.first());
    const QStringList stallProbe = probeArguments(argc, argv, "--probe-stalls", 2);
    if (!stallProbe.isEmpty())
        return StallProbe::run(argc, argv, stallProbe.at(0), stallProbe.at(1));

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rectracker-benchmark"));
    QString error;
    bool help = false;
    const std::optional<BenchmarkOptions> options = BenchmarkOptions::parse(app.arguments(), &error, &help);
    if (help) {
        std::printf("%s", qPrintable(BenchmarkOptions::helpText()));
        return 0;
    }
    if (!options) {
        std::fprintf(stderr, "rectracker-benchmark: %s\n", qPrintable(error));
        return 2;
    }
    return runBenchmarks(*options);
}
