// The edit facade hands each command's transaction to a work runner (the GUI
// runs it on a worker thread). Only a command's first application may be
// cancelled: a cancelled first application records nothing and changes
// nothing, while an undo or a redo of a recorded step is never offered a
// cancel, since the stack would then no longer match the data.
#include "recommendationedits.h"
#include "recommendationfactory.h"
#include "recommendationrepository.h"
#include "temporarydatabase.h"
#include "threadconnection.h"

#include <QTest>
#include <QThread>

class WorkRunnerTest : public QObject
{
    Q_OBJECT

private slots:
    void onlyTheFirstApplicationIsCancellable();
    void aCancelledFirstApplicationRecordsNothing();
    void anEditAskedForWhileAnotherIsWrittenIsRefused();
};

namespace {

struct RunnerCall {
    QString label;
    bool cancellable = false;
};

// Runs the work on a thread of its own with a ThreadConnection, as the GUI
// does; cancels it (after the work wrote, before it commits) when asked.
EditContext::WorkRunner workerRunner(Database &database, QList<RunnerCall> *calls, bool cancel = false)
{
    return [&database, calls, cancel](const QString &label, bool cancellable, const std::function<bool()> &work,
                                      QString *error) {
        calls->append({label, cancellable});
        bool done = false;
        QThread *thread = QThread::create([&] {
            ThreadConnection connection(database);
            if (cancel && cancellable)
                connection.interrupt();
            done = work();
        });
        thread->start();
        thread->wait();
        delete thread;
        if (cancel && cancellable) {
            *error = QStringLiteral("Cancelled.");
            return false;
        }
        return done;
    };
}

} // namespace

void WorkRunnerTest::onlyTheFirstApplicationIsCancellable()
{
    TemporaryDatabase file;
    RecommendationRepository repository(file.database());
    RecommendationEdits edits(repository);
    QList<RunnerCall> calls;
    edits.setWorkRunner(workerRunner(file.database(), &calls));
    const std::optional<qint64> id = edits.addRecommendation({RecommendationFactory::upr(1), {}});
    QVERIFY2(id, qPrintable(edits.lastError()));
    QVERIFY(edits.assignStatus({*id}, Status::Accepted, QDate(2020, 3, 1)));
    edits.undoStack()->undo();
    edits.undoStack()->redo();

    QCOMPARE(calls.size(), 4);
    QVERIFY(calls.at(0).cancellable); // add, first time
    QVERIFY(calls.at(1).cancellable); // assign, first time
    QCOMPARE(calls.at(1).label, edits.undoStack()->text(1));
    QVERIFY(!calls.at(2).cancellable); // its undo
    QVERIFY(!calls.at(3).cancellable); // its redo
    QCOMPARE(repository.currentStatus(*id), std::optional<Status>(Status::Accepted));
}

void WorkRunnerTest::aCancelledFirstApplicationRecordsNothing()
{
    TemporaryDatabase file;
    RecommendationRepository repository(file.database());
    RecommendationEdits edits(repository);
    const std::optional<qint64> id = edits.addRecommendation({RecommendationFactory::upr(1), {}});
    QVERIFY(id);
    QList<RunnerCall> calls;
    edits.setWorkRunner(workerRunner(file.database(), &calls, true));

    QList<RecommendationRecord> records;
    for (int n = 2; n <= 50; ++n)
        records << RecommendationRecord{RecommendationFactory::upr(n), {}};
    QVERIFY(!edits.addRecords(records, QStringLiteral("import")));
    QVERIFY(!edits.assignStatus({*id}, Status::Implemented, QDate(2021, 1, 1)));
    QCOMPARE(edits.lastError(), QStringLiteral("Cancelled."));
    QCOMPARE(calls.size(), 2);
    // Nothing recorded, nothing written.
    QCOMPARE(edits.undoStack()->count(), 1);
    QCOMPARE(repository.totalCount(), std::optional<int>(1));
    QCOMPARE(repository.currentStatus(*id), std::optional<Status>(Status::Pending));
    QVERIFY(repository.history(*id).isEmpty());
}

void WorkRunnerTest::anEditAskedForWhileAnotherIsWrittenIsRefused()
{
    // The GUI's runner keeps the event loop going while an edit is written;
    // an edit asked for meanwhile (a timer, a dialog) must not enter the
    // undo stack a second time.
    TemporaryDatabase file;
    RecommendationRepository repository(file.database());
    RecommendationEdits edits(repository);
    const std::optional<qint64> id = edits.addRecommendation({RecommendationFactory::upr(1), {}});
    QVERIFY(id);
    bool innerResult = true;
    QString innerError;
    bool asked = false;
    edits.setWorkRunner([&](const QString &, bool, const std::function<bool()> &work, QString *) {
        if (!asked) {
            asked = true;
            innerResult = edits.assignStatus({*id}, Status::Rejected, QDate(2020, 1, 1));
            innerError = edits.lastError();
        }
        return work();
    });
    QVERIFY2(edits.assignStatus({*id}, Status::Accepted, QDate(2020, 2, 1)), qPrintable(edits.lastError()));
    QVERIFY(!innerResult);
    QVERIFY2(innerError.contains(QStringLiteral("still being saved")), qPrintable(innerError));
    QVERIFY(edits.lastError().isEmpty());
    QCOMPARE(edits.undoStack()->count(), 2);
    QCOMPARE(repository.history(*id).size(), 1);
    QCOMPARE(repository.currentStatus(*id), std::optional<Status>(Status::Accepted));
}

QTEST_GUILESS_MAIN(WorkRunnerTest)
#include "tst_workrunner.moc"
