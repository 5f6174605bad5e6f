#include "stallprobe.h"

#include "database.h"
#include "databasesession.h"
#include "exportjob.h"
#include "importjob.h"
#include "mainwindow.h"
#include "recommendationedits.h"
#include "recommendationrepository.h"
#include "recordtransfer.h"
#include "syntheticdataset.h"
#include "uprinfocsvwriter.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QGuiApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QUndoStack>
#include <cstdio>
#include <functional>

namespace {

constexpr int watchdogSeconds = 600;
constexpr int settleMilliseconds = 2000;
constexpr int fewRecords = 500;

void say(const QString &line)
{
    std::printf("%s %s\n", StallProbe::linePrefix, qPrintable(line));
    std::fflush(stdout);
}

// The longest time the GUI thread's event loop went without handling a
// timer that asks to run every 5 ms.
class StallWatch : public QObject
{
public:
    StallWatch()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = qMax(m_longest, now - m_last);
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }
    void restart()
    {
        m_last = m_clock.nsecsElapsed();
        m_longest = 0;
    }
    // Including the gap still open now.
    double longestMilliseconds() const
    {
        return double(qMax(m_longest, m_clock.nsecsElapsed() - m_last)) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

// Lets the window finish what the work left for it (the table, the charts).
void settle()
{
    QEventLoop loop;
    QTimer::singleShot(settleMilliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

// Runs the work while the watch is on, then settles, and says the longest
// gap and what check() finds, which runs once the watch has been read.
void measure(StallWatch &watch, const QString &name, const std::function<void()> &work,
             const std::function<QString()> &check)
{
    settle();
    watch.restart();
    work();
    settle();
    const double longest = watch.longestMilliseconds();
    say(QStringLiteral("%1 longest-ms=%2 %3").arg(name).arg(longest, 0, 'f', 1).arg(check()));
}

} // namespace

namespace StallProbe {

int run(int &argc, char **argv, const QString &folder, const QString &csvPath)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("RecommendationTracker"));
    QCoreApplication::setApplicationName(QStringLiteral("rectracker"));
    QApplication::setApplicationDisplayName(QStringLiteral("Recommendation Tracker"));
    // Whatever happens, the parent is not left waiting.
    QTimer::singleShot(watchdogSeconds * 1000, &app, [] {
        say(QStringLiteral("error the probe ran out of time"));
        std::fflush(stdout);
        std::_Exit(3);
    });
    const QString databasePath = QDir(folder).absoluteFilePath(QStringLiteral("stalls.sqlite"));
    QString error;
    std::unique_ptr<Database> database =
        Database::open(databasePath, Database::Access::ReadWrite, Database::Creation::CreateIfMissing, &error);
    if (!database) {
        say(QStringLiteral("error %1").arg(error));
        return 1;
    }
    MainWindow window(std::make_unique<DatabaseSession>(std::move(database)));
    window.resize(1200, 800);
    window.show();
    StallWatch watch;
    RecommendationEdits &edits = window.session().edits();
    RecommendationRepository &repository = window.session().repository();

    std::optional<ImportSummary> summary;
    measure(
        watch, QStringLiteral("import"), [&] { summary = window.transfer()->runImport({csvPath}, ImportOptions{}); },
        [&] { return QStringLiteral("added=%1").arg(summary ? summary->added : -1); });
    // A few hundred more, into the full table: each is placed in the
    // table's order, which must not hold the window up either.
    const QString fewPath = QDir(folder).absoluteFilePath(QStringLiteral("few.csv"));
    SyntheticDataset other(2, SyntheticDataset::Scope::UprOnly, QDate::currentDate());
    QString writeError;
    if (!UprInfoCsvWriter::write(fewPath, other, fewRecords, &writeError)) {
        say(QStringLiteral("error %1").arg(writeError));
        return 1;
    }
    std::optional<ImportSummary> few;
    measure(
        watch, QStringLiteral("few"), [&] { few = window.transfer()->runImport({fewPath}, ImportOptions{}); },
        [&] { return QStringLiteral("added=%1").arg(few ? few->added : -1); });
    std::optional<int> written;
    measure(
        watch, QStringLiteral("export"),
        [&] {
            written = window.exportRecords(QDir(folder).absoluteFilePath(QStringLiteral("all.csv")),
                                           ExportOptions{QStringLiteral("csv"), false});
        },
        [&] {
            return QStringLiteral("written=%1 expected=%2")
                .arg(written.value_or(-1))
                .arg(repository.totalCount().value_or(-2));
        });
    // 10,000 records spread over the whole table, none of them implemented yet.
    RecommendationFilter notImplemented;
    for (Status status : StatusInfo::all()) {
        if (status != Status::Implemented)
            notImplemented.statuses << status;
    }
    const QList<qint64> candidates = repository.matchingIds(notImplemented);
    QList<qint64> chosen;
    const int wanted = int(qMin<qsizetype>(10000, candidates.size()));
    for (int i = 0; i < wanted; ++i)
        chosen << candidates.at(qsizetype(i) * candidates.size() / wanted);
    RecommendationFilter implemented;
    implemented.statuses = {Status::Implemented};
    const int before = repository.count(implemented).value_or(-1);
    bool assigned = false;
    measure(
        watch, QStringLiteral("assign"),
        [&] { assigned = edits.assignStatus(chosen, Status::Implemented, QDate::currentDate(), QStringLiteral("Benchmark")); },
        [&] {
            return QStringLiteral("assigned=%1 expected=%2")
                .arg(assigned ? repository.count(implemented).value_or(-1) - before : -1)
                .arg(chosen.size());
        });
    measure(
        watch, QStringLiteral("undo"), [&] { edits.undoStack()->undo(); },
        [&] { return QStringLiteral("left=%1").arg(repository.count(implemented).value_or(-1) - before); });
    // Every row selected and copied, as Ctrl+A and Ctrl+C do.
    measure(
        watch, QStringLiteral("copy"),
        [&] {
            window.findChild<QAction *>(QStringLiteral("selectAllAction"))->trigger();
            window.findChild<QAction *>(QStringLiteral("copyRowsAction"))->trigger();
        },
        [&] {
            return QStringLiteral("lines=%1 expected=%2")
                .arg(QGuiApplication::clipboard()->text().count(QLatin1Char('\n')))
                .arg(repository.totalCount().value_or(-2) + 1);
        });
    // The same 10,000 records deleted (each kept for the undo with its
    // history), then put back.
    const int stored = repository.totalCount().value_or(-1);
    bool deleted = false;
    measure(
        watch, QStringLiteral("delete"), [&] { deleted = edits.deleteRecommendations(chosen); },
        [&] {
            return QStringLiteral("deleted=%1 expected=%2")
                .arg(deleted ? stored - repository.totalCount().value_or(-1) : -1)
                .arg(chosen.size());
        });
    measure(
        watch, QStringLiteral("undelete"), [&] { edits.undoStack()->undo(); },
        [&] {
            return QStringLiteral("stored=%1 expected=%2").arg(repository.totalCount().value_or(-1)).arg(stored);
        });
    measure(
        watch, QStringLiteral("rebuild"), [&] { window.rebuildSearchIndex(); },
        [&] {
            RecommendationFilter search;
            search.searchText = QStringLiteral("tortur");
            return QStringLiteral("found=%1").arg(repository.count(search).value_or(-1));
        });
    // Both imports undone: 250,500 records taken out again.
    measure(
        watch, QStringLiteral("unimport"),
        [&] {
            edits.undoStack()->undo();
            edits.undoStack()->undo();
        },
        [&] { return QStringLiteral("left=%1").arg(repository.totalCount().value_or(-1)); });
    // A new edit drops the undone steps, and with them the 250,500 records
    // they held for a redo.
    std::optional<qint64> added;
    measure(
        watch, QStringLiteral("drop"), [&] { added = edits.addRecommendation(other.next()); },
        [&] {
            return QStringLiteral("steps=%1 expected=%2").arg(added ? edits.undoStack()->count() : -1).arg(1);
        });
    say(QStringLiteral("done"));
    return 0;
}

} // namespace StallProbe
