// Reads and writes of recommendations: every field round-trips, lists keep
// their order, invalid records and missing ids are refused with a message.
// The same for many records at a time (RecordBatch, StatusChangeBatch), in
// both of their ways of writing: a small batch straight into the tables, a
// large one staged and copied over in one statement per table.
#include "database.h"
#include "recommendationfactory.h"
#include "recommendationrepository.h"
#include "recordbatch.h"
#include "searchindex.h"
#include "statuschangebatch.h"
#include "temporarydatabase.h"

#include <QFile>
#include <QTest>

class RecommendationRepositoryTest : public QObject
{
    Q_OBJECT

private slots:
    void everyFieldRoundTrips();
    void updateReplacesFieldsAndLists();
    void removeTakesTheHistoryAlong();
    void insertKeepsAGivenId();
    void invalidRecordIsRefusedAndNothingWritten_data();
    void invalidRecordIsRefusedAndNothingWritten();
    void missingIdsAreReported();
    void summariesFollowTheOrderOfIds();
    void distinctValuesListWhatIsInUse();
    void statesUnderReviewAreListedOnceIgnoringCase();
    void batchStoresEveryValue_data();
    void batchStoresEveryValue();
    void batchKeepsGivenIdsAndNumbersTheRest();
    void batchNormalisesListsAsASingleInsertDoes();
    void failedBatchChangesNothing_data();
    void failedBatchChangesNothing();
    void batchRemoveTakesListsAndHistories();
    void batchRemoveOfAMissingRecordChangesNothing();
    void statusChangesInABatch();
};

namespace {

// Record n of a batch: every field set, lists of one to four names (shared
// with other records), zero to three history entries; the text holds a word
// of its own for the search index.
RecommendationRecord batchRecord(int n)
{
    static const QStringList themes{QStringLiteral("Torture and other CID treatment"), QStringLiteral("Women's rights"),
                                    QStringLiteral("Торговля людьми"), QStringLiteral("Death penalty"),
                                    QStringLiteral("Justice")};
    static const QStringList states{QStringLiteral("Norway"), QStringLiteral("Brazil"),
                                    QStringLiteral("Korea, Republic of"), QStringLiteral("Côte d'Ivoire")};
    RecommendationRecord record;
    Recommendation &r = record.recommendation;
    r = n % 3 == 0 ? RecommendationFactory::iccpr(n) : RecommendationFactory::upr(n);
    r.text = QStringLiteral("Recommendation %1: adopt measures, word%2x, \"quoted\" and ünïcode.")
                 .arg(n)
                 .arg(QString::number(n, 36));
    r.recommendedBy.clear();
    for (int i = 0; i < 1 + n % 2; ++i)
        r.recommendedBy << states.at((n + i) % states.size());
    r.themes.clear();
    for (int i = 0; i < 1 + n % 4; ++i)
        r.themes << themes.at((n + i) % themes.size());
    r.affectedPersons = n % 5 == 0 ? QStringList{QStringLiteral("children")} : QStringList();
    r.sdgs = n % 4 == 0 ? QList<int>{5, 16} : QList<int>();
    r.notes = n % 7 == 0 ? QStringLiteral("Note\non two lines") : QString();
    r.dueDate = n % 6 == 0 ? QDate(2015, 1, 1).addDays(n) : QDate();
    for (int i = 0; i < n % 4; ++i) {
        StatusChange change = RecommendationFactory::change(
            0, i % 2 == 0 ? Status::Accepted : Status::PartiallyImplemented, QDate(2010, 6, 10).addDays(n + 30 * i),
            QStringLiteral("entry %1").arg(i));
        if (i == 2)
            change.recordedAt = QDateTime(QDate(2011, 1, 1), QTime(12, 0), Qt::UTC);
        record.history << change;
    }
    return record;
}

// The file's bytes but for its change counter (header bytes 24-27, repeated
// at 92-95). Transaction rolls its outermost savepoint back with ROLLBACK TO
// and RELEASE, and SQLite then still writes the database's first page, whose
// size field had changed, with the counter incremented: the one difference a
// write that failed leaves.
QByteArray withoutChangeCounter(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = file.readAll();
    if (bytes.size() >= 100) {
        bytes.replace(24, 4, QByteArray(4, '\0'));
        bytes.replace(92, 4, QByteArray(4, '\0'));
    }
    return bytes;
}

QList<RecommendationRecord> batchRecords(int count)
{
    QList<RecommendationRecord> records;
    for (int n = 1; n <= count; ++n)
        records << batchRecord(n);
    return records;
}

} // namespace

void RecommendationRepositoryTest::everyFieldRoundTrips()
{
    TemporaryDatabase file;
    QVERIFY2(file.isValid(), qPrintable(file.error()));
    RecommendationRepository repository(file.database());
    Recommendation r = RecommendationFactory::upr(12);
    r.recommendedBy = {QStringLiteral("Norway"), QStringLiteral("Brazil"), QStringLiteral("Korea, Republic of")};
    r.themes = {QStringLiteral("Women's rights"), QStringLiteral("Торговля людьми")};
    r.affectedPersons = {QStringLiteral("women"), QStringLiteral("children")};
    r.sdgs = {5, 16};
    r.institutions = {QStringLiteral("Parliament"), QStringLiteral("Адам құқықтары жөніндегі уәкіл")};
    r.dueDate = QDate(2014, 10, 31);
    r.notes = QStringLiteral("Line one\nline two, \"quoted\"");
    const std::optional<qint64> id = repository.insert(r);
    QVERIFY2(id, qPrintable(repository.lastError()));
    const std::optional<Recommendation> read = repository.find(*id);
    QVERIFY(read);
    QCOMPARE(read->id, *id);
    QVERIFY(read->sameContent(r));
    QCOMPARE(read->recommendedBy, r.recommendedBy); // order kept, not alphabetical
    QCOMPARE(read->uprCycle, 1);
    QCOMPARE(read->uprSession, 7);
    QCOMPARE(read->documentDate, QDate(2010, 3, 16));

    Recommendation bare = RecommendationFactory::iccpr(3);
    bare.themes.clear();
    bare.institutions.clear();
    bare.dueDate = QDate();
    const std::optional<qint64> bareId = repository.insert(bare);
    QVERIFY(bareId);
    QVERIFY(repository.find(*bareId)->sameContent(bare));
    QCOMPARE(repository.find(*bareId)->uprSession, 0);
}

void RecommendationRepositoryTest::updateReplacesFieldsAndLists()
{
    TemporaryDatabase file;
    RecommendationRepository repository(file.database());
    const qint64 id = *repository.insert(RecommendationFactory::upr(1));
    Recommendation changed = *repository.find(id);
    changed.text = QStringLiteral("Establish a national preventive mechanism.");
    changed.paragraph = QStringLiteral("97.10");
    changed.recommendedBy = {QStringLiteral("Denmark")};
    changed.themes.clear();
    changed.sdgs = {16};
    QVERIFY2(repository.update(changed), qPrintable(repository.lastError()));
    QVERIFY(repository.find(id)->sameContent(changed));
    QCOMPARE(repository.count(RecommendationFilter()), std::optional<int>(1));
}

void RecommendationRepositoryTest::removeTakesTheHistoryAlong()
{
    TemporaryDatabase file;
    RecommendationRepository repository(file.database());
    const qint64 id = *repository.insert(RecommendationFactory::upr(1));
    QVERIFY(repository.appendStatusChange(RecommendationFactory::change(id, Status::Accepted, QDate(2010, 6, 10))));
    QVERIFY(repository.remove(id));
    QVERIFY(!repository.exists(id));
    QCOMPARE(repository.history(id).size(), 0);
    QVERIFY(!repository.remove(id));
    QVERIFY(repository.lastError().contains(QString::number(id)));
}

void RecommendationRepositoryTest::insertKeepsAGivenId()
{
    TemporaryDatabase file;
    RecommendationRepository repository(file.database());
    Recommendation r = RecommendationFactory::upr(1);
    r.id = 41;
    QCOMPARE(repository.insert(r), std::optional<qint64>(41));
    QVERIFY(!repository.insert(r)); // the id is taken
    QCOMPARE(repository.count(RecommendationFilter()), std::optional<int>(1));
}

void RecommendationRepositoryTest::invalidRecordIsRefusedAndNothingWritten_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("no text") << QStringLiteral("text") << QStringLiteral("text");
    QTest::newRow("no state") << QStringLiteral("state") << QStringLiteral("state under review");
    QTest::newRow("unknown mechanism") << QStringLiteral("mechanism") << QStringLiteral("Unknown mechanism");
    QTest::newRow("SDG 18") << QStringLiteral("sdg") << QStringLiteral("SDG 18");
}

void RecommendationRepositoryTest::invalidRecordIsRefusedAndNothingWritten()
{
    QFETCH(QString, field);
    QFETCH(QString, message);
    TemporaryDatabase file;
    RecommendationRepository repository(file.database());
    const qint64 id = *repository.insert(RecommendationFactory::upr(1));
    Recommendation bad = RecommendationFactory::upr(2);
    if (field == QLatin1String("text"))
        bad.text = QStringLiteral(" \n ");
    else if (field == QLatin1String("state"))
        bad.stateUnderReview.clear();
    else if (field == QLatin1String("mechanism"))
        bad.mechanism = QStringLiteral("unesco");
    else
        bad.sdgs = {16, 18};
    QVERIFY(!repository.insert(bad));
    QVERIFY2(repository.lastError().contains(message), qPrintable(repository.lastError()));
    bad.id = id;
    QVERIFY(!repository.update(bad));
    QVERIFY(repository.find(id)->sameContent(RecommendationFactory::upr(1)));
    QCOMPARE(repository.count(RecommendationFilter()), std::optional<int>(1));
}

void RecommendationRepositoryTest::missingIdsAreReported()
{
    TemporaryDatabase file;
    RecommendationRepository repository(file.database());
    QVERIFY(!repository.find(5));
    QVERIFY(repository.lastError().contains(QLatin1String("5")));
    Recommendation missing = RecommendationFactory::upr(1);
    missing.id = 5;
    QVERIFY(!repository.update(missing));
    QVERIFY(!repository.currentStatus(5));
    QVERIFY(!repository.removeStatusChange(5));
}

void RecommendationRepositoryTest::summariesFollowTheOrderOfIds()
{
    TemporaryDatabase file;
    RecommendationRepository repository(file.database());
    QList<qint64> ids;
    for (int i = 1; i <= 5; ++i)
        ids << *repository.insert(RecommendationFactory::upr(i));
    const QList<RecommendationSummary> summaries = repository.summaries({ids.at(3), 999, ids.at(0), ids.at(4)});
    QCOMPARE(summaries.size(), 3);
    QCOMPARE(summaries.at(0).id, ids.at(3));
    QCOMPARE(summaries.at(1).id, ids.at(0));
    QCOMPARE(summaries.at(0).paragraph, QStringLiteral("97.4"));
    QCOMPARE(summaries.at(0).recommendedBy, (QStringList{QStringLiteral("Brazil"), QStringLiteral("Norway")}));
    QCOMPARE(summaries.at(0).status, Status::Pending);
}

void RecommendationRepositoryTest::distinctValuesListWhatIsInUse()
{
    TemporaryDatabase file;
    RecommendationRepository repository(file.database());
    const qint64 upr = *repository.insert(RecommendationFactory::upr(1));
    repository.insert(RecommendationFactory::iccpr(2));
    QCOMPARE(repository.distinctValues(RecommendationList::Themes),
             (QStringList{QStringLiteral("International instruments"), QStringLiteral("Torture and other CID treatment")}));
    QCOMPARE(repository.statesUnderReview(), QStringList{QStringLiteral("Kazakhstan")});
    QVERIFY(repository.remove(upr));
    // A theme no record uses any more is no longer offered.
    QCOMPARE(repository.distinctValues(RecommendationList::Themes),
             QStringList{QStringLiteral("Torture and other CID treatment")});
    QCOMPARE(repository.distinctValues(RecommendationList::RecommendingStates), QStringList());
}

void RecommendationRepositoryTest::statesUnderReviewAreListedOnceIgnoringCase()
{
    TemporaryDatabase file;
    RecommendationRepository repository(file.database());
    QCOMPARE(repository.statesUnderReview(), QStringList());
    QList<qint64> ids;
    for (const QString &state : {QStringLiteral("kazakhstan"), QStringLiteral("Uzbekistan"), QStringLiteral("Armenia"),
                                 QStringLiteral("KAZAKHSTAN"), QStringLiteral("belarus"), QStringLiteral("Kazakhstan"),
                                 QStringLiteral("Armenia")}) {
        Recommendation recommendation = RecommendationFactory::upr(int(ids.size()) + 1);
        recommendation.stateUnderReview = state;
        ids << *repository.insert(recommendation);
    }
    // In the filter's order; one choice for the states the filter cannot
    // tell apart, as the earliest of their records spells it.
    QCOMPARE(repository.statesUnderReview(), (QStringList{QStringLiteral("Armenia"), QStringLiteral("belarus"),
                                                          QStringLiteral("kazakhstan"), QStringLiteral("Uzbekistan")}));
    QVERIFY(repository.remove(ids.at(0)));
    QVERIFY(repository.remove(ids.at(1)));
    QCOMPARE(repository.statesUnderReview(), (QStringList{QStringLiteral("Armenia"), QStringLiteral("belarus"),
                                                          QStringLiteral("KAZAKHSTAN")}));
}

void RecommendationRepositoryTest::batchStoresEveryValue_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("a few, straight into the tables") << 9;
    QTest::newRow("many, staged") << 700;
}

void RecommendationRepositoryTest::batchStoresEveryValue()
{
    QFETCH(int, count);
    TemporaryDatabase file;
    QVERIFY2(file.isValid(), qPrintable(file.error()));
    RecommendationRepository repository(file.database());
    const qint64 before = *repository.insert(RecommendationFactory::upr(1000));
    QList<RecommendationRecord> records = batchRecords(count);
    const QList<RecommendationRecord> given = records;
    QString error;
    QVERIFY2(RecordBatch::insert(file.database(), records, &error), qPrintable(error));

    QCOMPARE(repository.totalCount(), std::optional<int>(count + 1));
    for (int i = 0; i < count; ++i) {
        const Recommendation &stored = records.at(i).recommendation;
        QCOMPARE(stored.id, before + 1 + i); // numbered as SQLite numbers them
        const std::optional<Recommendation> read = repository.find(stored.id);
        QVERIFY(read);
        QVERIFY2(read->sameContent(given.at(i).recommendation), qPrintable(QString::number(i)));
        const QList<StatusChange> history = repository.history(stored.id);
        QCOMPARE(history.size(), given.at(i).history.size());
        // The entries come back with the ids and times filled in, as stored.
        for (const StatusChange &change : records.at(i).history) {
            QVERIFY(change.id > 0);
            QCOMPARE(change.recommendationId, stored.id);
            QVERIFY(history.contains(change));
        }
        const Status expected = history.isEmpty() ? Status::Pending : history.last().status;
        QCOMPARE(repository.currentStatus(stored.id), std::optional<Status>(expected));
    }
    // The search index holds every text, and finds one by a word of its own.
    QVERIFY2(SearchIndex::isConsistent(file.database(), &error), qPrintable(error));
    RecommendationFilter filter;
    filter.searchText = QStringLiteral("word%1x").arg(QString::number(count, 36));
    QCOMPARE(repository.matchingIds(filter), QList<qint64>{records.last().recommendation.id});
}

void RecommendationRepositoryTest::batchKeepsGivenIdsAndNumbersTheRest()
{
    TemporaryDatabase file;
    RecommendationRepository repository(file.database());
    QList<RecommendationRecord> records = batchRecords(600);
    // A record that brings its id keeps it; the ones after it continue from
    // the largest so far, as SQLite numbers rows.
    records[1].recommendation.id = 50;
    records[2].recommendation.id = 20;
    records[400].recommendation.id = 5000;
    records[6].history.first().id = 70;
    QString error;
    QVERIFY2(RecordBatch::insert(file.database(), records, &error), qPrintable(error));
    QCOMPARE(records.at(0).recommendation.id, 1);
    QCOMPARE(records.at(1).recommendation.id, 50);
    QCOMPARE(records.at(2).recommendation.id, 20);
    QCOMPARE(records.at(3).recommendation.id, 51);
    QCOMPARE(records.at(399).recommendation.id, 447);
    QCOMPARE(records.at(400).recommendation.id, 5000);
    QCOMPARE(records.at(401).recommendation.id, 5001);
    QCOMPARE(records.at(5).history.last().id, 9);
    QCOMPARE(records.at(6).history.first().id, 70);
    QCOMPARE(records.at(6).history.at(1).id, 71);
    for (const RecommendationRecord &record : records)
        QVERIFY(repository.find(record.recommendation.id)->sameContent(record.recommendation));
}

void RecommendationRepositoryTest::batchNormalisesListsAsASingleInsertDoes()
{
    TemporaryDatabase file;
    RecommendationRepository repository(file.database());
    QList<RecommendationRecord> records = batchRecords(300);
    records[0].recommendation.themes = {QStringLiteral("  Death   penalty "), QStringLiteral("death penalty"),
                                        QString(), QStringLiteral("Justice")};
    records[0].recommendation.recommendedBy = {QStringLiteral(" Norway")};
    // The vocabulary matches names as its NOCASE column does: ASCII case
    // only, so the accented spellings stay two names.
    records[1].recommendation.themes = {QStringLiteral("JUSTICE"), QStringLiteral("Éducation")};
    records[2].recommendation.themes = {QStringLiteral("éducation")};
    QString error;
    QVERIFY2(RecordBatch::insert(file.database(), records, &error), qPrintable(error));
    QCOMPARE(repository.find(records.at(0).recommendation.id)->themes,
             (QStringList{QStringLiteral("Death penalty"), QStringLiteral("Justice")}));
    QCOMPARE(repository.find(records.at(0).recommendation.id)->recommendedBy, QStringList{QStringLiteral("Norway")});
    QCOMPARE(repository.find(records.at(1).recommendation.id)->themes,
             (QStringList{QStringLiteral("Justice"), QStringLiteral("Éducation")}));
    QCOMPARE(repository.find(records.at(2).recommendation.id)->themes, QStringList{QStringLiteral("éducation")});
    // The same names one record at a time land the same way.
    Recommendation single = RecommendationFactory::upr(1);
    single.themes = {QStringLiteral("DEATH PENALTY"), QStringLiteral("éducation")};
    const std::optional<qint64> id = repository.insert(single);
    QVERIFY(id);
    QCOMPARE(repository.find(*id)->themes, (QStringList{QStringLiteral("Death penalty"), QStringLiteral("éducation")}));
}

void RecommendationRepositoryTest::failedBatchChangesNothing_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("failing");
    QTest::newRow("a few, straight into the tables") << 9 << 6;
    QTest::newRow("many, staged") << 700 << 600;
}

void RecommendationRepositoryTest::failedBatchChangesNothing()
{
    QFETCH(int, count);
    QFETCH(int, failing);
    TemporaryDatabase file;
    {
        RecommendationRepository repository(file.database());
        Recommendation taken = RecommendationFactory::upr(1);
        taken.id = 3;
        QVERIFY(repository.insert(taken));
    }
    file.close();
    const QByteArray before = withoutChangeCounter(file.path());
    QVERIFY(file.reopen());
    {
        // A record deep in the batch takes an id in use: the database refuses
        // it after the ones before it, their lists and a new name were written.
        QList<RecommendationRecord> records = batchRecords(count);
        records[1].recommendation.themes << QStringLiteral("A theme only this batch has");
        records[failing].recommendation.id = 3;
        QString error;
        QVERIFY(!RecordBatch::insert(file.database(), records, &error));
        QVERIFY2(error.contains(QStringLiteral("UNIQUE")), qPrintable(error));
        RecommendationRepository repository(file.database());
        QCOMPARE(repository.totalCount(), std::optional<int>(1));
    }
    file.close();
    QCOMPARE(withoutChangeCounter(file.path()), before);
    QVERIFY(file.reopen());
    // The next batch writes as if the failed one had never been.
    QList<RecommendationRecord> next = batchRecords(count);
    QString error;
    QVERIFY2(RecordBatch::insert(file.database(), next, &error), qPrintable(error));
    QCOMPARE(next.first().recommendation.id, 4);
    RecommendationRepository repository(file.database());
    QVERIFY(!repository.distinctValues(RecommendationList::Themes).contains(QStringLiteral("A theme only this batch has")));
    QVERIFY2(SearchIndex::isConsistent(file.database(), &error), qPrintable(error));
}

void RecommendationRepositoryTest::batchRemoveTakesListsAndHistories()
{
    TemporaryDatabase file;
    RecommendationRepository repository(file.database());
    QList<RecommendationRecord> records = batchRecords(700);
    QString error;
    QVERIFY2(RecordBatch::insert(file.database(), records, &error), qPrintable(error));
    QList<qint64> gone;
    for (int i = 0; i < 600; ++i)
        gone << records.at(i).recommendation.id;
    QVERIFY2(RecordBatch::remove(file.database(), gone, &error), qPrintable(error));
    QCOMPARE(repository.totalCount(), std::optional<int>(100));
    for (int i = 0; i < 700; ++i) {
        const qint64 id = records.at(i).recommendation.id;
        QCOMPARE(repository.exists(id), i >= 600);
        QCOMPARE(repository.history(id).size(), i >= 600 ? records.at(i).history.size() : 0);
    }
    QVERIFY2(SearchIndex::isConsistent(file.database(), &error), qPrintable(error));
    RecommendationFilter filter;
    filter.searchText = QStringLiteral("word%1x").arg(QString::number(1, 36));
    QCOMPARE(repository.matchingIds(filter), QList<qint64>());
    // The few left are removed straight, in one statement.
    QVERIFY2(RecordBatch::remove(file.database(), {records.at(600).recommendation.id, records.at(650).recommendation.id},
                                 &error),
             qPrintable(error));
    QCOMPARE(repository.totalCount(), std::optional<int>(98));
}

void RecommendationRepositoryTest::batchRemoveOfAMissingRecordChangesNothing()
{
    TemporaryDatabase file;
    RecommendationRepository repository(file.database());
    QList<RecommendationRecord> records = batchRecords(700);
    QString error;
    QVERIFY2(RecordBatch::insert(file.database(), records, &error), qPrintable(error));
    for (const int size : {3, 650}) {
        QList<qint64> ids;
        for (int i = 0; i < size; ++i)
            ids << records.at(i).recommendation.id;
        ids.insert(size / 2, 99999);
        QVERIFY(!RecordBatch::remove(file.database(), ids, &error));
        QVERIFY2(error.contains(QStringLiteral("99999")), qPrintable(error));
        QCOMPARE(repository.totalCount(), std::optional<int>(700));
        // An id given twice is missing at its second turn.
        ids.removeAt(size / 2);
        ids << ids.first();
        QVERIFY(!RecordBatch::remove(file.database(), ids, &error));
        QVERIFY2(error.contains(QString::number(ids.first())), qPrintable(error));
        QCOMPARE(repository.totalCount(), std::optional<int>(700));
        QCOMPARE(repository.history(records.at(1).recommendation.id).size(), records.at(1).history.size());
    }
}

void RecommendationRepositoryTest::statusChangesInABatch()
{
    TemporaryDatabase file;
    RecommendationRepository repository(file.database());
    QList<RecommendationRecord> records = batchRecords(400);
    QString error;
    QVERIFY2(RecordBatch::insert(file.database(), records, &error), qPrintable(error));
    QList<StatusChange> changes;
    for (const RecommendationRecord &record : records)
        changes << RecommendationFactory::change(record.recommendation.id, Status::Implemented, QDate(2030, 1, 1));
    QList<StatusChange> refused = changes;
    refused[300].recommendationId = 99999;
    QVERIFY(!StatusChangeBatch::append(file.database(), refused, &error));
    QVERIFY2(error.contains(QStringLiteral("99999")), qPrintable(error));
    QCOMPARE(repository.history(records.at(0).recommendation.id).size(), records.at(0).history.size());

    QVERIFY2(StatusChangeBatch::append(file.database(), changes, &error), qPrintable(error));
    QList<qint64> changeIds;
    for (int i = 0; i < changes.size(); ++i) {
        QVERIFY(changes.at(i).recordedAt.isValid());
        changeIds << changes.at(i).id;
        if (i > 0)
            QCOMPARE(changes.at(i).id, changes.at(i - 1).id + 1);
        QCOMPARE(repository.currentStatus(changes.at(i).recommendationId), std::optional<Status>(Status::Implemented));
        QVERIFY(repository.history(changes.at(i).recommendationId).contains(changes.at(i)));
    }
    changeIds.insert(200, 99999);
    QVERIFY(!StatusChangeBatch::remove(file.database(), changeIds, &error));
    QVERIFY2(error.contains(QStringLiteral("99999")), qPrintable(error));
    QCOMPARE(repository.currentStatus(records.at(0).recommendation.id), std::optional<Status>(Status::Implemented));
    changeIds.removeAt(200);
    QVERIFY2(StatusChangeBatch::remove(file.database(), changeIds, &error), qPrintable(error));
    for (const RecommendationRecord &record : records) {
        const Status expected = record.history.isEmpty() ? Status::Pending : record.history.last().status;
        QCOMPARE(repository.currentStatus(record.recommendation.id), std::optional<Status>(expected));
        QCOMPARE(repository.history(record.recommendation.id).size(), record.history.size());
    }
}

QTEST_GUILESS_MAIN(RecommendationRepositoryTest)
#include "tst_recommendationrepository.moc"
