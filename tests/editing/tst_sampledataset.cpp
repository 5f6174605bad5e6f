// The bundled illustrative sample: labelled, of the promised size and
// content, every record valid, and added in one undoable step.
#include "recommendationedits.h"
#include "recommendationrepository.h"
#include "sampledataset.h"
#include "temporarydatabase.h"

#include <QSet>
#include <QTest>

class SampleDatasetTest : public QObject
{
    Q_OBJECT

private slots:
    void isLabelledAndCoversBothMechanisms();
    void loadsAsOneUndoStepWithItsHistories();
};

void SampleDatasetTest::isLabelledAndCoversBothMechanisms()
{
    QString error;
    const auto sample = SampleDataset::load(&error);
    QVERIFY2(sample, qPrintable(error));
    QVERIFY(sample->label.contains(QLatin1String("Illustrative")));
    QVERIFY(sample->records.size() >= 30 && sample->records.size() <= 60);
    QSet<QString> symbols;
    int withoutHistory = 0;
    for (const RecommendationRecord &record : sample->records) {
        QVERIFY2(record.recommendation.validationErrors().isEmpty(), qPrintable(record.recommendation.paragraph));
        QCOMPARE(record.recommendation.stateUnderReview, QStringLiteral("Kazakhstan"));
        symbols.insert(record.recommendation.symbol);
        if (record.history.isEmpty())
            ++withoutHistory;
        for (const StatusChange &change : record.history) {
            QVERIFY(change.effectiveDate.year() >= 2010 && change.effectiveDate.year() <= 2024);
        }
    }
    QCOMPARE(symbols, (QSet<QString>{QStringLiteral("A/HRC/14/10"), QStringLiteral("CCPR/C/KAZ/CO/1")}));
    QVERIFY(withoutHistory > 0); // some still pending with no entry at all
}

void SampleDatasetTest::loadsAsOneUndoStepWithItsHistories()
{
    QString error;
    const auto sample = SampleDataset::load(&error);
    QVERIFY(sample);
    TemporaryDatabase file;
    RecommendationRepository repository(file.database());
    RecommendationEdits edits(repository);
    const auto ids = edits.addRecords(sample->records, QStringLiteral("sample"));
    QVERIFY2(ids, qPrintable(edits.lastError()));
    QCOMPARE(edits.undoStack()->count(), 1);
    QCOMPARE(repository.count(RecommendationFilter()), std::optional<int>(int(sample->records.size())));
    RecommendationFilter iccpr;
    iccpr.mechanisms = {QStringLiteral("iccpr")};
    QVERIFY(repository.count(iccpr).value_or(0) > 0);
    int entries = 0;
    for (const RecommendationRecord &record : sample->records)
        entries += int(record.history.size());
    int stored = 0;
    for (qint64 id : *ids)
        stored += int(repository.history(id).size());
    QCOMPARE(stored, entries);
    edits.undoStack()->undo();
    QCOMPARE(repository.count(RecommendationFilter()), std::optional<int>(0));
}

QTEST_GUILESS_MAIN(SampleDatasetTest)
#include "tst_sampledataset.moc"
