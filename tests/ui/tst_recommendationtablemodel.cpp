// The table model over a real database: structure checked by
// QAbstractItemModelTester (Fatal), edits arriving as row inserts, removals,
// layout changes and data changes (never resets), under every sort, with the
// selection and the current row staying on their records; filters, SQL
// sorting, reading a selection's ids in one go, and the relevance column.
#include "recommendationedits.h"
#include "recommendationfactory.h"
#include "recommendationlisting.h"
#include "recommendationrepository.h"
#include "recommendationtablemodel.h"
#include "temporarydatabase.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
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
    void statusForManyRowsRepaintsTheirCells();
    void filterLimitsRows();
    void sortsInSqlAndKeepsPersistentIndexes();
    void editThatLeavesTheFilterRemovesTheRow();
    void fetchesManyRowsLazily();
    void editsKeepRowsAndSelection_data();
    void editsKeepRowsAndSelection();
    void thousandsOfRowsThroughLargeEdits();
    void anImportOfThousandsStartsTheTableAfresh();
    void editOfARecordNeverShown();
    void readsTheIdsOfManyRowsAtOnce();
    void relevanceColumnDuringASearch();
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

// Records that differ in every sorted field, some fields missing.
Recommendation varied(int n)
{
    Recommendation r = n % 3 == 0 ? RecommendationFactory::iccpr(n) : RecommendationFactory::upr(n);
    r.symbol = QStringList{QStringLiteral("A/HRC/14/10"), QStringLiteral("a/hrc/20/3"), QStringLiteral("CAT/C/KAZ/CO/3")}
                   .at(n % 3);
    r.paragraph = QStringLiteral("%1.%2").arg(90 + n % 7).arg(n % 13);
    r.stateUnderReview = n % 2 ? QStringLiteral("Kazakhstan") : QStringLiteral("mongolia");
    r.documentDate = n % 5 == 0 ? QDate() : QDate(2008 + n % 11, 1 + n % 12, 1);
    r.dueDate = n % 2 == 0 ? QDate() : QDate(2012 + n % 5, 6, 30);
    const QStringList themes{QStringLiteral("Torture"), QStringLiteral("justice"), QStringLiteral("Women's rights")};
    r.themes = n % 4 == 0 ? QStringList() : QStringList{themes.at(n % 3)};
    r.recommendedBy = n % 3 == 1 ? QStringList{QStringLiteral("Brazil")} : QStringList{QStringLiteral("chile")};
    return r;
}

// What the model shows, row by row.
QList<qint64> shownIds(const RecommendationTableModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(RecommendationTableModel::IdRole).toLongLong();
    return ids;
}

QList<qint64> selectedIds(const QItemSelectionModel &selection, const RecommendationTableModel &model)
{
    QList<qint64> ids;
    for (const QModelIndex &index : selection.selectedRows())
        ids << model.idAt(index.row());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void select(QItemSelectionModel &selection, const RecommendationTableModel &model, const QList<qint64> &ids)
{
    QItemSelection rows;
    for (int row : model.rowsOf(ids))
        rows.select(model.index(row, 0), model.index(row, RecommendationTableModel::ColumnCount - 1));
    selection.select(rows, QItemSelectionModel::ClearAndSelect);
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
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
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
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QCOMPARE(model.rowOf(ids.at(1)), 1); // known from now on

    const std::optional<qint64> added = f.edits.addRecommendation({RecommendationFactory::iccpr(7), {}});
    QVERIFY(added);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 5);
    QVERIFY(model.rowOf(*added) >= 0);

    QCOMPARE(model.idsInRows(1, 2), (QList<qint64>{ids.at(1), ids.at(2)})); // as a selection reads them
    QVERIFY(f.edits.deleteRecommendations({ids.at(1), ids.at(2)}));
    QCOMPARE(removed.count(), 1); // adjacent rows go in one run
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOf(ids.at(1)), -1);

    f.edits.undoStack()->undo(); // the two come back where they were
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.rowOf(ids.at(1)), 1);
    QCOMPARE(model.rowOf(ids.at(2)), 2);
    QCOMPARE(inserted.count(), 2);
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
    QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
    QVERIFY(f.edits.assignStatus({ids.at(2)}, Status::Implemented, QDate(2020, 1, 1)));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), statusCell.row());
    QCOMPARE(statusCell.data(RecommendationTableModel::StatusKeyRole).toString(), QStringLiteral("implemented"));
    f.edits.undoStack()->undo();
    QCOMPARE(statusCell.data(RecommendationTableModel::StatusKeyRole).toString(), QStringLiteral("pending"));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(layouts.count(), 0); // nothing moved, so nothing was laid out again
}

void RecommendationTableModelTest::statusForManyRowsRepaintsTheirCells()
{
    // A status for a whole selection, under a sort and filter that ignore
    // statuses: nothing moves, the cells read show the new status.
    Fixture f;
    const QList<qint64> ids = addUpr(f.edits, 300);
    RecommendationTableModel model(f.repository, *f.edits.notifier());
    for (int row = 0; row < 120; ++row)
        QCOMPARE(model.index(row, RecommendationTableModel::StatusColumn).data(RecommendationTableModel::StatusKeyRole),
                 QVariant(QStringLiteral("pending")));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
    QVERIFY(f.edits.assignStatus(ids.mid(10, 200), Status::Accepted, QDate(2021, 3, 1)));
    QCOMPARE(layouts.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 10);
    QCOMPARE(model.rowCount(), 300);
    for (int row = 0; row < 300; ++row) {
        const bool assigned = row >= 10 && row < 210;
        QCOMPARE(model.idAt(row), ids.at(row));
        QCOMPARE(model.index(row, RecommendationTableModel::StatusColumn).data(RecommendationTableModel::StatusKeyRole),
                 QVariant(assigned ? QStringLiteral("accepted") : QStringLiteral("pending")));
    }
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
    QVERIFY(model.isSearching());
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
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 3000);
    model.sort(RecommendationTableModel::ParagraphColumn, Qt::AscendingOrder);
    QCOMPARE(model.index(2999, RecommendationTableModel::ParagraphColumn).data().toString(), QStringLiteral("97.3000"));
    QCOMPARE(model.index(1500, RecommendationTableModel::ParagraphColumn).data().toString(), QStringLiteral("97.1501"));
}

void RecommendationTableModelTest::editsKeepRowsAndSelection_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("search");
    for (int column = -1; column < RecommendationTableModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QTest::addRow("column %d %s", column, order == Qt::AscendingOrder ? "asc" : "desc")
                << column << int(order) << QString();
        }
    }
    QTest::newRow("relevance during a search")
        << int(RecommendationTableModel::RelevanceColumn) << int(Qt::DescendingOrder) << QStringLiteral("number");
    QTest::newRow("date during a search")
        << int(RecommendationTableModel::DateColumn) << int(Qt::AscendingOrder) << QStringLiteral("number");
}

void RecommendationTableModelTest::editsKeepRowsAndSelection()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QString, search);
    Fixture f;
    QList<RecommendationRecord> records;
    for (int n = 1; n <= 40; ++n)
        records << RecommendationRecord{varied(n), {}};
    const QList<qint64> ids = f.edits.addRecords(records, QStringLiteral("add")).value_or(QList<qint64>());
    QCOMPARE(ids.size(), 40);
    RecommendationTableModel model(f.repository, *f.edits.notifier());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    RecommendationFilter filter;
    filter.searchText = search;
    model.setFilter(filter);
    model.sort(column, Qt::SortOrder(order));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    RecommendationListing listing(f.file.database());

    // Five records, one of them current; read as MainWindow reads them.
    QItemSelectionModel selection(&model);
    QList<qint64> selected{ids.at(3), ids.at(4), ids.at(17), ids.at(30), ids.at(31)};
    select(selection, model, selected);
    const qint64 current = ids.at(17);
    selection.setCurrentIndex(model.index(model.rowOf(current), 0), QItemSelectionModel::NoUpdate);
    QCOMPARE(model.idsInRows(0, model.rowCount() - 1).size(), 40);
    std::sort(selected.begin(), selected.end());
    QCOMPARE(selectedIds(selection, model), selected);

    auto check = [&](const char *step) {
        const QList<qint64> expected =
            listing.idsInRange(filter, model.sortKey(), model.sortOrder(), 0, 1000).value_or(QList<qint64>());
        QVERIFY2(model.rowCount() == expected.size(), step);
        QVERIFY2(shownIds(model) == expected, step);
        QList<qint64> stillThere;
        for (qint64 id : selected) {
            if (expected.contains(id))
                stillThere << id;
        }
        QVERIFY2(selectedIds(selection, model) == stillThere, step);
        if (expected.contains(current))
            QVERIFY2(model.idAt(selection.currentIndex().row()) == current, step);
        QVERIFY2(resets.isEmpty(), step);
    };

    const std::optional<qint64> added = f.edits.addRecommendation({varied(57), {}});
    QVERIFY(added);
    check("add");
    Recommendation edited = *f.repository.find(ids.at(17));
    edited.paragraph = QStringLiteral("1.1");
    edited.documentDate = QDate(2001, 1, 1);
    edited.themes = {QStringLiteral("Access to justice")};
    edited.symbol = QStringLiteral("0/FIRST");
    edited.text = QStringLiteral("number number number, the best match");
    QVERIFY(f.edits.updateRecommendation(edited));
    check("edit of the current record");
    Recommendation other = *f.repository.find(ids.at(20));
    other.stateUnderReview = QStringLiteral("Zimbabwe");
    other.dueDate = QDate(2030, 1, 1);
    other.recommendedBy = {QStringLiteral("Albania")};
    QVERIFY(f.edits.updateRecommendation(other));
    check("edit of a record not selected");
    QVERIFY(f.edits.assignStatus({ids.at(3), ids.at(4), ids.at(9)}, Status::Implemented, QDate(2020, 1, 1)));
    check("status of selected and other records");
    QVERIFY(f.edits.deleteRecommendations({ids.at(12), ids.at(25)}));
    check("delete of records not selected");
    QVERIFY(f.edits.deleteRecommendations({ids.at(30)}));
    selected.removeOne(ids.at(30)); // and not selected again when it comes back
    check("delete of a selected record");
    for (int i = 0; i < 6; ++i) {
        f.edits.undoStack()->undo();
        check("undo");
    }
    for (int i = 0; i < 3; ++i) {
        f.edits.undoStack()->redo();
        check("redo");
    }
}

void RecommendationTableModelTest::thousandsOfRowsThroughLargeEdits()
{
    Fixture f;
    QList<RecommendationRecord> records;
    for (int n = 1; n <= 4000; ++n)
        records << RecommendationRecord{varied(n), {}};
    const QList<qint64> ids = f.edits.addRecords(records, QStringLiteral("many")).value_or(QList<qint64>());
    QCOMPARE(ids.size(), 4000);
    RecommendationTableModel model(f.repository, *f.edits.notifier());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    RecommendationListing listing(f.file.database());
    model.sort(RecommendationTableModel::StatusColumn, Qt::AscendingOrder);

    // A long range of rows selected and its ids read, as before an edit.
    QItemSelectionModel selection(&model);
    selection.select(QItemSelection(model.index(1000, 0), model.index(2999, RecommendationTableModel::ColumnCount - 1)),
                     QItemSelectionModel::ClearAndSelect);
    QList<qint64> selected = model.idsInRows(1000, 2999);
    QCOMPARE(selected.size(), 2000);
    std::sort(selected.begin(), selected.end());

    auto check = [&](const char *step) {
        const QList<qint64> expected =
            listing.idsInRange({}, model.sortKey(), model.sortOrder(), 0, 100000).value_or(QList<qint64>());
        QVERIFY2(model.rowCount() == expected.size(), step);
        for (int row = 0; row < expected.size(); row += 97)
            QVERIFY2(model.idAt(row) == expected.at(row), step);
        QVERIFY2(model.idsInRows(0, model.rowCount() - 1) == expected, step);
        QList<qint64> stillThere;
        for (qint64 id : selected) {
            if (expected.contains(id))
                stillThere << id;
        }
        QVERIFY2(selectedIds(selection, model) == stillThere, step);
        QVERIFY2(resets.isEmpty(), step);
    };

    // Every third selected record moves to the end (implemented sorts last).
    QList<qint64> moved;
    for (int i = 0; i < selected.size(); i += 3)
        moved << selected.at(i);
    QVERIFY(f.edits.assignStatus(moved, Status::Implemented, QDate(2021, 1, 1)));
    check("status of many selected records");
    QList<RecommendationRecord> more;
    for (int n = 5001; n <= 5600; ++n)
        more << RecommendationRecord{varied(n), {}};
    QVERIFY(f.edits.addRecords(more, QStringLiteral("import")));
    check("many records added, everywhere");
    QList<qint64> scattered;
    for (int i = 0; i < ids.size(); i += 4)
        scattered << ids.at(i);
    QVERIFY(model.idsInRows(0, model.rowCount() - 1).size() > 0); // the rows are known, as after Select All
    QVERIFY(f.edits.deleteRecommendations(scattered));
    for (qint64 id : scattered)
        selected.removeOne(id);
    check("many records deleted, everywhere");
    f.edits.undoStack()->undo();
    check("undo of the delete");
    f.edits.undoStack()->undo();
    check("undo of the import");
    model.sort(RecommendationTableModel::ThemesColumn, Qt::DescendingOrder);
    check("another sort");
    f.edits.undoStack()->undo();
    check("undo of the status");
}

void RecommendationTableModelTest::anImportOfThousandsStartsTheTableAfresh()
{
    // Placing each of thousands of added records would be a pass over all
    // the others on the GUI thread; the table starts afresh instead, in its
    // sort, with every row where the listing puts it.
    Fixture f;
    QList<RecommendationRecord> first;
    for (int n = 1; n <= 300; ++n)
        first << RecommendationRecord{varied(n), {}};
    QVERIFY(f.edits.addRecords(first, QStringLiteral("first")));
    RecommendationTableModel model(f.repository, *f.edits.notifier());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.sort(RecommendationTableModel::StateColumn, Qt::DescendingOrder);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QList<RecommendationRecord> many;
    for (int n = 1001; n <= 1000 + RecommendationTableModel::addedRecordsPlaced + 1; ++n)
        many << RecommendationRecord{varied(n), {}};
    QVERIFY(f.edits.addRecords(many, QStringLiteral("import")));
    QCOMPARE(resets.size(), 1);
    QCOMPARE(inserts.size(), 0);
    RecommendationListing listing(f.file.database());
    const QList<qint64> expected =
        listing.idsInRange({}, model.sortKey(), model.sortOrder(), 0, 100000).value_or(QList<qint64>());
    QCOMPARE(model.rowCount(), 300 + RecommendationTableModel::addedRecordsPlaced + 1);
    QCOMPARE(model.idsInRows(0, model.rowCount() - 1), expected);
    // Its undo removes rows as any delete does.
    f.edits.undoStack()->undo();
    QCOMPARE(model.rowCount(), 300);
}

void RecommendationTableModelTest::editOfARecordNeverShown()
{
    // Where the record was is known to no one (its page was never read), so
    // the model follows the rows whose records it knows by id: the counts
    // and the order are right, and so are the rows it has shown.
    Fixture f;
    const QList<qint64> ids = addUpr(f.edits, 3000);
    RecommendationTableModel model(f.repository, *f.edits.notifier());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.sort(RecommendationTableModel::ParagraphColumn, Qt::AscendingOrder);
    const QPersistentModelIndex fifth(model.index(4, RecommendationTableModel::SymbolColumn));
    QCOMPARE(fifth.data(RecommendationTableModel::IdRole).toLongLong(), ids.at(4));

    Recommendation moved = *f.repository.find(ids.at(2499));
    moved.paragraph = QStringLiteral("97.3"); // from row 2499 to row 3
    QVERIFY(f.edits.updateRecommendation(moved));
    QCOMPARE(model.rowCount(), 3000);
    QCOMPARE(model.idAt(2), ids.at(2)); // 97.3 twice: the older id first
    QCOMPARE(model.idAt(3), ids.at(2499));
    QCOMPARE(fifth.row(), 5);
    QCOMPARE(fifth.data(RecommendationTableModel::IdRole).toLongLong(), ids.at(4));
    QVERIFY(f.edits.deleteRecommendations({ids.at(2800)})); // never shown either
    QCOMPARE(model.rowCount(), 2999);
    QCOMPARE(model.idAt(2998), ids.at(2999));
    QCOMPARE(fifth.row(), 5);
    f.edits.undoStack()->undo();
    f.edits.undoStack()->undo();
    QCOMPARE(model.rowCount(), 3000);
    QCOMPARE(model.idsInRows(0, 2999), ids);
    QCOMPARE(fifth.row(), 4);
    QCOMPARE(resets.count(), 0);
}

void RecommendationTableModelTest::readsTheIdsOfManyRowsAtOnce()
{
    Fixture f;
    const QList<qint64> ids = addUpr(f.edits, 2500);
    QVERIFY(f.edits.addRecommendation({RecommendationFactory::iccpr(1), {}}));
    RecommendationTableModel model(f.repository, *f.edits.notifier());
    RecommendationFilter filter;
    filter.mechanisms = {QStringLiteral("upr")};
    model.setFilter(filter);
    model.sort(RecommendationTableModel::ParagraphColumn, Qt::DescendingOrder);
    const QList<qint64> all = model.idsInRows(0, model.rowCount() - 1);
    QCOMPARE(all.size(), 2500);
    QList<qint64> reversed(ids.crbegin(), ids.crend());
    QCOMPARE(all, reversed);
    QCOMPARE(model.idsInRows(-5, 2), reversed.mid(0, 3));
    QCOMPARE(model.idsInRows(2498, 9999), reversed.mid(2498));
    QVERIFY(model.idsInRows(5, 4).isEmpty());
    const QHash<qint64, int> rows = model.rowsOf(ids);
    QCOMPARE(rows.size(), 2500);
    for (int row = 0; row < all.size(); row += 101)
        QCOMPARE(rows.value(all.at(row)), row);
    QCOMPARE(model.rowOf(999999), -1);
}

void RecommendationTableModelTest::relevanceColumnDuringASearch()
{
    Fixture f;
    addUpr(f.edits, 5);
    Recommendation best = RecommendationFactory::upr(6);
    best.text = QStringLiteral("Ratify the instrument, implement the instrument, report on the instrument");
    const std::optional<qint64> bestId = f.edits.addRecommendation({best, {}});
    QVERIFY(bestId);
    RecommendationTableModel model(f.repository, *f.edits.notifier());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.headerData(RecommendationTableModel::RelevanceColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("Relevance"));
    QVERIFY(!model.isSearching());
    QVERIFY(model.index(0, RecommendationTableModel::RelevanceColumn).data().isNull());

    // Chosen before the search, relevance keeps the id order; no row moves.
    QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
    model.sort(RecommendationTableModel::RelevanceColumn, Qt::DescendingOrder);
    QCOMPARE(layouts.count(), 0);
    QCOMPARE(model.idAt(5), *bestId);

    RecommendationFilter filter;
    filter.searchText = QStringLiteral("instrument");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.idAt(0), *bestId);
    QCOMPARE(model.index(0, RecommendationTableModel::RelevanceColumn).data().toString(), QStringLiteral("100%"));
    double previous = model.index(0, RecommendationTableModel::RelevanceColumn)
                          .data(RecommendationTableModel::RelevanceRole)
                          .toDouble();
    for (int row = 1; row < model.rowCount(); ++row) {
        const double relevance = model.index(row, RecommendationTableModel::RelevanceColumn)
                                     .data(RecommendationTableModel::RelevanceRole)
                                     .toDouble();
        QVERIFY(relevance > 0 && relevance <= previous);
        previous = relevance;
    }
    // Sorted by something else, the column still scores each row, once the
    // rows are shown.
    model.sort(RecommendationTableModel::ParagraphColumn, Qt::AscendingOrder);
    QCOMPARE(model.idAt(5), *bestId);
    QSignalSpy scored(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.index(5, RecommendationTableModel::RelevanceColumn).data().isNull());
    QTRY_COMPARE(model.index(5, RecommendationTableModel::RelevanceColumn).data().toString(), QStringLiteral("100%"));
    QCOMPARE(scored.count(), 1);
    QCOMPARE(scored.first().at(0).value<QModelIndex>().column(), int(RecommendationTableModel::RelevanceColumn));
    const QString other = model.index(0, RecommendationTableModel::RelevanceColumn).data().toString();
    QVERIFY2(other.endsWith(QLatin1Char('%')) && other != QStringLiteral("100%"), qPrintable(other));
    QCOMPARE(model.index(0, RecommendationTableModel::RelevanceColumn).data(RecommendationTableModel::RelevanceRole).toDouble()
                 < model.index(5, RecommendationTableModel::RelevanceColumn).data(RecommendationTableModel::RelevanceRole).toDouble(),
             true);
}

QTEST_MAIN(RecommendationTableModelTest)
#include "tst_recommendationtablemodel.moc"
