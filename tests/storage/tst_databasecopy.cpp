// File > Save a copy in the storage layer: the copy of a live database reads
// back with the same records and passes SQLite's integrity check, also while
// the main connection has a transaction open (the copy then holds the last
// committed state); a target that is the live database, a folder or a
// missing folder is refused; an existing target is replaced only by a
// complete copy, and nothing partial is left behind.
#include "database.h"
#include "databasecopy.h"
#include "filehash.h"
#include "recommendationfactory.h"
#include "recommendationrepository.h"
#include "sqlstatement.h"
#include "temporarydatabase.h"
#include "transaction.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

class DatabaseCopyTest : public QObject
{
    Q_OBJECT

private slots:
    void copyReadsBackWithTheSameRecords();
    void copyDuringAnOpenTransactionHoldsTheCommittedState();
    void replacesAnExistingFile();
    void refusesTheLiveDatabaseItself();
    void refusesAFolderAndAMissingFolder();
    void copyKeepsTheDatabasesPermissions();
};

namespace {

void fill(Database &database, int count)
{
    RecommendationRepository repository(database);
    for (int i = 1; i <= count; ++i)
        QVERIFY(repository.insert(RecommendationFactory::upr(i)));
}

QString integrityOf(const QString &path)
{
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next())
                result = query.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("integrity"));
    return result;
}

std::optional<int> recordsIn(const QString &path)
{
    QString error;
    auto copy = Database::open(path, Database::Access::ReadOnly, Database::Creation::MustExist, &error);
    if (!copy) {
        qWarning("%s", qPrintable(error));
        return std::nullopt;
    }
    return RecommendationRepository(*copy).totalCount();
}

QStringList partialFilesIn(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.partial")}, QDir::Files | QDir::Hidden);
}

} // namespace

void DatabaseCopyTest::copyReadsBackWithTheSameRecords()
{
    TemporaryDatabase file;
    QVERIFY(file.isValid());
    fill(file.database(), 25);
    const QString target = QDir(file.folder()).filePath(QStringLiteral("copy.sqlite"));
    QString error;
    QVERIFY2(DatabaseCopy::save(file.database(), target, &error), qPrintable(error));
    QCOMPARE(integrityOf(target), QStringLiteral("ok"));
    QCOMPARE(recordsIn(target), std::optional<int>(25));
    QCOMPARE(RecommendationRepository(file.database()).totalCount(), std::optional<int>(25)); // the live one goes on
    QVERIFY(partialFilesIn(file.folder()).isEmpty());
    QVERIFY(QFile::permissions(target) & QFile::ReadOther);
}

void DatabaseCopyTest::copyDuringAnOpenTransactionHoldsTheCommittedState()
{
    TemporaryDatabase file;
    fill(file.database(), 3);
    const QString target = QDir(file.folder()).filePath(QStringLiteral("copy.sqlite"));
    Transaction transaction(file.database());
    QVERIFY(transaction.isActive());
    RecommendationRepository repository(file.database());
    QVERIFY(repository.insert(RecommendationFactory::upr(4)));
    QCOMPARE(repository.totalCount(), std::optional<int>(4)); // seen by its own connection only
    QString error;
    QVERIFY2(DatabaseCopy::save(file.database(), target, &error), qPrintable(error));
    QVERIFY(transaction.commit());
    QCOMPARE(integrityOf(target), QStringLiteral("ok"));
    QCOMPARE(recordsIn(target), std::optional<int>(3));
    QCOMPARE(repository.totalCount(), std::optional<int>(4));
}

void DatabaseCopyTest::replacesAnExistingFile()
{
    TemporaryDatabase file;
    fill(file.database(), 2);
    const QString target = QDir(file.folder()).filePath(QStringLiteral("old.sqlite"));
    {
        QFile old(target);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an older copy that is not even a database");
    }
    QVERIFY(QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner));
    QString error;
    QVERIFY2(DatabaseCopy::save(file.database(), target, &error), qPrintable(error));
    QCOMPARE(recordsIn(target), std::optional<int>(2));
    QCOMPARE(QFile::permissions(target) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
    QVERIFY(partialFilesIn(file.folder()).isEmpty());
}

void DatabaseCopyTest::refusesTheLiveDatabaseItself()
{
    TemporaryDatabase file;
    fill(file.database(), 2);
    QString error;
    QVERIFY(!DatabaseCopy::save(file.database(), file.path(), &error));
    QVERIFY2(error.contains(QLatin1String("open database itself")), qPrintable(error));
    // The same file by another spelling.
    const QString roundabout = file.folder() + QStringLiteral("/../") + QFileInfo(file.folder()).fileName()
                               + QStringLiteral("/") + QFileInfo(file.path()).fileName();
    QVERIFY(!DatabaseCopy::save(file.database(), roundabout, &error));
    QVERIFY2(error.contains(QLatin1String("open database itself")), qPrintable(error));
    // Nor its write-ahead log or shared memory, which hold edits not yet in the file.
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString sidecar = file.path() + QLatin1String(suffix);
        QVERIFY2(QFile::exists(sidecar), suffix);
        const QByteArray before = FileHash::of(sidecar);
        QVERIFY(!DatabaseCopy::save(file.database(), sidecar, &error));
        QVERIFY2(error.contains(QLatin1String("open database itself")), qPrintable(error));
        QCOMPARE(FileHash::of(sidecar), before);
    }
    QCOMPARE(RecommendationRepository(file.database()).totalCount(), std::optional<int>(2));
    QVERIFY(partialFilesIn(file.folder()).isEmpty());
}

// A copy of private data stays private: it takes the database's permissions.
void DatabaseCopyTest::copyKeepsTheDatabasesPermissions()
{
    TemporaryDatabase file;
    fill(file.database(), 1);
    const QFileDevice::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
    QVERIFY(QFile::setPermissions(file.path(), ownerOnly));
    const QString target = file.folder() + QStringLiteral("/private-copy.sqlite");
    QString error;
    QVERIFY2(DatabaseCopy::save(file.database(), target, &error), qPrintable(error));
    QCOMPARE(QFile::permissions(target) & (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::WriteGroup
                                           | QFile::ReadOther | QFile::WriteOther),
             ownerOnly);
}

void DatabaseCopyTest::refusesAFolderAndAMissingFolder()
{
    TemporaryDatabase file;
    QString error;
    QVERIFY(!DatabaseCopy::save(file.database(), file.folder(), &error));
    QVERIFY2(error.contains(QLatin1String("folder")), qPrintable(error));
    QVERIFY(!DatabaseCopy::save(file.database(), file.folder() + QStringLiteral("/missing/copy.sqlite"), &error));
    QVERIFY2(error.contains(QLatin1String("does not exist")), qPrintable(error));
    QVERIFY(!DatabaseCopy::save(file.database(), QString(), &error));
    QVERIFY(partialFilesIn(file.folder()).isEmpty());
}

QTEST_GUILESS_MAIN(DatabaseCopyTest)
#include "tst_databasecopy.moc"
