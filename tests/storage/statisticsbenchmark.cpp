// Not a test: times the statistics queries on a big database, the way the
// charts tab runs them on every filter change, for the numbers in issue 5.
//
//   statisticsbenchmark DB [REPEATS]
//   statisticsbenchmark --upgrade DB
//
// For each filter and query it prints the median and the slowest of REPEATS
// runs (default 7) in milliseconds, the median processor time of the thread
// (what a busy machine does not inflate), and a checksum of the result so
// that two builds can be compared for equal answers. The database is opened read-only
// and must be at the current schema version; --upgrade opens it read-write,
// which upgrades it, and prints how long that took.
#include "database.h"
#include "recommendationfilter.h"
#include "statisticsqueries.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <algorithm>
#include <ctime>
#include <functional>

namespace {

struct NamedFilter {
    const char *name;
    RecommendationFilter filter;
};

QList<NamedFilter> filters()
{
    QList<NamedFilter> result;
    RecommendationFilter f;
    result.append({"no filter", f});
    f = {}; f.mechanisms = {QStringLiteral("upr")};
    result.append({"mechanism upr", f});
    f = {}; f.mechanisms = {QStringLiteral("iccpr"), QStringLiteral("cat")};
    result.append({"mechanisms iccpr+cat", f});
    f = {}; f.stateUnderReview = QStringLiteral("kazakhstan");
    result.append({"state", f});
    f = {}; f.statuses = {Status::Accepted};
    result.append({"current status accepted", f});
    f = {}; f.yearFrom = 2015; f.yearTo = 2020;
    result.append({"years 2015-2020", f});
    f = {}; f.theme = QStringLiteral("Justice");
    result.append({"theme", f});
    f = {}; f.theme = QStringLiteral("Justice"); f.alsoThemes = {QStringLiteral("Detention")};
    result.append({"two themes", f});
    f = {}; f.recommendedBy = QStringLiteral("France");
    result.append({"recommended by", f});
    f = {}; f.institution = QStringLiteral("Parliament");
    result.append({"institution", f});
    f = {}; f.searchText = QStringLiteral("tortur");
    result.append({"search tortur", f});
    f = {}; f.searchText = QStringLiteral("the");
    result.append({"search the (common word)", f});
    f = {}; f.statusesOnDates = {{QDate(2015, 12, 31), {Status::Accepted}}};
    result.append({"bar click 2015 accepted", f});
    f = {}; f.statusesOnDates = {{QDate(2015, 12, 31), {Status::Accepted}}, {QDate(2020, 12, 31), {Status::Implemented}}};
    result.append({"two bar clicks", f});
    f = {}; f.statusesOnDates = {{QDate(2015, 6, 30), {Status::Accepted}}};
    result.append({"status on 2015-06-30", f});
    f = {}; f.mechanisms = {QStringLiteral("upr")}; f.theme = QStringLiteral("Justice");
    f.searchText = QStringLiteral("tortur"); f.yearFrom = 2012; f.statuses = {Status::Accepted, Status::Implemented};
    result.append({"combined", f});
    return result;
}

template <typename T>
qint64 checksumOf(const std::optional<QList<T>> &rows, const std::function<qint64(const T &)> &rowSum)
{
    if (!rows)
        return -1;
    qint64 sum = 0;
    qint64 position = 1;
    for (const T &row : *rows)
        sum += position++ * rowSum(row);
    return sum;
}

double threadMilliseconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

qint64 countsSum(const StatusCounts &counts)
{
    qint64 sum = 0;
    for (int i = 0; i < 5; ++i)
        sum += (i + 1) * 7919 * qint64(counts.counts[size_t(i)]);
    return sum;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QStringList arguments = app.arguments();
    if (arguments.size() < 2) {
        out << "usage: statisticsbenchmark [--upgrade] DB [REPEATS]\n";
        return 2;
    }
    if (arguments.at(1) == QLatin1String("--upgrade") && arguments.size() > 2) {
        QElapsedTimer timer;
        timer.start();
        QString error;
        const std::unique_ptr<Database> upgraded = Database::open(
            arguments.at(2), Database::Access::ReadWrite, Database::Creation::MustExist, &error);
        out << (upgraded ? QStringLiteral("opened and upgraded in %1 ms\n").arg(timer.elapsed()) : error + u'\n');
        return upgraded ? 0 : 1;
    }
    const int repeats = arguments.size() > 2 ? arguments.at(2).toInt() : 7;
    QString error;
    std::unique_ptr<Database> database =
        Database::open(arguments.at(1), Database::Access::ReadOnly, Database::Creation::MustExist, &error);
    if (!database) {
        out << error << '\n';
        return 1;
    }
    StatisticsQueries queries(*database);
    const QList<QPair<const char *, std::function<qint64(const RecommendationFilter &)>>> measured{
        {"progress", [&](const RecommendationFilter &f) {
             return checksumOf<YearStatusCounts>(queries.progressByYear(f), [](const YearStatusCounts &row) {
                 return row.year + countsSum(row.counts);
             });
         }},
        {"received", [&](const RecommendationFilter &f) {
             return checksumOf<YearMechanismCounts>(queries.receivedByMechanism(f), [](const YearMechanismCounts &row) {
                 qint64 sum = row.year;
                 for (auto it = row.byMechanism.cbegin(); it != row.byMechanism.cend(); ++it)
                     sum += qHash(it.key()) % 1000 * it.value();
                 return sum;
             });
         }},
        {"themes", [&](const RecommendationFilter &f) {
             return checksumOf<GroupStatusCounts>(queries.currentStatusBy(RecommendationList::Themes, f),
                                                  [](const GroupStatusCounts &row) { return countsSum(row.counts); });
         }},
        {"states", [&](const RecommendationFilter &f) {
             return checksumOf<GroupStatusCounts>(queries.currentStatusBy(RecommendationList::RecommendingStates, f),
                                                  [](const GroupStatusCounts &row) { return countsSum(row.counts); });
         }},
    };
    out << QStringLiteral("%1 %2 %3 %4 %5\n").arg(QStringLiteral("filter"), -28).arg(QStringLiteral("query"), -9)
               .arg(QStringLiteral("median ms / max ms"), -20).arg(QStringLiteral("cpu ms"), 8).arg(QStringLiteral("checksum"));
    for (const NamedFilter &named : filters()) {
        for (const auto &query : measured) {
            QList<double> times;
            QList<double> processorTimes;
            qint64 checksum = 0;
            for (int i = 0; i < repeats; ++i) {
                QElapsedTimer timer;
                timer.start();
                const double processorStart = threadMilliseconds();
                checksum = query.second(named.filter);
                processorTimes << threadMilliseconds() - processorStart;
                times << timer.nsecsElapsed() / 1e6;
            }
            std::sort(times.begin(), times.end());
            std::sort(processorTimes.begin(), processorTimes.end());
            out << QStringLiteral("%1 %2 %3 / %4 %5 %6\n")
                       .arg(QLatin1String(named.name), -28)
                       .arg(QLatin1String(query.first), -9)
                       .arg(times.at(times.size() / 2), 8, 'f', 1)
                       .arg(times.last(), 8, 'f', 1)
                       .arg(processorTimes.at(processorTimes.size() / 2), 8, 'f', 1)
                       .arg(checksum);
            out.flush();
        }
    }
    return 0;
}
