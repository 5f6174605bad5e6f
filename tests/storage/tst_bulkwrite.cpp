// A batch of records written in bulk (RecordBatch with the triggers
// suspended, the values they keep worked out in code, the indexes built
// again afterwards) leaves the database exactly as the same records written
// one at a time through the triggers: every table, the search index, the
// statistics rows and the schema itself. Histories with ties, back-dated
// entries and gaps of years, names already stored in another case, records
// bringing their own ids, and a batch smaller than what is stored (the
// indexes kept) are all covered. The C++ year-end string is also checked
// against the SQL one on random histories.
#include "database.h"
#include "recommendationfactory.h"
#include "recordbatch.h"
#include "searchindex.h"
#include "sqlitestatement.h"
#include "temporarydatabase.h"
#include "yearendstatuses.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <sqlite3.h>

class BulkWriteTest : public QObject
{
    Q_OBJECT

private slots:
    void bulkEqualsOneAtATime_data();
    void bulkEqualsOneAtATime();
    void openQueryReadsOn();
    void interruptedBulkWriteChangesNothing_data();
    void interruptedBulkWriteChangesNothing();
    void yearEndStringAgreesWithSql();
};

namespace {

const QStringList themes{QStringLiteral("Justice"), QStringLiteral("death penalty"), QStringLiteral("Éducation"),
                         QStringLiteral("Торговля людьми"), QStringLiteral("Women's rights")};
const QStringList states{QStringLiteral("Norway"), QStringLiteral("brazil"), QStringLiteral("Қазақстан"),
                         QStringLiteral("Korea, Republic of")};
const QStringList words{QStringLiteral("torture"), QStringLiteral("prisons"), QStringLiteral("защита"),
                        QStringLiteral("құқықтары"), QStringLiteral("éducation"), QStringLiteral("journalists")};

// A record with lists and a history drawn from the generator: ties on the
// effective date and on the recording time, entries out of order, several
// in a year and gaps of years, or none at all.
RecommendationRecord randomRecord(QRandomGenerator &random, int n)
{
    RecommendationRecord record;
    Recommendation &r = record.recommendation;
    r = random.bounded(3) == 0 ? RecommendationFactory::iccpr(n) : RecommendationFactory::upr(n);
    r.text = QStringLiteral("Record %1 about %2 and %3.")
                 .arg(n)
                 .arg(words.at(random.bounded(int(words.size()))), words.at(random.bounded(int(words.size()))));
    r.themes.clear();
    for (int i = random.bounded(4); i > 0; --i)
        r.themes << themes.at(random.bounded(int(themes.size())));
    // Spelled otherwise than stored: the first spelling is what the
    // vocabulary keeps, and the first theme is written as it is stored.
    if (random.bounded(5) == 0)
        r.themes.prepend(QStringLiteral("JUSTICE"));
    r.recommendedBy.clear();
    for (int i = random.bounded(3); i > 0; --i)
        r.recommendedBy << states.at(random.bounded(int(states.size())));
    r.affectedPersons = random.bounded(4) == 0 ? QStringList{QStringLiteral("children")} : QStringList();
    r.institutions = random.bounded(6) == 0 ? QStringList{QStringLiteral("Parliament")} : QStringList();
    r.sdgs = random.bounded(3) == 0 ? QList<int>{5, 16} : QList<int>();
    r.documentDate = random.bounded(8) == 0 ? QDate() : QDate(2008, 1, 1).addDays(random.bounded(4000));
    const QDateTime recorded(QDate(2020, 1, 1), QTime(12, 0), Qt::UTC);
    for (int i = random.bounded(5); i > 0; --i) {
        StatusChange change = RecommendationFactory::change(
            0, static_cast<Status>(random.bounded(5)), QDate(2010, 1, 1).addDays(random.bounded(3) * 200 + random.bounded(2) * 700),
            QStringLiteral("entry %1").arg(i));
        change.recordedAt = recorded.addSecs(random.bounded(2));
        record.history << change;
    }
    return record;
}

QList<RecommendationRecord> randomRecords(quint32 seed, int count, int firstNumber)
{
    QRandomGenerator random(seed);
    QList<RecommendationRecord> records;
    for (int n = 0; n < count; ++n)
        records << randomRecord(random, firstNumber + n);
    return records;
}

// Every row of every table but the recording times of the records (each
// write takes its own "now"), and the schema without page numbers.
QStringList contents(Database &database)
{
    const QSqlDatabase db = QSqlDatabase::database(database.connectionName());
    QStringList rows;
    QSqlQuery tables(db);
    tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                               "AND name NOT LIKE 'recommendation_search%' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : names) {
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table));
        while (query.next()) {
            QStringList values;
            const QSqlRecord record = query.record();
            for (int column = 0; column < record.count(); ++column) {
                const QString name = record.fieldName(column);
                if (table == QLatin1String("recommendation")
                    && (name == QLatin1String("created_at") || name == QLatin1String("updated_at")))
                    continue;
                values << (query.isNull(column) ? QStringLiteral("NULL") : query.value(column).toString());
            }
            rows << table + QLatin1Char(':') + values.join(QLatin1Char('|'));
        }
    }
    QSqlQuery schema(db);
    schema.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name"));
    while (schema.next()) {
        rows << QStringLiteral("schema:%1|%2|%3|%4")
                    .arg(schema.value(0).toString(), schema.value(1).toString(), schema.value(2).toString(),
                         schema.value(3).toString());
    }
    // What the search index finds, word by word (its pages depend on how it
    // was built; what it answers must not).
    for (const QString &word : words + QStringList{QStringLiteral("record"), QStringLiteral("educat")}) {
        QSqlQuery search(db);
        search.prepare(QStringLiteral("SELECT rowid FROM recommendation_search WHERE recommendation_search MATCH ? "
                                      "ORDER BY rowid"));
        search.addBindValue(QStringLiteral("\"%1\"*").arg(word));
        search.exec();
        QStringList ids;
        while (search.next())
            ids << search.value(0).toString();
        rows << QStringLiteral("search:%1:%2").arg(word, ids.join(QLatin1Char(',')));
    }
    return rows;
}

QString integrity(Database &database)
{
    QSqlQuery check(QSqlDatabase::database(database.connectionName()));
    check.exec(QStringLiteral("PRAGMA integrity_check"));
    check.next();
    return check.value(0).toString();
}

} // namespace

void BulkWriteTest::bulkEqualsOneAtATime_data()
{
    QTest::addColumn<int>("stored");
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("givenIds");
    QTest::newRow("into an empty database: indexes built afterwards") << 0 << 700 << false;
    QTest::newRow("beside as many: indexes built afterwards") << 400 << 600 << false;
    QTest::newRow("beside more: indexes kept") << 900 << 300 << false;
    QTest::newRow("records with their own ids (an undone delete)") << 500 << 520 << true;
}

void BulkWriteTest::bulkEqualsOneAtATime()
{
    QFETCH(int, stored);
    QFETCH(int, count);
    QFETCH(bool, givenIds);
    TemporaryDatabase bulk;
    TemporaryDatabase single;
    QVERIFY2(bulk.isValid() && single.isValid(), qPrintable(bulk.error() + single.error()));
    QString error;
    // The same records already stored in both, "justice" among their names.
    QList<RecommendationRecord> before = randomRecords(7, stored, 1);
    if (!before.isEmpty())
        before.first().recommendation.themes = {QStringLiteral("justice")};
    QList<RecommendationRecord> copy = before;
    QVERIFY2(stored == 0 || RecordBatch::insert(bulk.database(), before, &error), qPrintable(error));
    QVERIFY2(stored == 0 || RecordBatch::insert(single.database(), copy, &error), qPrintable(error));

    QList<RecommendationRecord> records = randomRecords(11, count, stored + 1);
    if (givenIds) {
        // As an undone delete brings them back: ids among those stored, the
        // rest numbered after the largest.
        QList<qint64> removed;
        for (qint64 id = 2; id <= 400; id += 2)
            removed << id;
        QVERIFY2(RecordBatch::remove(bulk.database(), removed, &error), qPrintable(error));
        QVERIFY2(RecordBatch::remove(single.database(), removed, &error), qPrintable(error));
        for (int i = 0; i < removed.size(); ++i)
            records[i].recommendation.id = removed.at(i);
    }
    QList<RecommendationRecord> oneByOne = records;
    QVERIFY2(RecordBatch::insert(bulk.database(), records, &error), qPrintable(error));
    for (RecommendationRecord &record : oneByOne) {
        QList<RecommendationRecord> one{record};
        QVERIFY2(RecordBatch::insert(single.database(), one, &error), qPrintable(error));
        record = one.first();
    }
    // Both gave the same ids to the records and to their entries.
    for (int i = 0; i < count; ++i) {
        QCOMPARE(records.at(i).recommendation.id, oneByOne.at(i).recommendation.id);
        QCOMPARE(records.at(i).history, oneByOne.at(i).history);
    }
    const QStringList bulkRows = contents(bulk.database());
    const QStringList singleRows = contents(single.database());
    QCOMPARE(bulkRows.size(), singleRows.size());
    for (int i = 0; i < bulkRows.size(); ++i)
        QCOMPARE(bulkRows.at(i), singleRows.at(i));
    QVERIFY2(SearchIndex::isConsistent(bulk.database(), &error), qPrintable(error));
    QCOMPARE(integrity(bulk.database()), QStringLiteral("ok"));
}

void BulkWriteTest::openQueryReadsOn()
{
    // A query of the connection part way through its rows (the window's
    // table may hold one) goes on reading through a large write, and
    // through a large write that fails: the triggers stay (undoing their
    // removal would abort it), the rows go through them.
    TemporaryDatabase file;
    QVERIFY2(file.isValid(), qPrintable(file.error()));
    QString error;
    QList<RecommendationRecord> first = randomRecords(5, 300, 1);
    QVERIFY2(RecordBatch::insert(file.database(), first, &error), qPrintable(error));
    QSqlQuery reading(QSqlDatabase::database(file.database().connectionName()));
    reading.setForwardOnly(true);
    QVERIFY(reading.exec(QStringLiteral("SELECT id FROM recommendation ORDER BY id")));
    QVERIFY(reading.next());
    QList<RecommendationRecord> records = randomRecords(6, 700, 301);
    QVERIFY2(RecordBatch::insert(file.database(), records, &error), qPrintable(error));
    QVERIFY(reading.next());
    QCOMPARE(reading.value(0).toInt(), 2);
    QList<RecommendationRecord> failing = randomRecords(7, 700, 1001);
    failing[650].recommendation.id = 5; // taken
    QVERIFY(!RecordBatch::insert(file.database(), failing, &error));
    QVERIFY2(reading.next(), qPrintable(reading.lastError().text()));
    QCOMPARE(reading.value(0).toInt(), 3);
    reading.finish();

    // What went through the triggers is what a bulk write would have made.
    TemporaryDatabase bulk;
    QList<RecommendationRecord> again = randomRecords(5, 300, 1);
    QVERIFY2(RecordBatch::insert(bulk.database(), again, &error), qPrintable(error));
    again = randomRecords(6, 700, 301);
    QVERIFY2(RecordBatch::insert(bulk.database(), again, &error), qPrintable(error));
    const QStringList through = contents(file.database());
    const QStringList direct = contents(bulk.database());
    QCOMPARE(through.size(), direct.size());
    for (int i = 0; i < through.size(); ++i)
        QCOMPARE(through.at(i), direct.at(i));
    QVERIFY2(SearchIndex::isConsistent(file.database(), &error), qPrintable(error));
    QCOMPARE(integrity(file.database()), QStringLiteral("ok"));
}

void BulkWriteTest::interruptedBulkWriteChangesNothing_data()
{
    QTest::addColumn<int>("percent");
    // Stopped while the rows are written, and later, while the search index
    // and the indexes are built (a cancelled import interrupts the
    // connection; any SQL step may then be the one that fails).
    QTest::newRow("at a tenth") << 10;
    QTest::newRow("halfway") << 50;
    QTest::newRow("near the end") << 95;
}

namespace {

// Counts the connection's virtual machine steps in blocks of 1000, and
// interrupts it when `left` reaches 0 (never when it starts below 0).
struct StepCounter {
    sqlite3 *connection = nullptr;
    int blocks = 0;
    int left = -1;

    void install()
    {
        sqlite3_progress_handler(
            connection, 1000,
            [](void *data) {
                auto *counter = static_cast<StepCounter *>(data);
                ++counter->blocks;
                if (--counter->left == 0)
                    sqlite3_interrupt(counter->connection);
                return 0;
            },
            this);
    }
    void remove() { sqlite3_progress_handler(connection, 0, nullptr, nullptr); }
};

} // namespace

void BulkWriteTest::interruptedBulkWriteChangesNothing()
{
    QFETCH(int, percent);
    QString error;
    // How many steps the whole write takes, on a database like the other.
    int blocks = 0;
    {
        TemporaryDatabase measured;
        QList<RecommendationRecord> before = randomRecords(8, 300, 1);
        QVERIFY2(RecordBatch::insert(measured.database(), before, &error), qPrintable(error));
        StepCounter counter{SqliteStatement::connection(measured.database(), &error)};
        QVERIFY2(counter.connection, qPrintable(error));
        counter.install();
        QList<RecommendationRecord> records = randomRecords(9, 1000, 301);
        QVERIFY2(RecordBatch::insert(measured.database(), records, &error), qPrintable(error));
        counter.remove();
        blocks = counter.blocks;
    }
    QVERIFY(blocks > 20);

    TemporaryDatabase file;
    QVERIFY2(file.isValid(), qPrintable(file.error()));
    QList<RecommendationRecord> before = randomRecords(8, 300, 1);
    QVERIFY2(RecordBatch::insert(file.database(), before, &error), qPrintable(error));
    const QStringList stored = contents(file.database());
    StepCounter counter{SqliteStatement::connection(file.database(), &error), 0, qMax(1, blocks * percent / 100)};
    counter.install();
    QList<RecommendationRecord> records = randomRecords(9, 1000, 301);
    const bool written = RecordBatch::insert(file.database(), records, &error);
    counter.remove();
    QVERIFY(!written);
    QVERIFY2(error.contains(QStringLiteral("interrupt")), qPrintable(error));
    QCOMPARE(contents(file.database()), stored);
    QCOMPARE(integrity(file.database()), QStringLiteral("ok"));
}

void BulkWriteTest::yearEndStringAgreesWithSql()
{
    TemporaryDatabase file;
    QVERIFY2(file.isValid(), qPrintable(file.error()));
    QSqlQuery sql(QSqlDatabase::database(file.database().connectionName()));
    QVERIFY(sql.exec(QStringLiteral("CREATE TEMP TABLE status_change (id INTEGER PRIMARY KEY, recommendation_id, "
                                    "status, effective_date, recorded_at)")));
    QRandomGenerator random(3);
    for (int round = 0; round < 300; ++round) {
        QVERIFY(sql.exec(QStringLiteral("DELETE FROM temp.status_change")));
        std::vector<YearEndStatuses::Entry> entries;
        for (int i = random.bounded(6); i > 0; --i) {
            // Years before 1000 and a century apart too: four digits, padded.
            const QDate date = random.bounded(20) == 0 ? QDate(987, 3, 1) : QDate(2005, 1, 1).addDays(random.bounded(7000));
            entries.push_back({date, static_cast<Status>(random.bounded(5))});
        }
        std::sort(entries.begin(), entries.end(),
                  [](const YearEndStatuses::Entry &a, const YearEndStatuses::Entry &b) {
                      return a.effectiveDate < b.effectiveDate;
                  });
        for (size_t i = 0; i < entries.size(); ++i) {
            sql.prepare(QStringLiteral("INSERT INTO temp.status_change VALUES (?, 1, ?, ?, '2020-01-01')"));
            sql.addBindValue(qint64(i + 1));
            sql.addBindValue(StatusInfo::key(entries[i].status));
            sql.addBindValue(entries[i].effectiveDate.toString(Qt::ISODate).rightJustified(10, QLatin1Char('0')));
            QVERIFY2(sql.exec(), qPrintable(sql.lastError().text()));
        }
        QVERIFY2(sql.exec(QStringLiteral("SELECT %1").arg(YearEndStatuses::Sql::fromHistory(QStringLiteral("1")))),
                 qPrintable(sql.lastError().text()));
        QVERIFY(sql.next());
        QCOMPARE(YearEndStatuses::fromHistory(entries), sql.value(0).toString());
    }
}

QTEST_GUILESS_MAIN(BulkWriteTest)
#include "tst_bulkwrite.moc"
