// The table model over a real database: structure checked by
// QAbstractItemModelTester, edits arriving as row inserts, removals, moves
// and data changes (never resets), filters and SQL sorting.
#include "recommendationedits.h"
#include "recommendationfactory.h"
#include "recommendationrepository.h"
#include "recommendationtablemodel.h"
#include "temporarydatabase.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

class RecommendationTableModelTest : public QObject
{
    Q_OBJECT

private slots:
    void showsEveryRecordWithItsFields();
    void survivesTheModelTesterThroughEdits();
    void addAndDeleteAreRowInsertsAndRemovals();
    void statusChangeUpdatesTheRowInPlace();
    void filterLimitsRows();
    void sortsInSqlAndKeepsPersistentIndexes();
    void editThatLeavesTheFilterRemovesTheRow();
    void fetchesManyRowsLazily();
};

namespace {
struct Fixture {
    TemporaryDatabase file;
    RecommendationRepository repository{file.database()};
    RecommendationEdits edits{repository};
};

QList<qint64> addUpr(RecommendationEdits &edits, int count)
{
    QList<RecommendationRecord> records;
    for (int i = 1; i <= count; ++i)
        records << RecommendationRecord{RecommendationFactory::upr(i), {}};
    return edits.addRecords(records, QStringLiteral("add")).value_or(QList<qint64>());
}
} // namespace

void RecommendationTableModelTest::showsEveryRecordWithItsFields()
{
    Fixture f;
    QVERIFY(f.file.isValid());
    const QList<qint64> ids = addUpr(f.edits, 3);
    QCOMPARE(ids.size(), 3);
    RecommendationTableModel model(f.repository, *f.edits.notifier());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(RecommendationTableModel::ColumnCount));
    const int row = model.rowOf(ids.at(1));
    QCOMPARE(model.index(row, RecommendationTableModel::SymbolColumn).data().toString(), QStringLiteral("A/HRC/14/10"));
    QCOMPARE(model.index(row, RecommendationTableModel::ParagraphColumn).data().toString(), QStringLiteral("97.2"));
    QCOMPARE(model.index(row, RecommendationTableModel::MechanismColumn).data().toString(), QStringLiteral("UPR"));
    QCOMPARE(model.index(row, RecommendationTableModel::RecommendedByColumn).data().toString(),
             QStringLiteral("Brazil; Norway"));
    QCOMPARE(model.index(row, RecommendationTableModel::StatusColumn).data(RecommendationTableModel::StatusKeyRole).toString(),
             QStringLiteral("pending"));
    QCOMPARE(model.index(row, 0).data(RecommendationTableModel::IdRole).toLongLong(), ids.at(1));
    QVERIFY(!model.index(row, RecommendationTableModel::StatusColumn).data(Qt::DecorationRole).isNull());
    QCOMPARE(model.headerData(RecommendationTableModel::StatusColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("Status"));
}

void RecommendationTableModelTest::survivesTheModelTesterThroughEdits()
{
    Fixture f;
    const QList<qint64> ids = addUpr(f.edits, 20);
    RecommendationTableModel model(f.repository, *f.edits.notifier());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(RecommendationTableModel::ParagraphColumn, Qt::DescendingOrder);
    QVERIFY(f.edits.assignStatus(ids.mid(0, 5), Status::Accepted, QDate(2010, 6, 10)));
    QVERIFY(f.edits.deleteRecommendations(ids.mid(3, 4)));
    QVERIFY(f.edits.duplicate({ids.at(10)}).has_value());
    f.edits.undoStack()->undo();
    f.edits.undoStack()->undo();
    f.edits.undoStack()->redo();
    RecommendationFilter filter;
    filter.statuses = {Status::Accepted};
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 3); // 5 accepted, 2 of them deleted again by the redo
    model.setFilter(RecommendationFilter());
    QCOMPARE(model.rowCount(), 16);
}

void RecommendationTableModelTest::addAndDeleteAreRowInsertsAndRemovals()
{
    Fixture f;
    const QList<qint64> ids = addUpr(f.edits, 4);
    RecommendationTableModel model(f.repository, *f.edits.notifier());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    const std::optional<qint64> added = f.edits.addRecommendation({RecommendationFactory::iccpr(7), {}});
    QVERIFY(added);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 5);
    QVERIFY(model.rowOf(*added) >= 0);

    QVERIFY(f.edits.deleteRecommendations({ids.at(1), ids.at(2)}));
    QCOMPARE(removed.count(), 1); // adjacent rows go in one run
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOf(ids.at(1)), -1);

    f.edits.undoStack()->undo(); // the two come back where they were
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.rowOf(ids.at(1)), 1);
    QCOMPARE(model.rowOf(ids.at(2)), 2);
    QCOMPARE(resets.count(), 0);
}

void RecommendationTableModelTest::statusChangeUpdatesTheRowInPlace()
{
    Fixture f;
    const QList<qint64> ids = addUpr(f.edits, 3);
    RecommendationTableModel model(f.repository, *f.edits.notifier());
    const QModelIndex statusCell = model.index(model.rowOf(ids.at(2)), RecommendationTableModel::StatusColumn);
    QCOMPARE(statusCell.data(RecommendationTableModel::StatusKeyRole).toString(), QStringLiteral("pending"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QVERIFY(f.edits.assignStatus({ids.at(2)}, Status::Implemented, QDate(2020, 1, 1)));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), statusCell.row());
    QCOMPARE(statusCell.data(RecommendationTableModel::StatusKeyRole).toString(), QStringLiteral("implemented"));
    f.edits.undoStack()->undo();
    QCOMPARE(statusCell.data(RecommendationTableModel::StatusKeyRole).toString(), QStringLiteral("pending"));
    QCOMPARE(resets.count(), 0);
}

void RecommendationTableModelTest::filterLimitsRows()
{
    Fixture f;
    addUpr(f.edits, 3);
    QVERIFY(f.edits.addRecommendation({RecommendationFactory::iccpr(8), {}}));
    RecommendationTableModel model(f.repository, *f.edits.notifier());
    RecommendationFilter filter;
    filter.mechanisms = {QStringLiteral("iccpr")};
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, RecommendationTableModel::SymbolColumn).data().toString(), QStringLiteral("CCPR/C/KAZ/CO/1"));
    filter = RecommendationFilter();
    filter.searchText = QStringLiteral("TORTUR");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 1);
    filter.searchText = QStringLiteral("instrument");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 3);
}

void RecommendationTableModelTest::sortsInSqlAndKeepsPersistentIndexes()
{
    Fixture f;
    const QList<qint64> ids = addUpr(f.edits, 12); // paragraphs 97.1 .. 97.12
    RecommendationTableModel model(f.repository, *f.edits.notifier());
    const QPersistentModelIndex tenth(model.index(model.rowOf(ids.at(9)), 0));
    model.sort(RecommendationTableModel::ParagraphColumn, Qt::AscendingOrder);
    QCOMPARE(model.index(1, RecommendationTableModel::ParagraphColumn).data().toString(), QStringLiteral("97.2"));
    QCOMPARE(model.index(11, RecommendationTableModel::ParagraphColumn).data().toString(), QStringLiteral("97.12"));
    model.sort(RecommendationTableModel::ParagraphColumn, Qt::DescendingOrder);
    QCOMPARE(model.index(0, RecommendationTableModel::ParagraphColumn).data().toString(), QStringLiteral("97.12"));
    QVERIFY(tenth.isValid());
    QCOMPARE(tenth.data(RecommendationTableModel::IdRole).toLongLong(), ids.at(9));
    QCOMPARE(tenth.row(), 2);
}

void RecommendationTableModelTest::editThatLeavesTheFilterRemovesTheRow()
{
    Fixture f;
    const QList<qint64> ids = addUpr(f.edits, 3);
    RecommendationTableModel model(f.repository, *f.edits.notifier());
    RecommendationFilter filter;
    filter.statuses = {Status::Pending};
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(f.edits.assignStatus({ids.at(0)}, Status::Accepted, QDate(2010, 6, 10)));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(ids.at(0)), -1);
    f.edits.undoStack()->undo();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOf(ids.at(0)), 0);
}

void RecommendationTableModelTest::fetchesManyRowsLazily()
{
    Fixture f;
    QList<RecommendationRecord> records;
    for (int i = 1; i <= 3000; ++i)
        records << RecommendationRecord{RecommendationFactory::upr(i), {}};
    QVERIFY(f.edits.addRecords(records, QStringLiteral("many")));
    RecommendationTableModel model(f.repository, *f.edits.notifier());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 3000);
    model.sort(RecommendationTableModel::ParagraphColumn, Qt::AscendingOrder);
    QCOMPARE(model.index(2999, RecommendationTableModel::ParagraphColumn).data().toString(), QStringLiteral("97.3000"));
    QCOMPARE(model.index(1500, RecommendationTableModel::ParagraphColumn).data().toString(), QStringLiteral("97.1501"));
}

QTEST_MAIN(RecommendationTableModelTest)
#include "tst_recommendationtablemodel.moc"
