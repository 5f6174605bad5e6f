#include "filterbenchmark.h"

#include "benchmarkfilters.h"
#include "benchmarkreport.h"
#include "benchmarksetup.h"
#include "chartdata.h"
#include "database.h"
#include "readerthread.h"
#include "recommendationrepository.h"
#include "recommendationtablemodel.h"
#include "recordnotifier.h"
#include "statisticsqueries.h"
#include "timingstatistics.h"

#include <QElapsedTimer>
#include <QFuture>

#include <algorithm>
#include <numeric>

namespace {

constexpr int firstScreenRows = 40;

double millisecondsSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Every cell of the first screen, as the view asks for it.
int fetchFirstScreen(const RecommendationTableModel &model)
{
    int filled = 0;
    const int rows = qMin(firstScreenRows, model.rowCount());
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            if (!model.data(model.index(row, column), Qt::DisplayRole).toString().isEmpty())
                ++filled;
        }
    }
    return filled;
}

QString describe(const RecommendationFilter &filter)
{
    QStringList parts;
    if (!filter.mechanisms.isEmpty())
        parts << QStringLiteral("mechanism %1").arg(filter.mechanisms.join(QLatin1Char('+')));
    for (Status status : filter.statuses)
        parts << QStringLiteral("status %1").arg(StatusInfo::key(status));
    if (filter.yearFrom || filter.yearTo)
        parts << QStringLiteral("years %1-%2").arg(filter.yearFrom).arg(filter.yearTo);
    if (!filter.theme.isEmpty())
        parts << QStringLiteral("theme %1").arg(filter.theme);
    if (!filter.recommendedBy.isEmpty())
        parts << QStringLiteral("recommended by %1").arg(filter.recommendedBy);
    if (!filter.stateUnderReview.isEmpty())
        parts << QStringLiteral("state %1").arg(filter.stateUnderReview);
    if (!filter.searchText.isEmpty())
        parts << QStringLiteral("search \"%1\"").arg(filter.searchText);
    return parts.isEmpty() ? QStringLiteral("no filter") : parts.join(QStringLiteral(", "));
}

// The three slowest, with their times.
QString slowest(const QList<RecommendationFilter> &filters, const QList<double> &milliseconds)
{
    QList<int> order(milliseconds.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return milliseconds.at(a) > milliseconds.at(b); });
    QStringList parts;
    for (int i = 0; i < qMin<qsizetype>(3, order.size()); ++i)
        parts << QStringLiteral("%1 (%2 ms)").arg(describe(filters.at(order.at(i)))).arg(milliseconds.at(order.at(i)), 0, 'f', 1);
    return parts.join(QStringLiteral("; "));
}

} // namespace

namespace FilterBenchmark {

void run(const BenchmarkSetup &setup, BenchmarkReport &report)
{
    BenchmarkRow change;
    change.measurement = QStringLiteral("filter or search change: table first screen and chart statistics (p95 of 100)");
    change.unit = BenchmarkRow::Unit::Milliseconds;
    change.limit = 50;
    BenchmarkRow progress;
    progress.measurement = QStringLiteral("progress by year recompute (max of the same 100 filters)");
    progress.unit = BenchmarkRow::Unit::Milliseconds;
    progress.limit = 100;

    QString error;
    std::unique_ptr<Database> database = Database::open(setup.dataset.databasePath, Database::Access::ReadOnly,
                                                        Database::Creation::MustExist, &error);
    if (!database) {
        report.addRow(change);
        report.addRow(progress);
        report.addCheck(QStringLiteral("the cached database opens"), false, error);
        return;
    }
    RecommendationRepository repository(*database);
    RecordNotifier notifier;
    RecommendationTableModel model(repository, notifier);
    QString queryError;
    QObject::connect(&model, &RecommendationTableModel::queryFailed, &model,
                     [&queryError](const QString &message) { queryError = message; });

    const QList<RecommendationFilter> filters = BenchmarkFilters::varied();
    ReaderThread reader(*database);
    QList<double> changeMs;
    QList<double> tableMs;
    QList<double> chartMs;
    QString wrong;
    int emptyResults = 0;
    for (const RecommendationFilter &filter : filters) {
        // As in the window: the charts' statistics load on the dashboard's
        // reader thread, which keeps its connection (ChartsDashboard), while
        // the GUI thread fills the table's first screen; the change is done
        // when both are.
        QElapsedTimer timer;
        timer.start();
        QString chartError;
        double chartSeconds = 0;
        Database &shared = *database;
        QFuture<std::optional<ChartData>> chartsLoading = reader.start<std::optional<ChartData>>(
            std::make_shared<DatabaseWork::Control>(),
            [&shared, &filter, &chartError, &chartSeconds](DatabaseWork::Control &) -> std::optional<ChartData> {
                QElapsedTimer chartTimer;
                chartTimer.start();
                std::optional<ChartData> loaded = ChartData::load(shared, filter, &chartError);
                chartSeconds = double(chartTimer.nsecsElapsed()) / 1e9;
                return loaded;
            });
        model.setFilter(filter);
        const int filled = fetchFirstScreen(model);
        tableMs << millisecondsSince(timer);
        chartsLoading.waitForFinished();
        const std::optional<ChartData> charts = chartsLoading.result();
        changeMs << millisecondsSince(timer);
        chartMs << chartSeconds * 1000;
        if (!charts)
            error = chartError;

        // Outside the time: the table and the charts agree with a count of the same filter.
        const std::optional<int> expected = repository.count(filter);
        const int lastYearTotal = charts && !charts->progress.isEmpty() ? charts->progress.constLast().counts.total() : 0;
        if (!charts)
            wrong = QStringLiteral("%1: the chart statistics failed: %2").arg(describe(filter), error);
        else if (!queryError.isEmpty())
            wrong = QStringLiteral("%1: the table's query failed: %2").arg(describe(filter), queryError);
        else if (!expected || model.rowCount() != *expected || lastYearTotal != *expected)
            wrong = QStringLiteral("%1: %2 rows, %3 in the charts' last year, %4 counted")
                        .arg(describe(filter))
                        .arg(model.rowCount())
                        .arg(lastYearTotal)
                        .arg(expected ? QString::number(*expected) : repository.lastError());
        else if (filled < qMin(firstScreenRows, *expected) * 4) // symbol, mechanism, state, status at least
            wrong = QStringLiteral("%1: the first screen came back empty").arg(describe(filter));
        if (expected && *expected == 0)
            ++emptyResults;
    }
    if (changeMs.size() == filters.size())
        change.ours = TimingStatistics::percentile(changeMs, 0.95);
    report.addRow(change);
    report.addNote(QStringLiteral("filter change, table part (GUI thread): median %1 ms, p95 %2 ms; chart "
                                  "statistics part (worker, at the same time): median %3 ms, p95 %4 ms")
                       .arg(TimingStatistics::median(tableMs), 0, 'f', 1)
                       .arg(TimingStatistics::percentile(tableMs, 0.95), 0, 'f', 1)
                       .arg(TimingStatistics::median(chartMs), 0, 'f', 1)
                       .arg(TimingStatistics::percentile(chartMs, 0.95), 0, 'f', 1));
    report.addNote(QStringLiteral("slowest filter changes: %1").arg(slowest(filters, changeMs)));
    report.addNote(QStringLiteral("slowest table parts: %1").arg(slowest(filters, tableMs)));
    report.addNote(QStringLiteral("slowest chart parts: %1").arg(slowest(filters, chartMs)));

    StatisticsQueries queries(*database);
    QList<double> progressMs;
    QString progressWrong;
    for (const RecommendationFilter &filter : filters) {
        QElapsedTimer timer;
        timer.start();
        const auto years = queries.progressByYear(filter);
        progressMs << millisecondsSince(timer);
        if (!years)
            progressWrong = QStringLiteral("%1: %2").arg(describe(filter), queries.lastError());
    }
    if (progressWrong.isEmpty())
        progress.ours = TimingStatistics::maximum(progressMs);
    report.addRow(progress);
    report.addNote(QStringLiteral("progress by year: median %1 ms; slowest: %2")
                       .arg(TimingStatistics::median(progressMs), 0, 'f', 1)
                       .arg(slowest(filters, progressMs)));

    report.addCheck(QStringLiteral("%1 filters, no two alike, the table and charts matching a count of each")
                        .arg(filters.size()),
                    wrong.isEmpty() && filters.size() == 100, wrong);
    // A small smoke dataset leaves many narrow filters empty; a real one must not.
    if (setup.options.records >= 10000)
        report.addCheck(QStringLiteral("most filters match something (%1 of %2 match nothing)")
                            .arg(emptyResults)
                            .arg(filters.size()),
                        emptyResults * 4 < int(filters.size()));
    report.addCheck(QStringLiteral("progress by year computed for every filter"), progressWrong.isEmpty(), progressWrong);
}

} // namespace FilterBenchmark
