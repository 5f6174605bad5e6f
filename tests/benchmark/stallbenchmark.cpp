#include "stallbenchmark.h"

#include "benchmarkreport.h"
#include "benchmarksetup.h"
#include "stallprobe.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>

namespace {

// "import longest-ms=12.5 added=250000" -> {"longest-ms": "12.5", "added": "250000"}
QHash<QString, QString> valuesOf(const QString &line)
{
    QHash<QString, QString> values;
    const QRegularExpression pair(QStringLiteral("([a-z-]+)=(-?[0-9.]+)"));
    for (const QRegularExpressionMatch &match : pair.globalMatch(line))
        values.insert(match.captured(1), match.captured(2));
    return values;
}

} // namespace

namespace StallBenchmark {

void run(const BenchmarkSetup &setup, BenchmarkReport &report)
{
    const int records = setup.options.records;
    struct Work {
        QString name;
        QString measurement;
        QString resultKey;
        int expected;
        QString check;
    };
    const QList<Work> works{
        {QStringLiteral("import"), QStringLiteral("longest GUI stall: import of the %1-row CSV in the window").arg(records),
         QStringLiteral("added"), records, QStringLiteral("the window's import added all %1 rows").arg(records)},
        {QStringLiteral("few"), QStringLiteral("longest GUI stall: import of 500 more records into them"),
         QStringLiteral("added"), -1, QStringLiteral("the window's import of 500 more added them")},
        {QStringLiteral("export"), QStringLiteral("longest GUI stall: export of all %1 records to CSV").arg(records + 500),
         QStringLiteral("written"), -1, QStringLiteral("the window's export wrote every stored record")},
        {QStringLiteral("assign"), QStringLiteral("longest GUI stall: a status assigned to 10000 records"),
         QStringLiteral("assigned"), -1, QStringLiteral("the status went to every record chosen (10000 at most)")},
        {QStringLiteral("undo"), QStringLiteral("longest GUI stall: its undo"), QStringLiteral("left"), 0,
         QStringLiteral("the undo took it back from all of them")},
        {QStringLiteral("copy"), QStringLiteral("longest GUI stall: every row selected and copied"),
         QStringLiteral("lines"), -1, QStringLiteral("the copy holds a header line and every row")},
        {QStringLiteral("delete"), QStringLiteral("longest GUI stall: the same 10000 records deleted"),
         QStringLiteral("deleted"), -1, QStringLiteral("the delete took every record chosen")},
        {QStringLiteral("undelete"), QStringLiteral("longest GUI stall: its undo"), QStringLiteral("stored"), -1,
         QStringLiteral("the undo of the delete put every record back")},
        {QStringLiteral("rebuild"), QStringLiteral("longest GUI stall: rebuild of the search index"),
         QStringLiteral("found"), -1, QStringLiteral("the rebuilt search index finds records")},
        {QStringLiteral("unimport"), QStringLiteral("longest GUI stall: undo of both imports"), QStringLiteral("left"), 0,
         QStringLiteral("the undo of both imports left no record")},
        {QStringLiteral("drop"), QStringLiteral("longest GUI stall: an edit that drops the undone imports"),
         QStringLiteral("steps"), -1, QStringLiteral("the edit left itself as the only undo step")},
    };

    QProcessEnvironment environment = setup.environment;
    if (environment.value(QStringLiteral("DISPLAY")).isEmpty()
        && environment.value(QStringLiteral("WAYLAND_DISPLAY")).isEmpty()
        && environment.value(QStringLiteral("QT_QPA_PLATFORM")).isEmpty())
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QString folder = setup.scratchPath(QStringLiteral("stalls"));
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(folder).absoluteFilePath(QStringLiteral("settings")));

    QProcess probe;
    probe.setProcessEnvironment(environment);
    probe.setProcessChannelMode(QProcess::SeparateChannels);
    probe.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--probe-stalls"), folder, setup.dataset.csvPath});
    QString problem;
    QHash<QString, QHash<QString, QString>> found;
    if (!probe.waitForStarted(30000)) {
        problem = QStringLiteral("the probe could not be started: %1").arg(probe.errorString());
    } else {
        QElapsedTimer timer;
        timer.start();
        const qint64 deadline = qint64(setup.processTimeoutSeconds()) * 1000 * 3;
        while (probe.state() != QProcess::NotRunning && timer.elapsed() < deadline)
            probe.waitForFinished(200);
        if (probe.state() != QProcess::NotRunning) {
            probe.kill();
            probe.waitForFinished(5000);
            problem = QStringLiteral("the probe did not finish within %1 s").arg(deadline / 1000);
        }
        const QStringList lines = QString::fromUtf8(probe.readAllStandardOutput()).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (!line.startsWith(QLatin1String(StallProbe::linePrefix)))
                continue;
            const QString rest = line.mid(int(qstrlen(StallProbe::linePrefix))).trimmed();
            if (rest.startsWith(QLatin1String("error")) && problem.isEmpty())
                problem = rest;
            found.insert(rest.section(QLatin1Char(' '), 0, 0), valuesOf(rest));
        }
        if (problem.isEmpty() && !found.contains(QStringLiteral("done")))
            problem = QStringLiteral("the probe stopped early: %1")
                          .arg(QString::fromUtf8(probe.readAllStandardError()).trimmed().right(300));
    }
    for (const Work &work : works) {
        BenchmarkRow row;
        row.measurement = work.measurement;
        row.unit = BenchmarkRow::Unit::Milliseconds;
        row.limit = 100;
        const QHash<QString, QString> values = found.value(work.name);
        bool ok = false;
        const double longest = values.value(QStringLiteral("longest-ms")).toDouble(&ok);
        if (ok)
            row.ours = longest;
        report.addRow(row);
        const int result = values.value(work.resultKey, QStringLiteral("-2")).toInt();
        // -1: some; a number the probe gave ("expected=") or the one here: that many.
        const int expected = values.contains(QStringLiteral("expected"))
            ? values.value(QStringLiteral("expected")).toInt()
            : work.expected;
        const bool right = expected >= 0 ? result == expected : result > 0;
        report.addCheck(work.check, problem.isEmpty() && right,
                        problem.isEmpty() ? QStringLiteral("%1=%2").arg(work.resultKey).arg(result) : problem);
    }
}

} // namespace StallBenchmark
