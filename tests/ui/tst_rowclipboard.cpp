// The rows Edit > Copy puts on the clipboard: a header line, the visible
// columns in the order they are shown, tabs and line breaks inside cells
// flattened, rows in the order added, and an HTML table with the same cells
// escaped.
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
    void shownColumnsInScreenOrder();
    void rowsUnderTheHeaderLine();
    void cellsCannotBreakTheTable();
    void htmlTableEscapesCells();
};

void RowClipboardTest::shownColumnsInScreenOrder()
{
    QStandardItemModel model(2, 4);
    QTableView view;
    view.setModel(&model);
    QHeaderView *header = view.horizontalHeader();
    header->moveSection(2, 0);     // 2 0 1 3
    view.setColumnHidden(1, true); // 2 0 3
    QCOMPARE(RowClipboard::shownColumns(*header), (QList<int>{2, 0, 3}));
}

void RowClipboardTest::rowsUnderTheHeaderLine()
{
    RowClipboard copied({QStringLiteral("C"), QStringLiteral("A")});
    QCOMPARE(copied.rowCount(), 0);
    copied.addRow({QStringLiteral("c1"), QStringLiteral("a1")});
    copied.addRow({QStringLiteral("c2"), QString()});
    QCOMPARE(copied.rowCount(), 2);
    QCOMPARE(copied.text(), QStringLiteral("C\tA\nc1\ta1\nc2\t\n"));
    QMimeData *data = copied.mimeData();
    QCOMPARE(data->text(), copied.text());
    QCOMPARE(data->html(), copied.html());
    delete data;
}

void RowClipboardTest::cellsCannotBreakTheTable()
{
    RowClipboard copied({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
    copied.addRow({QStringLiteral("a0"), QStringLiteral("two\tcells\r\nand\nlines"), QStringLiteral("c0")});
    QCOMPARE(copied.text(), QStringLiteral("A\tB\tC\na0\ttwo cells and lines\tc0\n"));
}

void RowClipboardTest::htmlTableEscapesCells()
{
    RowClipboard copied({QStringLiteral("A"), QStringLiteral("B & C")});
    copied.addRow({QStringLiteral("<b>Rights & duties</b>"), QStringLiteral("b0")});
    copied.addRow({QStringLiteral("a1"), QStringLiteral("b1")});
    QCOMPARE(copied.html(), QStringLiteral("<table>\n<tr><th>A</th><th>B &amp; C</th></tr>\n"
                                           "<tr><td>&lt;b&gt;Rights &amp; duties&lt;/b&gt;</td><td>b0</td></tr>\n"
                                           "<tr><td>a1</td><td>b1</td></tr>\n</table>\n"));
}

QTEST_MAIN(RowClipboardTest)
#include "tst_rowclipboard.moc"
