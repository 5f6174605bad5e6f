#include "guibenchmark.h"

#include "benchmarkreport.h"
#include "benchmarksetup.h"
#include "guiprobe.h"
#include "timingstatistics.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>

namespace {

constexpr int runs = 3;

struct ProbeRun {
    std::optional<double> firstScreenSeconds;
    std::optional<double> peakMegabytes;
    int rowsShown = -1;
    int lastYearTotal = -1;
    QString problem;
};

int numberAfter(const QString &line, const QString &key)
{
    const QRegularExpressionMatch match =
        QRegularExpression(QRegularExpression::escape(key) + QStringLiteral("=(-?\\d+)")).match(line);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

ProbeRun runProbe(const BenchmarkSetup &setup, int index)
{
    ProbeRun result;
    QProcessEnvironment environment = setup.environment;
    // The platform of the environment; without a display, the offscreen one.
    if (environment.value(QStringLiteral("DISPLAY")).isEmpty()
        && environment.value(QStringLiteral("WAYLAND_DISPLAY")).isEmpty()
        && environment.value(QStringLiteral("QT_QPA_PLATFORM")).isEmpty())
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Settings of its own, empty each time: no window geometry or header state carried over.
    const QString settings = setup.scratchPath(QStringLiteral("probe-settings-%1").arg(index));
    QDir(settings).removeRecursively();
    QDir().mkpath(settings);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), settings);

    QProcess probe;
    probe.setProcessEnvironment(environment);
    probe.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    probe.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--probe-gui"), setup.dataset.databasePath});
    if (!probe.waitForStarted(30000)) {
        result.problem = QStringLiteral("the probe could not be started: %1").arg(probe.errorString());
        return result;
    }
    const qint64 deadline = qint64(setup.processTimeoutSeconds()) * 1000;
    QStringList lines;
    while (probe.state() != QProcess::NotRunning && timer.elapsed() < deadline) {
        if (!probe.canReadLine())
            probe.waitForReadyRead(50);
        while (probe.canReadLine()) {
            const QString line = QString::fromUtf8(probe.readLine()).trimmed();
            if (line.startsWith(QLatin1String(GuiProbe::firstScreenLine)) && !result.firstScreenSeconds) {
                result.firstScreenSeconds = double(timer.nsecsElapsed()) / 1e9;
                result.rowsShown = numberAfter(line, QStringLiteral("rows"));
            }
            lines << line;
        }
    }
    if (probe.state() != QProcess::NotRunning) {
        probe.kill();
        probe.waitForFinished(5000);
        result.problem = QStringLiteral("the probe did not finish within %1 s").arg(deadline / 1000);
        return result;
    }
    while (probe.canReadLine())
        lines << QString::fromUtf8(probe.readLine()).trimmed();
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String(GuiProbe::peakMemoryLine))) {
            const int kilobytes = numberAfter(line, QString::fromLatin1(GuiProbe::peakMemoryLine));
            if (kilobytes > 0)
                result.peakMegabytes = double(kilobytes) / 1024;
        } else if (line.startsWith(QLatin1String("probe: charts-drawn"))) {
            result.lastYearTotal = numberAfter(line, QStringLiteral("last-year-total"));
        } else if (line.startsWith(QLatin1String("probe: error"))) {
            result.problem = line;
        }
    }
    if (probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0) {
        if (result.problem.isEmpty())
            result.problem = QStringLiteral("the probe exited with %1: %2")
                                 .arg(probe.exitCode())
                                 .arg(QString::fromUtf8(probe.readAllStandardError()).trimmed().section(QLatin1Char('\n'), -3));
    } else if (!result.firstScreenSeconds || !result.peakMegabytes) {
        result.problem = QStringLiteral("the probe did not report everything: %1").arg(lines.join(QStringLiteral("; ")));
    }
    return result;
}

} // namespace

namespace GuiBenchmark {

void run(const BenchmarkSetup &setup, BenchmarkReport &report)
{
    QList<double> firstScreen;
    QList<double> peakMemory;
    QString problem;
    bool everyRowShown = true;
    bool chartsCountEverything = true;
    for (int i = 0; i < runs; ++i) {
        const ProbeRun run = runProbe(setup, i);
        if (!run.problem.isEmpty()) {
            problem = run.problem;
            continue;
        }
        firstScreen << *run.firstScreenSeconds;
        peakMemory << *run.peakMegabytes;
        everyRowShown = everyRowShown && run.rowsShown == setup.options.records;
        chartsCountEverything = chartsCountEverything && run.lastYearTotal == setup.options.records;
    }
    const bool complete = firstScreen.size() == runs;

    BenchmarkRow first;
    first.measurement = QStringLiteral("open database, first screen of the table (process start to first paint, median of %1)").arg(runs);
    first.limit = 0.5;
    if (complete)
        first.ours = TimingStatistics::median(firstScreen);
    report.addRow(first);

    BenchmarkRow memory;
    memory.measurement = QStringLiteral("peak memory, GUI open (VmHWM after scrolling to the bottom and the charts, max of %1)").arg(runs);
    memory.unit = BenchmarkRow::Unit::Megabytes;
    memory.limit = 200;
    if (complete)
        memory.ours = TimingStatistics::maximum(peakMemory);
    report.addRow(memory);
    report.addNote(QStringLiteral("GUI, each run: first screen %1; peak memory %2")
                       .arg(TimingStatistics::listed(firstScreen, 3, QStringLiteral("s")),
                            TimingStatistics::listed(peakMemory, 1, QStringLiteral("MB"))));

    report.addCheck(QStringLiteral("the GUI probe ran to the end every time"), complete, problem);
    report.addCheck(QStringLiteral("the table's first screen had all %1 rows behind it").arg(setup.options.records),
                    complete && everyRowShown);
    report.addCheck(QStringLiteral("the Charts tab counted all %1 records in the current year").arg(setup.options.records),
                    complete && chartsCountEverything);
}

} // namespace GuiBenchmark
