// Long work runs on a worker thread while the window keeps answering: the
// event loop never stalls for long, a progress dialog appears only for work
// that takes a while, its Cancel stops the work with nothing written, and
// every edit made in the main window (and its undo and redo) goes through it.
#include "databasesession.h"
#include "mainwindow.h"
#include "recommendationfactory.h"
#include "readerthread.h"
#include "recommendationrepository.h"
#include "searchindex.h"
#include "temporarydatabase.h"
#include "threadconnection.h"
#include "transaction.h"
#include "waitwithprogress.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUndoStack>

class BackgroundWorkTest : public QObject
{
    Q_OBJECT

private slots:
    void windowKeepsAnsweringDuringLongWork();
    void quickWorkShowsNoDialog();
    void cancelButtonLeavesNothingWritten();
    void workThatMustFinishIgnoresEscape();
    void aCancelAfterTheWorkIsDoneChangesNothing();
    void windowEditsAndTheirUndoRunOnAWorker();
    void rebuildingTheSearchIndexRepairsIt();
    void readerThreadKeepsItsConnection();
};

namespace {

std::unique_ptr<MainWindow> windowOn(TemporaryDatabase &file)
{
    auto window = std::make_unique<MainWindow>(std::make_unique<DatabaseSession>(
        Database::open(file.path(), Database::Access::ReadWrite, Database::Creation::MustExist, nullptr)));
    window->show();
    return window;
}

int changesThroughMainConnection(Database &database)
{
    QSqlQuery query(QSqlDatabase::database(database.connectionName(), false));
    if (!query.exec(QStringLiteral("SELECT total_changes()")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QProgressDialog *visibleProgressDialog(QWidget *window)
{
    for (QProgressDialog *dialog : window->findChildren<QProgressDialog *>()) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

} // namespace

void BackgroundWorkTest::windowKeepsAnsweringDuringLongWork()
{
    TemporaryDatabase file;
    auto window = windowOn(file);
    // A timer on the GUI thread ticks while the work runs: the event loop
    // goes on. (How long it may stall is a speed target, which the benchmark
    // measures; a unit test only checks that it runs.)
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
    bool dialogSeen = false;
    QTimer watcher;
    connect(&watcher, &QTimer::timeout, this, [&] { dialogSeen = dialogSeen || visibleProgressDialog(window.get()); });
    watcher.start(50);

    QThread *workThread = nullptr;
    ticker.start();
    QString error;
    const auto outcome = WaitWithProgress::run(window.get(), window->session().database(), QStringLiteral("Working"),
                                               true,
                                               [&](DatabaseWork::Control &control) {
                                                   workThread = QThread::currentThread();
                                                   // A second of work that reports progress.
                                                   for (int step = 1; step <= 20; ++step) {
                                                       QThread::msleep(50);
                                                       control.report(step, 20);
                                                   }
                                                   return true;
                                               },
                                               &error);
    ticker.stop();
    QCOMPARE(outcome, WaitWithProgress::Outcome::Done);
    QVERIFY(workThread && workThread != QThread::currentThread());
    QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks)));
    QVERIFY(dialogSeen);
    QVERIFY(!visibleProgressDialog(window.get()));
}

void BackgroundWorkTest::quickWorkShowsNoDialog()
{
    TemporaryDatabase file;
    auto window = windowOn(file);
    bool dialogSeen = false;
    QTimer watcher;
    connect(&watcher, &QTimer::timeout, this, [&] { dialogSeen = dialogSeen || visibleProgressDialog(window.get()); });
    watcher.start(5);
    QString error;
    const auto outcome = WaitWithProgress::run(window.get(), window->session().database(), QStringLiteral("Quick"),
                                               true, [](DatabaseWork::Control &) { return true; }, &error);
    QCOMPARE(outcome, WaitWithProgress::Outcome::Done);
    QVERIFY(!dialogSeen);
}

void BackgroundWorkTest::cancelButtonLeavesNothingWritten()
{
    TemporaryDatabase file;
    auto window = windowOn(file);
    RecommendationRepository &repository = window->session().repository();
    QVERIFY(repository.insert(RecommendationFactory::upr(1)));

    // Click Cancel as soon as the dialog shows.
    QTimer clicker;
    connect(&clicker, &QTimer::timeout, this, [&] {
        if (QProgressDialog *dialog = visibleProgressDialog(window.get())) {
            if (auto *cancel = dialog->findChild<QPushButton *>())
                QTest::mouseClick(cancel, Qt::LeftButton);
        }
    });
    clicker.start(20);
    int writtenBeforeCancel = 0;
    QString error;
    Database &database = window->session().database();
    const auto outcome = WaitWithProgress::run(window.get(), database, QStringLiteral("Writing"), true,
                                               [&](DatabaseWork::Control &control) {
                                                   RecommendationRepository workerRepository(database);
                                                   Transaction transaction(database);
                                                   // Writes until cancelled (or, failing that, for 20 s).
                                                   QElapsedTimer timer;
                                                   timer.start();
                                                   for (int n = 2; timer.elapsed() < 20000; ++n) {
                                                       workerRepository.insert(RecommendationFactory::upr(n));
                                                       writtenBeforeCancel = n - 1;
                                                       if (!control.report(n, 0))
                                                           break;
                                                       QThread::msleep(2);
                                                   }
                                                   return transaction.commit();
                                               },
                                               &error);
    QCOMPARE(outcome, WaitWithProgress::Outcome::Cancelled);
    QVERIFY2(error.contains(QStringLiteral("nothing was changed")), qPrintable(error));
    QVERIFY(writtenBeforeCancel > 10);
    QCOMPARE(repository.totalCount(), std::optional<int>(1));
}

void BackgroundWorkTest::workThatMustFinishIgnoresEscape()
{
    // An undo or a redo, once started, must finish: its dialog has no
    // Cancel button, and Escape (which QProgressDialog turns into a cancel)
    // does not stop it either.
    TemporaryDatabase file;
    auto window = windowOn(file);
    int escapes = 0;
    QTimer presser;
    connect(&presser, &QTimer::timeout, this, [&] {
        if (QProgressDialog *dialog = visibleProgressDialog(window.get())) {
            QVERIFY(!dialog->findChild<QPushButton *>());
            QTest::keyClick(dialog, Qt::Key_Escape);
            dialog->close();
            // Still there, keeping the window from taking input.
            QVERIFY(dialog->isVisible());
            ++escapes;
        }
    });
    presser.start(50);
    Database &database = window->session().database();
    QString error;
    const auto outcome = WaitWithProgress::run(window.get(), database, QStringLiteral("Undoing"), false,
                                               [&](DatabaseWork::Control &) {
                                                   RecommendationRepository workerRepository(database);
                                                   Transaction transaction(database);
                                                   for (int n = 1; n <= 40; ++n) {
                                                       workerRepository.insert(RecommendationFactory::upr(n));
                                                       QThread::msleep(25);
                                                   }
                                                   return transaction.commit();
                                               },
                                               &error);
    presser.stop();
    QCOMPARE(outcome, WaitWithProgress::Outcome::Done);
    QVERIFY(escapes > 0);
    QCOMPARE(window->session().repository().totalCount(), std::optional<int>(40));
}

void BackgroundWorkTest::aCancelAfterTheWorkIsDoneChangesNothing()
{
    // Cancel pressed just as the work committed: the work is done, and it
    // must be reported so (an edit would otherwise lose its undo step).
    TemporaryDatabase file;
    auto window = windowOn(file);
    Database &database = window->session().database();
    QString error;
    const auto outcome = WaitWithProgress::run(window.get(), database, QStringLiteral("Writing"), true,
                                               [&](DatabaseWork::Control &control) {
                                                   RecommendationRepository workerRepository(database);
                                                   Transaction transaction(database);
                                                   workerRepository.insert(RecommendationFactory::upr(1));
                                                   const bool committed = transaction.commit();
                                                   control.cancel();
                                                   return committed;
                                               },
                                               &error);
    QCOMPARE(outcome, WaitWithProgress::Outcome::Done);
    QCOMPARE(window->session().repository().totalCount(), std::optional<int>(1));
}

void BackgroundWorkTest::windowEditsAndTheirUndoRunOnAWorker()
{
    TemporaryDatabase file;
    auto window = windowOn(file);
    RecommendationEdits &edits = window->session().edits();
    QList<RecommendationRecord> records;
    for (int n = 1; n <= 300; ++n)
        records << RecommendationRecord{RecommendationFactory::upr(n), {}};
    const std::optional<QList<qint64>> ids = edits.addRecords(records, QStringLiteral("fixture"));
    QVERIFY2(ids, qPrintable(edits.lastError()));
    QCOMPARE(ids->size(), 300);

    // The writes happen on a worker's connection: SQLite's count of rows
    // changed through the window's own connection does not move.
    const int changesBefore = changesThroughMainConnection(window->session().database());
    QVERIFY(edits.assignStatus(*ids, Status::Implemented, QDate(2024, 5, 1)));
    QCOMPARE(changesThroughMainConnection(window->session().database()), changesBefore);
    RecommendationFilter implemented;
    implemented.statuses = {Status::Implemented};
    QCOMPARE(window->session().repository().count(implemented), std::optional<int>(300));
    QCOMPARE(edits.undoStack()->count(), 2);
    edits.undoStack()->undo();
    QCOMPARE(window->session().repository().count(implemented), std::optional<int>(0));
    edits.undoStack()->redo();
    QCOMPARE(window->session().repository().count(implemented), std::optional<int>(300));
    QCOMPARE(changesThroughMainConnection(window->session().database()), changesBefore);
}

void BackgroundWorkTest::rebuildingTheSearchIndexRepairsIt()
{
    TemporaryDatabase file;
    auto window = windowOn(file);
    RecommendationRepository &repository = window->session().repository();
    for (int n = 1; n <= 20; ++n)
        QVERIFY(repository.insert(RecommendationFactory::upr(n)));
    // An outside tool empties the index behind the triggers' back.
    {
        QSqlQuery query(QSqlDatabase::database(window->session().database().connectionName(), false));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO recommendation_search (recommendation_search) "
                                          "VALUES ('delete-all')")));
    }
    QString error;
    QVERIFY(!SearchIndex::isConsistent(window->session().database(), &error));
    RecommendationFilter search;
    search.searchText = RecommendationFactory::upr(7).text.section(QLatin1Char(' '), 0, 2);
    QCOMPARE(repository.count(search), std::optional<int>(0));

    window->rebuildSearchIndex();
    QVERIFY2(SearchIndex::isConsistent(window->session().database(), &error), qPrintable(error));
    QVERIFY(repository.count(search).value_or(0) >= 1);
    QCOMPARE(window->statusBar()->currentMessage(), QStringLiteral("The search index was rebuilt."));
}


// Reads on the reader thread: one connection kept from one to the next, a
// cancelled read stops and the next one runs in full, later edits are seen,
// and the connection is closed with the thread.
void BackgroundWorkTest::readerThreadKeepsItsConnection()
{
    TemporaryDatabase file;
    QVERIFY2(file.isValid(), qPrintable(file.error()));
    Database &database = file.database();
    RecommendationRepository repository(database);
    QVERIFY(repository.insert(RecommendationFactory::upr(1)));
    const auto countOnReader = [&database](DatabaseWork::Control &) {
        QSqlQuery query(QSqlDatabase::database(ThreadConnection::nameForCurrentThread(database.connectionName()), false));
        const bool ok = query.exec(QStringLiteral("SELECT count(*) FROM recommendation")) && query.next();
        return qMakePair(ThreadConnection::nameForCurrentThread(database.connectionName()),
                         ok ? query.value(0).toInt() : -1);
    };
    QString readerConnection;
    {
        ReaderThread reader(database);
        auto control = std::make_shared<DatabaseWork::Control>();
        const QPair<QString, int> first = reader.start<QPair<QString, int>>(control, countOnReader).result();
        QVERIFY(first.first != database.connectionName());
        QCOMPARE(first.second, 1);
        readerConnection = first.first;

        // A read cancelled while it runs stops with an error...
        auto cancelled = std::make_shared<DatabaseWork::Control>();
        QFuture<bool> long_ = reader.start<bool>(cancelled, [&database](DatabaseWork::Control &) {
            QSqlQuery query(QSqlDatabase::database(ThreadConnection::nameForCurrentThread(database.connectionName()), false));
            return query.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
                                             "SELECT count(*) FROM n"));
        });
        QTest::qWait(100);
        cancelled->cancel();
        QCOMPARE(long_.result(), false);

        // ...and the next runs in full, on the same connection, seeing what was written since.
        QVERIFY(repository.insert(RecommendationFactory::iccpr(2)));
        const QPair<QString, int> next =
            reader.start<QPair<QString, int>>(std::make_shared<DatabaseWork::Control>(), countOnReader).result();
        QCOMPARE(next.first, readerConnection);
        QCOMPARE(next.second, 2);
        QVERIFY(QSqlDatabase::contains(readerConnection));
    }
    QVERIFY(!QSqlDatabase::contains(readerConnection));
}

QTEST_MAIN(BackgroundWorkTest)
#include "tst_backgroundwork.moc"
