// Schema creation, each migration step on data written by the version before,
// and the files the database must refuse while leaving them byte for byte.
#include "database.h"
#include "filehash.h"
#include "recommendationfactory.h"
#include "recommendationrepository.h"
#include "schemamigrations.h"
#include "statisticsqueries.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class SchemaMigrationsTest : public QObject
{
    Q_OBJECT

private slots:
    void newDatabaseIsCurrentInWalWithForeignKeys();
    void stepTwoBackfillsTheCurrentStatus();
    void stepThreeIndexesExistingText();
    void stepFourWorksOutTheStatisticsRows();
    void stepSixListsTheThemesOfEachStatisticsRow();
    void eachStepIsAtomic();
    void refusedFilesStayUntouched_data();
    void refusedFilesStayUntouched();
    void writeProtectedFileOpensReadOnly();
};

namespace {

// Runs raw SQL on a file through a connection of its own (for setting up
// what the application itself would never write).
QVariant rawQuery(const QString &path, const QString &sql)
{
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                result = query.value(0);
            else if (query.lastError().isValid())
                result = QStringLiteral("error: ") + query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return result;
}

std::unique_ptr<Database> openAt(const QString &path, int version, QString *error)
{
    return Database::open(path, Database::Access::ReadWrite, Database::Creation::CreateIfMissing, error, version);
}

} // namespace

void SchemaMigrationsTest::newDatabaseIsCurrentInWalWithForeignKeys()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("new.sqlite"));
    QString error;
    {
        std::unique_ptr<Database> database = openAt(path, 0, &error);
        QVERIFY2(database, qPrintable(error));
        QCOMPARE(database->schemaVersion(), SchemaMigrations::currentVersion());
        QVERIFY(!database->isReadOnly());
    }
    QCOMPARE(rawQuery(path, QStringLiteral("PRAGMA user_version")).toInt(), SchemaMigrations::currentVersion());
    QCOMPARE(rawQuery(path, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(rawQuery(path, QStringLiteral("PRAGMA application_id")).toInt(), SchemaMigrations::applicationId());
    QCOMPARE(rawQuery(path, QStringLiteral("SELECT count(*) FROM upr_session")).toInt(), 54);
    QCOMPARE(rawQuery(path, QStringLiteral("SELECT cycle FROM upr_session WHERE number = 20")).toInt(), 2);
    QCOMPARE(rawQuery(path, QStringLiteral("SELECT code FROM mechanism WHERE key = 'iccpr'")).toString(), QStringLiteral("CCPR"));

    // Foreign keys are on in the application's own connection: a status
    // change for a missing recommendation is refused by the database.
    std::unique_ptr<Database> database = openAt(path, 0, &error);
    RecommendationRepository repository(*database);
    QVERIFY(!repository.appendStatusChange(RecommendationFactory::change(77, Status::Accepted, QDate(2010, 1, 1))));
}

void SchemaMigrationsTest::stepTwoBackfillsTheCurrentStatus()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("v1.sqlite"));
    QString error;
    {
        std::unique_ptr<Database> v1 = openAt(path, 1, &error);
        QVERIFY2(v1, qPrintable(error));
        QCOMPARE(v1->schemaVersion(), 1);
    }
    // Data as version 1 stored it: no current_status column yet.
    QCOMPARE(rawQuery(path, QStringLiteral(
                 "INSERT INTO recommendation (id, mechanism, state_under_review, text, created_at, updated_at) "
                 "VALUES (1, 'upr', 'Kazakhstan', 'a', 'x', 'x'), (2, 'iccpr', 'Kazakhstan', 'b', 'x', 'x') RETURNING id")).toInt(), 1);
    rawQuery(path, QStringLiteral(
        "INSERT INTO status_change (recommendation_id, status, effective_date, recorded_at) VALUES "
        "(1, 'accepted', '2010-06-10', '2020-01-01T00:00:00.000Z'), "
        "(1, 'implemented', '2015-01-01', '2020-01-01T00:00:00.000Z'), "
        "(1, 'partially_implemented', '2012-01-01', '2021-01-01T00:00:00.000Z') RETURNING id"));
    QVERIFY(rawQuery(path, QStringLiteral("SELECT current_status FROM recommendation")).toString().startsWith(QLatin1String("error")));
    {
        std::unique_ptr<Database> v2 = openAt(path, 2, &error);
        QVERIFY2(v2, qPrintable(error));
        QCOMPARE(v2->schemaVersion(), 2);
        RecommendationRepository repository(*v2);
        QCOMPARE(repository.currentStatus(1), std::optional<Status>(Status::Implemented)); // latest effective date
        QCOMPARE(repository.currentStatus(2), std::optional<Status>(Status::Pending));    // no history
    }
    std::unique_ptr<Database> current = openAt(path, 0, &error);
    QCOMPARE(current->schemaVersion(), SchemaMigrations::currentVersion());
}

void SchemaMigrationsTest::stepThreeIndexesExistingText()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("v2.sqlite"));
    QString error;
    {
        std::unique_ptr<Database> v2 = openAt(path, 2, &error);
        QVERIFY2(v2, qPrintable(error));
        RecommendationRepository repository(*v2);
        QVERIFY(repository.insert(RecommendationFactory::iccpr(9)));
    }
    std::unique_ptr<Database> v3 = openAt(path, 3, &error);
    QVERIFY2(v3, qPrintable(error));
    RecommendationRepository repository(*v3);
    RecommendationFilter filter;
    filter.searchText = QStringLiteral("allegation");
    QCOMPARE(repository.count(filter), std::optional<int>(1));
}

void SchemaMigrationsTest::stepFourWorksOutTheStatisticsRows()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("v3.sqlite"));
    QString error;
    {
        std::unique_ptr<Database> v3 = openAt(path, 3, &error);
        QVERIFY2(v3, qPrintable(error));
    }
    // Data as version 3 stored it, the history appended out of order.
    rawQuery(path, QStringLiteral(
        "INSERT INTO recommendation (id, mechanism, state_under_review, text, document_date, created_at, updated_at) "
        "VALUES (1, 'upr', 'Kazakhstan', 'a', '2010-03-16', 'x', 'x'), (2, 'iccpr', 'Kazakhstan', 'b', '2011-01-01', 'x', 'x'), "
        "(3, 'other', 'Kazakhstan', 'c', NULL, 'x', 'x'), (4, 'cat', 'Mongolia', 'd', '2012-12-31', 'x', 'x') RETURNING id"));
    rawQuery(path, QStringLiteral(
        "INSERT INTO status_change (recommendation_id, status, effective_date, recorded_at) VALUES "
        "(1, 'accepted', '2010-06-10', '2020-01-01T00:00:00.000Z'), "
        "(1, 'implemented', '2015-01-01', '2020-01-01T00:00:00.000Z'), "
        "(1, 'partially_implemented', '2012-01-01', '2021-01-01T00:00:00.000Z'), "
        "(3, 'rejected', '2013-05-05', '2020-01-01T00:00:00.000Z'), "
        "(4, 'accepted', '2013-04-01', '2020-02-02T00:00:00.000Z'), "
        "(4, 'rejected', '2013-04-01', '2020-01-01T00:00:00.000Z') RETURNING id"));
    QVERIFY(rawQuery(path, QStringLiteral("SELECT count(*) FROM recommendation_statistics")).toString().startsWith(QLatin1String("error")));

    std::unique_ptr<Database> v4 = openAt(path, 4, &error);
    QVERIFY2(v4, qPrintable(error));
    QCOMPARE(v4->schemaVersion(), 4);
    v4.reset();
    // 1: accepted 2010 and 2011, partially implemented 2012-2014 (recorded
    // later but back-dated), implemented from 2015; 2: no history; 3:
    // undated, rejected from 2013; 4: the later recorded of two same-day entries.
    QCOMPARE(rawQuery(path, QStringLiteral("SELECT group_concat(id || '=' || year_end_statuses, ' ') FROM "
                                           "(SELECT * FROM recommendation_statistics ORDER BY id)")),
             QVariant(QStringLiteral("1=2010aahhhi 2= 3=2013r 4=2013a")));
    QCOMPARE(rawQuery(path, QStringLiteral("SELECT count(*) FROM recommendation r JOIN recommendation_statistics s USING (id) "
                                           "WHERE r.mechanism IS s.mechanism AND r.state_under_review IS s.state_under_review "
                                           "AND r.document_date IS s.document_date AND r.current_status IS s.current_status")),
             QVariant(4));

    // From now on the triggers keep the rows, and the statistics read them.
    v4 = openAt(path, 0, &error);
    QVERIFY2(v4, qPrintable(error));
    RecommendationRepository repository(*v4);
    QVERIFY(repository.appendStatusChange(RecommendationFactory::change(2, Status::Accepted, QDate(2012, 2, 2))));
    StatisticsQueries queries(*v4);
    RecommendationFilter filter;
    filter.yearTo = 2013;
    const std::optional<QList<YearStatusCounts>> progress = queries.progressByYear(filter);
    QVERIFY2(progress, qPrintable(queries.lastError()));
    QStringList rows;
    for (const YearStatusCounts &year : *progress) {
        QStringList counts;
        for (Status status : StatusInfo::all())
            counts << QString::number(year.counts[status]);
        rows << QStringLiteral("%1: %2").arg(year.year).arg(counts.join(u' '));
    }
    // Pending, accepted, rejected, partially implemented, implemented: 3 is
    // undated and left out; 4 counts from 2012 (issued on 31 December), pending then.
    QCOMPARE(rows, (QStringList{QStringLiteral("2010: 0 1 0 0 0"), QStringLiteral("2011: 1 1 0 0 0"),
                                QStringLiteral("2012: 1 1 0 1 0"), QStringLiteral("2013: 0 2 0 1 0")}));
}

void SchemaMigrationsTest::stepSixListsTheThemesOfEachStatisticsRow()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("v5.sqlite"));
    QString error;
    {
        std::unique_ptr<Database> v5 = openAt(path, 5, &error);
        QVERIFY2(v5, qPrintable(error));
        RecommendationRepository repository(*v5);
        Recommendation first = RecommendationFactory::upr(1);
        first.themes = {QStringLiteral("Torture"), QStringLiteral("Justice")};
        Recommendation second = RecommendationFactory::iccpr(2);
        second.themes = {QStringLiteral("Justice")};
        Recommendation third = RecommendationFactory::upr(3);
        third.themes.clear();
        QVERIFY2(repository.insert(first) && repository.insert(second) && repository.insert(third),
                 qPrintable(repository.lastError()));
    }
    QVERIFY(rawQuery(path, QStringLiteral("SELECT theme_ids FROM recommendation_statistics")).toString()
                .startsWith(QLatin1String("error")));

    std::unique_ptr<Database> v6 = openAt(path, 6, &error);
    QVERIFY2(v6, qPrintable(error));
    v6.reset();
    // Theme ids in the order of the vocabulary (Torture 1, Justice 2), whatever order the list shows.
    QCOMPARE(rawQuery(path, QStringLiteral("SELECT group_concat(id || '=' || theme_ids, ',') FROM "
                                           "(SELECT id, coalesce((SELECT group_concat(value, ' ') FROM "
                                           "(SELECT value FROM json_each('[' || replace(theme_ids, ' ', ',') || ']') "
                                           "ORDER BY value)), '') AS theme_ids FROM recommendation_statistics ORDER BY id)")),
             QVariant(QStringLiteral("1=1 2,2=2,3=")));
    QCOMPARE(rawQuery(path, QStringLiteral("SELECT group_concat(id || '=' || name, ',') FROM (SELECT * FROM theme ORDER BY id)")),
             QVariant(QStringLiteral("1=Torture,2=Justice")));
}

void SchemaMigrationsTest::eachStepIsAtomic()
{
    // A step that fails half-way leaves the previous version intact: make step
    // 2 fail by creating, at version 1, a table it is about to create.
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("blocked.sqlite"));
    QString error;
    {
        std::unique_ptr<Database> v1 = openAt(path, 1, &error);
        QVERIFY(v1);
    }
    rawQuery(path, QStringLiteral("CREATE TABLE mechanism (x)"));
    std::unique_ptr<Database> blocked = openAt(path, 0, &error);
    QVERIFY(!blocked);
    QVERIFY2(error.contains(QLatin1String("version 2")), qPrintable(error));
    QCOMPARE(rawQuery(path, QStringLiteral("PRAGMA user_version")).toInt(), 1);
    QCOMPARE(rawQuery(path, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'upr_session'")).toInt(), 0);
}

void SchemaMigrationsTest::refusedFilesStayUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("newer schema") << QStringLiteral("newer") << QStringLiteral("newer version");
    QTest::newRow("text file") << QStringLiteral("text") << QStringLiteral("not a SQLite file");
    QTest::newRow("another application's database") << QStringLiteral("foreign") << QStringLiteral("another application");
    QTest::newRow("another application id") << QStringLiteral("foreign-id") << QStringLiteral("another application");
}

void SchemaMigrationsTest::refusedFilesStayUntouched()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("file.sqlite"));
    QString error;
    if (kind == QLatin1String("newer")) {
        {
            std::unique_ptr<Database> database = openAt(path, 0, &error);
            QVERIFY(database);
        }
        rawQuery(path, QStringLiteral("PRAGMA user_version = %1").arg(SchemaMigrations::currentVersion() + 1));
    } else if (kind == QLatin1String("text")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Symbol,Paragraph,Text\nA/HRC/14/10,97.1,Abolish\n");
    } else if (kind == QLatin1String("foreign")) {
        rawQuery(path, QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)"));
    } else {
        rawQuery(path, QStringLiteral("PRAGMA application_id = 12345"));
        rawQuery(path, QStringLiteral("CREATE TABLE t (x)"));
    }
    const QByteArray before = FileHash::of(path);
    QVERIFY(!before.isEmpty());
    std::unique_ptr<Database> refused = openAt(path, 0, &error);
    QVERIFY(!refused);
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(FileHash::of(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(!Database::open(path, Database::Access::ReadOnly, Database::Creation::MustExist, &error));
    QCOMPARE(FileHash::of(path), before);
}

void SchemaMigrationsTest::writeProtectedFileOpensReadOnly()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("protected.sqlite"));
    QString error;
    {
        std::unique_ptr<Database> database = openAt(path, 0, &error);
        RecommendationRepository repository(*database);
        QVERIFY(repository.insert(RecommendationFactory::upr(1)));
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = FileHash::of(path);
    {
        std::unique_ptr<Database> database = openAt(path, 0, &error);
        QVERIFY2(database, qPrintable(error));
        QVERIFY(database->isReadOnly());
        RecommendationRepository repository(*database);
        QCOMPARE(repository.count(RecommendationFilter()), std::optional<int>(1));
        QVERIFY(!repository.insert(RecommendationFactory::upr(2))); // query_only refuses writes even for root
    }
    QCOMPARE(FileHash::of(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));
}

QTEST_GUILESS_MAIN(SchemaMigrationsTest)
#include "tst_schemamigrations.moc"
