// The write-ahead log reaches the database file after the edits pause, on a
// worker, and not in the commit of an edit: checked on the file's own bytes.
#include "backgroundcheckpoint.h"
#include "database.h"
#include "databasesession.h"
#include "filehash.h"
#include "recommendationfactory.h"
#include "recommendationrepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestBackgroundCheckpoint : public QObject
{
    Q_OBJECT

private:
    // How many records a database file holds on its own, without its log:
    // the file alone is copied and opened read-only.
    static int recordsInFileAlone(const QString &path, const QString &folder)
    {
        const QString copy = folder + QStringLiteral("/file-alone.sqlite");
        QFile::remove(copy);
        if (!QFile::copy(path, copy))
            return -1;
        QString error;
        std::unique_ptr<Database> database =
            Database::open(copy, Database::Access::ReadOnly, Database::Creation::MustExist, &error);
        if (!database)
            return -1;
        RecommendationRepository repository(*database);
        return repository.count(RecommendationFilter()).value_or(-1);
    }

private slots:
    void editsReachTheFileOnlyAfterTheyPause()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString path = folder.filePath(QStringLiteral("checkpoint.sqlite"));
        QString error;
        std::unique_ptr<Database> database =
            Database::open(path, Database::Access::ReadWrite, Database::Creation::CreateIfMissing, &error);
        QVERIFY2(database, qPrintable(error));
        DatabaseSession session(std::move(database));
        QVERIFY(session.checkpoint());
        QSignalSpy copied(session.checkpoint(), &BackgroundCheckpoint::copied);

        // The new file's schema is still in the log; the first copy moves it.
        QVERIFY(session.edits().addRecommendation({RecommendationFactory::upr(1), {}}));
        QVERIFY(copied.wait(BackgroundCheckpoint::quietMilliseconds * 4));
        QCOMPARE(copied.takeFirst().at(0).toString(), QString());
        QCOMPARE(recordsInFileAlone(path, folder.path()), 1);

        // An edit commits into the log only: the file's bytes stay as they were.
        const QByteArray fileBefore = FileHash::of(path);
        QElapsedTimer sinceEdit;
        sinceEdit.start();
        QVERIFY(session.edits().addRecommendation({RecommendationFactory::iccpr(2), {}}));
        QVERIFY(session.edits().addRecommendation({RecommendationFactory::upr(3), {}}));
        QCOMPARE(FileHash::of(path), fileBefore);
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
        QCOMPARE(session.repository().count(RecommendationFilter()).value_or(-1), 3);

        // One copy after the burst, not before the pause.
        QVERIFY(copied.wait(BackgroundCheckpoint::quietMilliseconds * 4));
        // (A coarse timer may fire up to 5% early.)
        QVERIFY2(sinceEdit.elapsed() >= BackgroundCheckpoint::quietMilliseconds * 9 / 10,
                 qPrintable(QString::number(sinceEdit.elapsed())));
        QCOMPARE(copied.takeFirst().at(0).toString(), QString());
        QVERIFY(FileHash::of(path) != fileBefore);
        QCOMPARE(recordsInFileAlone(path, folder.path()), 3);
        QVERIFY(!copied.wait(BackgroundCheckpoint::quietMilliseconds * 2));
    }

    void aReadOnlyDatabaseHasNoCheckpoint()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString path = folder.filePath(QStringLiteral("readonly.sqlite"));
        QString error;
        QVERIFY2(Database::open(path, Database::Access::ReadWrite, Database::Creation::CreateIfMissing, &error),
                 qPrintable(error));
        std::unique_ptr<Database> database =
            Database::open(path, Database::Access::ReadOnly, Database::Creation::MustExist, &error);
        QVERIFY2(database, qPrintable(error));
        DatabaseSession session(std::move(database));
        QVERIFY(!session.checkpoint());
    }

    void closingDuringACopyWaitsForIt()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString path = folder.filePath(QStringLiteral("closing.sqlite"));
        QString error;
        std::unique_ptr<Database> database =
            Database::open(path, Database::Access::ReadWrite, Database::Creation::CreateIfMissing, &error);
        QVERIFY2(database, qPrintable(error));
        {
            DatabaseSession session(std::move(database));
            QList<RecommendationRecord> records;
            for (int i = 0; i < 3000; ++i)
                records.append({RecommendationFactory::upr(i), {}});
            QVERIFY(session.edits().addRecords(records, QStringLiteral("Test")));
            // Close the moment the copy has started (a log of some megabytes
            // takes a while to copy): the session waits for it, and the
            // worker's connection is gone before the database closes.
            QElapsedTimer waited;
            waited.start();
            while (!session.checkpoint()->isCopying() && waited.elapsed() < 10000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
            QVERIFY(session.checkpoint()->isCopying());
        }
        QCOMPARE(recordsInFileAlone(path, folder.path()), 3000);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }
};

QTEST_MAIN(TestBackgroundCheckpoint)
#include "tst_backgroundcheckpoint.moc"
