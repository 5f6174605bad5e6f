// The history beside the editor: ordered by effective date, the entry that
// defines the current status marked, following assignments, undo and delete.
#include "recommendationedits.h"
#include "recommendationfactory.h"
#include "recommendationrepository.h"
#include "statushistorymodel.h"
#include "temporarydatabase.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QTest>

class StatusHistoryModelTest : public QObject
{
    Q_OBJECT

private slots:
    void ordersByEffectiveDateAndMarksTheCurrentEntry();
    void followsAssignmentsUndoAndDelete();
};

void StatusHistoryModelTest::ordersByEffectiveDateAndMarksTheCurrentEntry()
{
    TemporaryDatabase file;
    QVERIFY(file.isValid());
    RecommendationRepository repository(file.database());
    RecommendationEdits edits(repository);
    const std::optional<qint64> id = edits.addRecommendation({RecommendationFactory::upr(1), {}});
    QVERIFY(id);
    QVERIFY(edits.assignStatus({*id}, Status::Implemented, QDate(2022, 3, 24), QStringLiteral("law")));
    // Recorded later but back-dated: it goes before the 2022 entry and does not become current.
    QVERIFY(edits.assignStatus({*id}, Status::Accepted, QDate(2010, 6, 10)));

    StatusHistoryModel model(repository, *edits.notifier());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRecommendation(*id);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.changeAt(0).status, Status::Accepted);
    QCOMPARE(model.changeAt(1).status, Status::Implemented);
    QCOMPARE(model.index(1, StatusHistoryModel::NoteColumn).data().toString(), QStringLiteral("law"));
    QVERIFY(model.index(1, StatusHistoryModel::StatusColumn).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(model.index(0, StatusHistoryModel::StatusColumn).data(Qt::FontRole).isNull());
    QCOMPARE(model.index(0, StatusHistoryModel::StatusColumn).data().toString(), StatusInfo::label(Status::Accepted));
}

void StatusHistoryModelTest::followsAssignmentsUndoAndDelete()
{
    TemporaryDatabase file;
    RecommendationRepository repository(file.database());
    RecommendationEdits edits(repository);
    const std::optional<qint64> id = edits.addRecommendation({RecommendationFactory::iccpr(5), {}});
    const std::optional<qint64> other = edits.addRecommendation({RecommendationFactory::iccpr(6), {}});
    QVERIFY(id && other);
    StatusHistoryModel model(repository, *edits.notifier());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRecommendation(*id);
    QCOMPARE(model.rowCount(), 0);

    QVERIFY(edits.assignStatus({*id, *other}, Status::PartiallyImplemented, QDate(2015, 1, 1)));
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(edits.assignStatus({*other}, Status::Implemented, QDate(2016, 1, 1)));
    QCOMPARE(model.rowCount(), 1); // another record's history
    edits.undoStack()->undo();
    edits.undoStack()->undo();
    QCOMPARE(model.rowCount(), 0);
    edits.undoStack()->redo();
    QCOMPARE(model.rowCount(), 1);

    QVERIFY(edits.deleteRecommendations({*id}));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.recommendation(), qint64(0));
}

QTEST_MAIN(StatusHistoryModelTest)
#include "tst_statushistorymodel.moc"
