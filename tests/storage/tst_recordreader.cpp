// RecordReader gives, for many ids at once, exactly what find() and history()
// give one record at a time: every field, the lists in their order, the
// SDGs and the history in its order, over several pieces of ids, in the
// order asked for, repeats included. A missing id and a stop through the
// progress callback give no records.
#include "database.h"
#include "recommendationfactory.h"
#include "recommendationrepository.h"
#include "recordbatch.h"
#include "recordreader.h"
#include "temporarydatabase.h"
#include "transaction.h"

#include <QTest>

#include <algorithm>

class RecordReaderTest : public QObject
{
    Q_OBJECT

private slots:
    void readsWhatFindAndHistoryRead();
    void leavesTheHistoryWhenNotAsked();
    void aMissingIdIsNamed();
    void progressCanStopTheReading();
    void noIdsNoRecords();
    void readsInsideAnOpenTransaction();
};

namespace {

// Lists, SDGs, dates and histories that differ from one record to the next,
// some of them empty.
QList<RecommendationRecord> variedRecords(int count)
{
    QList<RecommendationRecord> records;
    for (int n = 1; n <= count; ++n) {
        RecommendationRecord record;
        Recommendation &r = record.recommendation;
        r = n % 3 == 0 ? RecommendationFactory::iccpr(n) : RecommendationFactory::upr(n);
        r.text = QStringLiteral("Record %1: защита құқықтары, éducation.").arg(n);
        r.themes = n % 4 == 0 ? QStringList() : QStringList{QStringLiteral("Theme %1").arg(n % 7), QStringLiteral("Justice")};
        r.recommendedBy = n % 5 == 0 ? QStringList() : QStringList{QStringLiteral("Norway"), QStringLiteral("State %1").arg(n % 11)};
        r.affectedPersons = n % 2 == 0 ? QStringList{QStringLiteral("children")} : QStringList();
        r.institutions = n % 6 == 0 ? QStringList{QStringLiteral("Parliament"), QStringLiteral("Ombudsman")} : QStringList();
        r.sdgs = n % 3 == 0 ? QList<int>{16, 5} : QList<int>();
        r.documentDate = n % 8 == 0 ? QDate() : QDate(2008, 1, 1).addDays(n * 3);
        r.dueDate = n % 9 == 0 ? QDate(2030, 1, 1) : QDate();
        r.notes = n % 10 == 0 ? QStringLiteral("note %1").arg(n) : QString();
        for (int i = n % 4; i > 0; --i)
            record.history << RecommendationFactory::change(0, static_cast<Status>((n + i) % 5),
                                                            QDate(2012, 1, 1).addDays((n * i) % 900),
                                                            QStringLiteral("entry %1").arg(i));
        records << record;
    }
    return records;
}

} // namespace

void RecordReaderTest::readsWhatFindAndHistoryRead()
{
    TemporaryDatabase file;
    QVERIFY(file.isValid());
    QList<RecommendationRecord> stored = variedRecords(1203); // three pieces: 500, 500, 203
    QString error;
    QVERIFY2(RecordBatch::insert(file.database(), stored, &error), qPrintable(error));
    QList<qint64> ids;
    for (const RecommendationRecord &record : stored)
        ids << record.recommendation.id;
    // Not in the order stored, and with repeats.
    std::reverse(ids.begin(), ids.end());
    ids << ids.at(7) << ids.at(1100);

    QList<int> progress;
    const std::optional<QList<RecommendationRecord>> read = RecordReader::read(
        file.database(), ids, RecordReader::History::Read, &error, [&progress](int done, int total) {
            progress << done << total;
            return true;
        });
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->size(), ids.size());
    QCOMPARE(progress, (QList<int>{500, 1203, 1000, 1203, 1203, 1203}));
    RecommendationRepository repository(file.database());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const RecommendationRecord &record = read->at(i);
        const std::optional<Recommendation> found = repository.find(ids.at(i));
        QVERIFY(found);
        QCOMPARE(record.recommendation.id, ids.at(i));
        QVERIFY2(record.recommendation.sameContent(*found), qPrintable(QString::number(ids.at(i))));
        QCOMPARE(record.recommendation.themes, found->themes);
        QCOMPARE(record.recommendation.recommendedBy, found->recommendedBy);
        QCOMPARE(record.recommendation.institutions, found->institutions);
        QCOMPARE(record.recommendation.sdgs, found->sdgs);
        QCOMPARE(record.history, repository.history(ids.at(i)));
    }
}

void RecordReaderTest::leavesTheHistoryWhenNotAsked()
{
    TemporaryDatabase file;
    QList<RecommendationRecord> stored = variedRecords(7);
    QString error;
    QVERIFY2(RecordBatch::insert(file.database(), stored, &error), qPrintable(error));
    const std::optional<QList<RecommendationRecord>> read =
        RecordReader::read(file.database(), {stored.at(2).recommendation.id}, RecordReader::History::Left, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->size(), 1);
    QVERIFY(read->first().recommendation.sameContent(
        *RecommendationRepository(file.database()).find(stored.at(2).recommendation.id)));
    QVERIFY(!stored.at(2).history.isEmpty());
    QVERIFY(read->first().history.isEmpty());
}

void RecordReaderTest::aMissingIdIsNamed()
{
    TemporaryDatabase file;
    QList<RecommendationRecord> stored = variedRecords(3);
    QString error;
    QVERIFY2(RecordBatch::insert(file.database(), stored, &error), qPrintable(error));
    const std::optional<QList<RecommendationRecord>> read = RecordReader::read(
        file.database(), {stored.at(0).recommendation.id, 9999, stored.at(2).recommendation.id},
        RecordReader::History::Read, &error);
    QVERIFY(!read);
    QCOMPARE(error, QStringLiteral("There is no recommendation with id 9999."));
}

void RecordReaderTest::progressCanStopTheReading()
{
    TemporaryDatabase file;
    QList<RecommendationRecord> stored = variedRecords(600);
    QString error;
    QVERIFY2(RecordBatch::insert(file.database(), stored, &error), qPrintable(error));
    QList<qint64> ids;
    for (const RecommendationRecord &record : stored)
        ids << record.recommendation.id;
    int calls = 0;
    error = QStringLiteral("left over");
    const std::optional<QList<RecommendationRecord>> read =
        RecordReader::read(file.database(), ids, RecordReader::History::Read, &error, [&calls](int, int) {
            ++calls;
            return false;
        });
    QVERIFY(!read);
    QCOMPARE(calls, 1);
    QVERIFY(error.isEmpty());
}

void RecordReaderTest::noIdsNoRecords()
{
    TemporaryDatabase file;
    QString error;
    const std::optional<QList<RecommendationRecord>> read =
        RecordReader::read(file.database(), {}, RecordReader::History::Read, &error);
    QVERIFY2(read, qPrintable(error));
    QVERIFY(read->isEmpty());
}

void RecordReaderTest::readsInsideAnOpenTransaction()
{
    // As a delete command does: it reads what it will delete in its own
    // transaction, sees what that transaction wrote, and leaves it open.
    TemporaryDatabase file;
    QList<RecommendationRecord> stored = variedRecords(4);
    QString error;
    QVERIFY2(RecordBatch::insert(file.database(), stored, &error), qPrintable(error));
    RecommendationRepository repository(file.database());
    Transaction outer(file.database());
    QVERIFY(outer.isActive());
    Recommendation changed = *repository.find(stored.at(1).recommendation.id);
    changed.notes = QStringLiteral("written in the open transaction");
    QVERIFY(repository.update(changed));
    const std::optional<QList<RecommendationRecord>> read =
        RecordReader::read(file.database(), {changed.id}, RecordReader::History::Read, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->first().recommendation.notes, changed.notes);
    outer.rollback();
    QCOMPARE(repository.find(changed.id)->notes, stored.at(1).recommendation.notes);
}

QTEST_GUILESS_MAIN(RecordReaderTest)
#include "tst_recordreader.moc"
