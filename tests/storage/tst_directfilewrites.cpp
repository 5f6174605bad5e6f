// DirectFileWrites: with the file to itself, the connection leaves WAL mode
// (no log grows while it writes) and comes back to it; with another
// connection open, or inside a transaction, nothing changes; and what was
// written either way is in the database afterwards.
#include "database.h"
#include "directfilewrites.h"
#include "recommendationfactory.h"
#include "recommendationrepository.h"
#include "temporarydatabase.h"
#include "transaction.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

class DirectFileWritesTest : public QObject
{
    Q_OBJECT

private slots:
    void aloneWritesStraightIntoTheFile();
    void anotherConnectionKeepsTheLog();
    void insideATransactionNothingChanges();
};

namespace {

QString pragma(Database &database, const QString &name)
{
    QSqlQuery query(QSqlDatabase::database(database.connectionName()));
    query.exec(QStringLiteral("PRAGMA %1").arg(name));
    query.next();
    return query.value(0).toString();
}

QString journalMode(Database &database)
{
    return pragma(database, QStringLiteral("journal_mode"));
}

qint64 logSize(const QString &path)
{
    return QFileInfo(path + QStringLiteral("-wal")).exists() ? QFileInfo(path + QStringLiteral("-wal")).size() : 0;
}

} // namespace

void DirectFileWritesTest::aloneWritesStraightIntoTheFile()
{
    TemporaryDatabase file;
    QVERIFY2(file.isValid(), qPrintable(file.error()));
    QCOMPARE(journalMode(file.database()), QStringLiteral("wal"));
    RecommendationRepository repository(file.database());
    {
        DirectFileWrites direct(file.database());
        QVERIFY(direct.isActive());
        QCOMPARE(journalMode(file.database()), QStringLiteral("delete"));
        QCOMPARE(pragma(file.database(), QStringLiteral("synchronous")), QStringLiteral("2")); // FULL
        for (int n = 1; n <= 20; ++n)
            QVERIFY2(repository.insert(RecommendationFactory::upr(n)), qPrintable(repository.lastError()));
        QCOMPARE(logSize(file.path()), 0);
    }
    QCOMPARE(journalMode(file.database()), QStringLiteral("wal"));
    QCOMPARE(pragma(file.database(), QStringLiteral("synchronous")), QStringLiteral("1")); // NORMAL
    QCOMPARE(repository.totalCount(), std::optional<int>(20));
    file.close();
    QVERIFY(file.reopen());
    QCOMPARE(RecommendationRepository(file.database()).totalCount(), std::optional<int>(20));
}

void DirectFileWritesTest::anotherConnectionKeepsTheLog()
{
    TemporaryDatabase file;
    QVERIFY2(file.isValid(), qPrintable(file.error()));
    QString error;
    const std::unique_ptr<Database> other =
        Database::open(file.path(), Database::Access::ReadWrite, Database::Creation::MustExist, &error);
    QVERIFY2(other, qPrintable(error));
    RecommendationRepository repository(file.database());
    {
        DirectFileWrites direct(file.database());
        QVERIFY(!direct.isActive());
        QCOMPARE(journalMode(file.database()), QStringLiteral("wal"));
        QVERIFY2(repository.insert(RecommendationFactory::upr(1)), qPrintable(repository.lastError()));
    }
    QCOMPARE(journalMode(file.database()), QStringLiteral("wal"));
    QCOMPARE(RecommendationRepository(*other).totalCount(), std::optional<int>(1));
}

void DirectFileWritesTest::insideATransactionNothingChanges()
{
    TemporaryDatabase file;
    QVERIFY2(file.isValid(), qPrintable(file.error()));
    Transaction transaction(file.database());
    QVERIFY(transaction.isActive());
    {
        DirectFileWrites direct(file.database());
        QVERIFY(!direct.isActive());
    }
    QVERIFY(transaction.commit());
    QCOMPARE(journalMode(file.database()), QStringLiteral("wal"));
}

QTEST_GUILESS_MAIN(DirectFileWritesTest)
#include "tst_directfilewrites.moc"
