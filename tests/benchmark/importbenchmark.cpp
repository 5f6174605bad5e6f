#include "importbenchmark.h"

#include "benchmarkreport.h"
#include "benchmarksetup.h"
#include "schemafloor.h"
#include "timedprocess.h"
#include "timingstatistics.h"

#include <QFile>
#include <QRegularExpression>

namespace {

void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

// A few runs while they are quick; a single one when each takes minutes.
int runCount(int records)
{
    if (records <= 20000)
        return 5;
    return records < 100000 ? 3 : 1;
}

QString sqlQuoted(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

QByteArray baselineScript(const QString &csvPath)
{
    // The shell creates the table from the header line; one transaction each.
    return QStringLiteral(".bail on\n"
                          ".mode csv\n"
                          ".import %1 upr_info\n"
                          "CREATE VIRTUAL TABLE upr_info_search USING fts5(text, "
                          "tokenize='unicode61 remove_diacritics 2');\n"
                          "INSERT INTO upr_info_search (rowid, text) SELECT rowid, \"Text\" FROM upr_info;\n")
        .arg(sqlQuoted(csvPath))
        .toUtf8();
}

} // namespace

namespace ImportBenchmark {

void run(const BenchmarkSetup &setup, BenchmarkReport &report)
{
    const int records = setup.options.records;
    const int runs = runCount(records);
    BenchmarkRow row;
    row.measurement = QStringLiteral("import %1-row UPR Info CSV into a new database (process%2)")
                          .arg(records)
                          .arg(runs > 1 ? QStringLiteral(", median of %1").arg(runs) : QString());
    row.unit = BenchmarkRow::Unit::Seconds;
    row.target = BenchmarkRow::Target::RatioAtMost;
    row.limit = 1.5;

    const QString ours = setup.scratchPath(QStringLiteral("import-ours.sqlite"));
    const QString baseline = setup.scratchPath(QStringLiteral("import-baseline.sqlite"));
    QList<double> oursSeconds;
    QList<double> baselineSeconds;
    QString oursProblem;
    QString baselineProblem;
    const QString floor = setup.scratchPath(QStringLiteral("import-floor.sqlite"));
    QByteArray floorScript;
    QList<double> floorSeconds;
    QString floorProblem;
    for (int i = 0; i < runs; ++i) {
        removeDatabaseFiles(ours);
        const ProcessRun imported = TimedProcess::run(
            setup.options.rectracker, {QStringLiteral("import"), QStringLiteral("--db"), ours, setup.dataset.csvPath},
            setup.environment, setup.processTimeoutSeconds());
        const QRegularExpressionMatch added =
            QRegularExpression(QStringLiteral("\\badded (\\d+)\\b")).match(QString::fromUtf8(imported.out));
        if (!imported.succeeded())
            oursProblem = imported.error;
        else if (!added.hasMatch() || added.captured(1).toInt() != records)
            oursProblem = QStringLiteral("the summary says \"%1\"")
                              .arg(QString::fromUtf8(imported.out).trimmed().section(QLatin1Char('\n'), -1));
        else
            oursSeconds << imported.seconds;

        // The SQLite work alone, copying what the import just wrote.
        if (oursProblem.isEmpty() && floorProblem.isEmpty() && floorScript.isEmpty())
            floorScript = SchemaFloor::script(setup, ours, &floorProblem);
        if (oursProblem.isEmpty() && floorProblem.isEmpty()) {
            removeDatabaseFiles(floor);
            const ProcessRun copied = TimedProcess::run(setup.options.sqlite3, {floor}, setup.environment,
                                                        setup.processTimeoutSeconds(), floorScript);
            // Counted afterwards, outside the time measured.
            const ProcessRun counted =
                TimedProcess::run(setup.options.sqlite3,
                                  {floor, QStringLiteral("SELECT count(*) FROM recommendation; "
                                                         "SELECT count(*) FROM recommendation_search WHERE "
                                                         "recommendation_search MATCH 'a* OR e* OR i* OR o*';")},
                                  setup.environment, setup.processTimeoutSeconds());
            const QStringList counts = QString::fromUtf8(counted.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            if (!copied.succeeded() || !copied.err.isEmpty())
                floorProblem = copied.error.isEmpty() ? QString::fromUtf8(copied.err).trimmed() : copied.error;
            else if (counts.value(0).toInt() != records || counts.value(1).toInt() == 0)
                floorProblem = QStringLiteral("it holds %1 records, %2 found by a search")
                                   .arg(counts.value(0), counts.value(1));
            else
                floorSeconds << copied.seconds;
        }

        removeDatabaseFiles(baseline);
        const ProcessRun shell = TimedProcess::run(setup.options.sqlite3, {baseline}, setup.environment,
                                                   setup.processTimeoutSeconds(), baselineScript(setup.dataset.csvPath));
        // Counted afterwards, outside the time measured.
        const ProcessRun counted = TimedProcess::run(
            setup.options.sqlite3,
            {baseline, QStringLiteral("SELECT count(*) FROM upr_info; SELECT count(*) FROM upr_info_search;")},
            setup.environment, setup.processTimeoutSeconds());
        const QStringList counts = QString::fromUtf8(counted.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const QString expected = QString::number(records);
        if (!shell.succeeded() || !shell.err.isEmpty())
            baselineProblem = shell.error.isEmpty() ? QString::fromUtf8(shell.err).trimmed() : shell.error;
        else if (counts != QStringList{expected, expected})
            baselineProblem = QStringLiteral("it holds %1 rows, not %2").arg(counts.join(QLatin1Char('/')), expected);
        else
            baselineSeconds << shell.seconds;
    }
    removeDatabaseFiles(ours);
    removeDatabaseFiles(baseline);
    removeDatabaseFiles(floor);
    if (oursSeconds.size() == runs)
        row.ours = TimingStatistics::median(oursSeconds);
    if (baselineSeconds.size() == runs)
        row.baseline = TimingStatistics::median(baselineSeconds);
    report.addRow(row);
    report.addNote(QStringLiteral("import, each run: ours %1; sqlite3 baseline %2")
                       .arg(TimingStatistics::listed(oursSeconds, 3, QStringLiteral("s")),
                            TimingStatistics::listed(baselineSeconds, 3, QStringLiteral("s"))));
    if (floorSeconds.size() == runs && baselineSeconds.size() == runs) {
        const double floorMedian = TimingStatistics::median(floorSeconds);
        report.addNote(QStringLiteral("import floor, SQLite alone on our schema (the sqlite3 shell copying what the "
                                      "import wrote: tables, search index, indexes, triggers; no CSV): each run %1; "
                                      "ratio to the baseline %2")
                           .arg(TimingStatistics::listed(floorSeconds, 3, QStringLiteral("s")))
                           .arg(floorMedian / TimingStatistics::median(baselineSeconds), 0, 'f', 2));
    }
    report.addCheck(QStringLiteral("rectracker import added all %1 rows in every run").arg(records), oursProblem.isEmpty(),
                    oursProblem);
    report.addCheck(QStringLiteral("the import floor copied all %1 records and their search index in every run")
                        .arg(records),
                    floorProblem.isEmpty() && floorSeconds.size() == runs,
                    floorProblem.isEmpty() && floorSeconds.size() != runs ? oursProblem : floorProblem);
    report.addCheck(QStringLiteral("the sqlite3 baseline imported and indexed all %1 rows in every run").arg(records),
                    baselineProblem.isEmpty(), baselineProblem);
}

} // namespace ImportBenchmark
