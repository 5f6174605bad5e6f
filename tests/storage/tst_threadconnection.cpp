// Work on a worker thread through its own connection: storage calls made on
// the worker use it, the main connection keeps reading the last committed
// state meanwhile, and a cancel stops a long statement and keeps any
// transaction from committing, so a cancelled job leaves nothing behind.
#include "database.h"
#include "recommendationfactory.h"
#include "recommendationrepository.h"
#include "sqlstatement.h"
#include "temporarydatabase.h"
#include "threadconnection.h"
#include "transaction.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

class ThreadConnectionTest : public QObject
{
    Q_OBJECT

private slots:
    void workerWritesThroughItsOwnConnection();
    void mainConnectionReadsTheCommittedStateMeanwhile();
    void cancelKeepsTheTransactionFromCommitting();
    void cancelStopsALongStatement();
    void readOnlyDatabaseStaysReadOnlyOnWorkers();
    void eachThreadReadsItsOwnLastError();
};

namespace {
// Runs body on a new thread inside a ThreadConnection and waits for it.
template <typename Body>
void onWorker(Database &database, Body body)
{
    QThread *thread = QThread::create([&database, body] {
        ThreadConnection connection(database);
        body(connection);
    });
    thread->start();
    thread->wait();
    delete thread;
}
} // namespace

void ThreadConnectionTest::workerWritesThroughItsOwnConnection()
{
    TemporaryDatabase file;
    QVERIFY(file.isValid());
    RecommendationRepository repository(file.database());
    QString usedName;
    bool opened = false;
    std::optional<qint64> id;
    onWorker(file.database(), [&](ThreadConnection &connection) {
        opened = connection.isOpen();
        usedName = ThreadConnection::nameForCurrentThread(file.database().connectionName());
        id = repository.insert(RecommendationFactory::upr(1));
    });
    QVERIFY(opened);
    QVERIFY(usedName != file.database().connectionName());
    QVERIFY2(id, qPrintable(repository.lastError()));
    // Back on this thread the main connection is used again, and sees the row.
    QCOMPARE(ThreadConnection::nameForCurrentThread(file.database().connectionName()),
             file.database().connectionName());
    QCOMPARE(repository.totalCount(), std::optional<int>(1));
    QCOMPARE(repository.find(*id)->text, RecommendationFactory::upr(1).text);
    // The worker's connection is gone with it.
    QVERIFY(!QSqlDatabase::contains(usedName));
}

void ThreadConnectionTest::mainConnectionReadsTheCommittedStateMeanwhile()
{
    TemporaryDatabase file;
    RecommendationRepository repository(file.database());
    QVERIFY(repository.insert(RecommendationFactory::upr(1)));
    QSemaphore written;
    QSemaphore readDone;
    std::optional<int> seenDuringWrite;
    QThread *thread = QThread::create([&] {
        ThreadConnection connection(file.database());
        RecommendationRepository workerRepository(file.database());
        Transaction transaction(file.database());
        for (int n = 2; n <= 50; ++n)
            workerRepository.insert(RecommendationFactory::upr(n));
        written.release();
        readDone.acquire(); // the main thread reads while this transaction is open
        transaction.commit();
    });
    thread->start();
    written.acquire();
    seenDuringWrite = repository.totalCount();
    readDone.release();
    thread->wait();
    delete thread;
    QCOMPARE(seenDuringWrite, std::optional<int>(1));
    QCOMPARE(repository.totalCount(), std::optional<int>(50));
}

void ThreadConnectionTest::cancelKeepsTheTransactionFromCommitting()
{
    TemporaryDatabase file;
    RecommendationRepository repository(file.database());
    QVERIFY(repository.insert(RecommendationFactory::upr(1)));
    bool committed = true;
    QString error;
    onWorker(file.database(), [&](ThreadConnection &connection) {
        RecommendationRepository workerRepository(file.database());
        Transaction transaction(file.database());
        workerRepository.insert(RecommendationFactory::upr(2));
        // A cancel between two statements: nothing is running to stop, so
        // the commit is what must refuse.
        connection.interrupt();
        committed = transaction.commit();
        error = transaction.error();
    });
    QVERIFY(!committed);
    QVERIFY2(error.contains(QStringLiteral("Cancelled")), qPrintable(error));
    QCOMPARE(repository.totalCount(), std::optional<int>(1));
}

void ThreadConnectionTest::cancelStopsALongStatement()
{
    TemporaryDatabase file;
    QSemaphore started;
    ThreadConnection *running = nullptr;
    bool succeeded = true;
    qint64 elapsedMs = 0;
    QThread *thread = QThread::create([&] {
        ThreadConnection connection(file.database());
        running = &connection;
        started.release();
        QSqlQuery query(SqlStatement::connection(file.database().connectionName()));
        QElapsedTimer timer;
        timer.start();
        // Counting to ten billion takes minutes unless it is stopped.
        succeeded = query.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                              "WHERE i < 10000000000) SELECT count(*) FROM n"));
        elapsedMs = timer.elapsed();
        started.acquire(); // keep the connection alive until the main thread is done with it
    });
    thread->start();
    started.acquire();
    QTest::qWait(50);
    running->interrupt();
    started.release();
    QVERIFY(thread->wait(10000));
    delete thread;
    QVERIFY(!succeeded);
    QVERIFY2(elapsedMs < 5000, qPrintable(QString::number(elapsedMs)));
}

void ThreadConnectionTest::readOnlyDatabaseStaysReadOnlyOnWorkers()
{
    TemporaryDatabase file;
    const QString path = file.path();
    file.close();
    QString error;
    std::unique_ptr<Database> readOnly = Database::open(path, Database::Access::ReadOnly,
                                                        Database::Creation::MustExist, &error);
    QVERIFY2(readOnly, qPrintable(error));
    std::optional<qint64> id;
    onWorker(*readOnly, [&](ThreadConnection &) {
        RecommendationRepository repository(*readOnly);
        id = repository.insert(RecommendationFactory::upr(1));
    });
    QVERIFY(!id);
    RecommendationRepository repository(*readOnly);
    QCOMPARE(repository.totalCount(), std::optional<int>(0));
}

void ThreadConnectionTest::eachThreadReadsItsOwnLastError()
{
    // The window's reads and an edit on a worker share one repository; a
    // failure on one thread is not the other's last error.
    TemporaryDatabase file;
    RecommendationRepository repository(file.database());
    QString workerError;
    onWorker(file.database(), [&](ThreadConnection &) {
        QVERIFY(!repository.find(424242));
        workerError = repository.lastError();
    });
    QVERIFY(!workerError.isEmpty());
    QVERIFY(repository.lastError().isEmpty());
    QVERIFY(!repository.find(7));
    QVERIFY(repository.lastError().contains(QStringLiteral("7")));
    QVERIFY(!repository.lastError().contains(QStringLiteral("424242")));
}

QTEST_GUILESS_MAIN(ThreadConnectionTest)
#include "tst_threadconnection.moc"
