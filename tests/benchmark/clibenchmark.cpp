#include "clibenchmark.h"

#include "benchmarkreport.h"
#include "benchmarksetup.h"
#include "database.h"
#include "recommendationrepository.h"
#include "timedprocess.h"
#include "timingstatistics.h"

namespace {

constexpr int runs = 5;
const QString searchedPrefix = QStringLiteral("tortur");

// Runs the command five times; the median when every run succeeded.
std::optional<double> medianOf(const BenchmarkSetup &setup, const QStringList &arguments, QByteArray *out,
                               QString *problem)
{
    QList<double> seconds;
    for (int i = 0; i < runs; ++i) {
        const ProcessRun run = TimedProcess::run(setup.options.rectracker, arguments, setup.environment,
                                                 setup.processTimeoutSeconds());
        if (!run.succeeded()) {
            *problem = run.error;
            return std::nullopt;
        }
        if (i > 0 && run.out != *out) {
            *problem = QStringLiteral("the output differs from run to run");
            return std::nullopt;
        }
        *out = run.out;
        seconds << run.seconds;
    }
    return TimingStatistics::median(seconds);
}

void measureSearchCount(const BenchmarkSetup &setup, BenchmarkReport &report)
{
    BenchmarkRow row;
    row.measurement = QStringLiteral("list --count --search %1 (process, median of %2)").arg(searchedPrefix).arg(runs);
    row.limit = 0.5;
    QByteArray out;
    QString problem;
    row.ours = medianOf(setup,
                        {QStringLiteral("list"), QStringLiteral("--db"), setup.dataset.databasePath,
                         QStringLiteral("--count"), QStringLiteral("--search"), searchedPrefix},
                        &out, &problem);
    report.addRow(row);

    // The same question in-process: the command must print that number, and it must not be nothing.
    std::optional<int> expected;
    if (std::unique_ptr<Database> database = Database::open(setup.dataset.databasePath, Database::Access::ReadOnly,
                                                            Database::Creation::MustExist, &problem)) {
        RecommendationRepository repository(*database);
        RecommendationFilter filter;
        filter.searchText = searchedPrefix;
        expected = repository.count(filter);
    }
    const QString printed = QString::fromUtf8(out).trimmed();
    const bool correct = row.ours && expected && *expected > 0 && printed == QString::number(*expected);
    report.addCheck(QStringLiteral("list --count --search %1 printed the matching records (%2)")
                        .arg(searchedPrefix, expected ? QString::number(*expected) : QStringLiteral("?")),
                    correct, problem.isEmpty() ? QStringLiteral("printed \"%1\"").arg(printed) : problem);
}

void measureProgressTable(const BenchmarkSetup &setup, BenchmarkReport &report)
{
    BenchmarkRow row;
    row.measurement = QStringLiteral("stats --by year (process, median of %1)").arg(runs);
    row.limit = 0.5;
    QByteArray out;
    QString problem;
    row.ours = medianOf(setup,
                        {QStringLiteral("stats"), QStringLiteral("--db"), setup.dataset.databasePath,
                         QStringLiteral("--by"), QStringLiteral("year")},
                        &out, &problem);
    report.addRow(row);

    // Every record is dated, so in the last year (this one) all of them are counted.
    const QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList last = lines.isEmpty() ? QStringList() : lines.constLast().split(QLatin1Char('\t'));
    const bool correct = row.ours && lines.size() >= 2 && lines.constFirst().startsWith(QLatin1String("year"))
        && last.constFirst() == QString::number(QDate::currentDate().year())
        && last.constLast().trimmed() == QString::number(setup.options.records);
    report.addCheck(QStringLiteral("stats --by year counts all %1 records in the current year").arg(setup.options.records),
                    correct,
                    problem.isEmpty() ? QStringLiteral("last line \"%1\"").arg(last.join(QLatin1Char(' '))) : problem);
}

} // namespace

namespace CliBenchmark {

void run(const BenchmarkSetup &setup, BenchmarkReport &report)
{
    measureSearchCount(setup, report);
    measureProgressTable(setup, report);
}

} // namespace CliBenchmark
