// The rows Edit > Copy puts on the clipboard: a header line, the visible
// columns in the order they are shown, tabs and line breaks inside cells
// flattened, runs of rows in the order given, and an HTML table with the
// same cells escaped.
#include "rowclipboard.h"

#include <QHeaderView>
#include <QMimeData>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

class RowClipboardTest : public QObject
{
    Q_OBJECT

private slots:
    void visibleColumnsInScreenOrder();
    void cellsCannotBreakTheTable();
    void htmlTableEscapesCells();
};

namespace {
// Three columns A, B, C; row r holds "a<r>", "b<r>", "c<r>".
void fill(QStandardItemModel &model, int rows)
{
    model.setColumnCount(3);
    model.setHorizontalHeaderLabels({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
    for (int row = 0; row < rows; ++row) {
        QList<QStandardItem *> items;
        for (const char *column : {"a", "b", "c"})
            items << new QStandardItem(QString::fromLatin1(column) + QString::number(row));
        model.appendRow(items);
    }
}
} // namespace

void RowClipboardTest::visibleColumnsInScreenOrder()
{
    QStandardItemModel model;
    fill(model, 6);
    QTableView view;
    view.setModel(&model);
    QHeaderView *header = view.horizontalHeader();
    header->moveSection(2, 0); // C A B
    view.setColumnHidden(1, true); // B: shown as C, A
    const RowClipboard copied(model, *header, {{1, 2}, {4, 4}});
    QCOMPARE(copied.rowCount(), 3);
    QCOMPARE(copied.text(), QStringLiteral("C\tA\nc1\ta1\nc2\ta2\nc4\ta4\n"));
    QMimeData *data = copied.mimeData();
    QCOMPARE(data->text(), copied.text());
    QVERIFY(data->hasHtml());
    delete data;
}

void RowClipboardTest::cellsCannotBreakTheTable()
{
    QStandardItemModel model;
    fill(model, 1);
    model.setItem(0, 1, new QStandardItem(QStringLiteral("two\tcells\r\nand\nlines")));
    QTableView view;
    view.setModel(&model);
    const RowClipboard copied(model, *view.horizontalHeader(), {{0, 0}});
    QCOMPARE(copied.text(), QStringLiteral("A\tB\tC\na0\ttwo cells and lines\tc0\n"));
}

void RowClipboardTest::htmlTableEscapesCells()
{
    QStandardItemModel model;
    fill(model, 2);
    model.setItem(1, 0, new QStandardItem(QStringLiteral("<b>Rights & duties</b>")));
    QTableView view;
    view.setModel(&model);
    const RowClipboard copied(model, *view.horizontalHeader(), {{0, 1}});
    QVERIFY(copied.html().startsWith(QLatin1String("<table>")));
    QVERIFY(copied.html().contains(QLatin1String("<th>A</th><th>B</th><th>C</th>")));
    QVERIFY(copied.html().contains(QLatin1String("<td>&lt;b&gt;Rights &amp; duties&lt;/b&gt;</td>")));
    QCOMPARE(copied.html().count(QLatin1String("<tr>")), 3);
}

QTEST_MAIN(RowClipboardTest)
#include "tst_rowclipboard.moc"
