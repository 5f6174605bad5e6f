// XLSX import of what other programs write: hand-built workbooks whose XML
// states exactly what XlsxReader must face (inline and shared strings, rich
// text, cells placed by reference, date styles and date systems, several
// sheets), and the files it must refuse with a sentence that says why.
#include "xlsxfixture.h"
#include "xlsxreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using XlsxFixture::Parts;

class XlsxReaderTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void placesCellsByReference();
    void turnsDateStylesIntoIsoDates_data();
    void turnsDateStylesIntoIsoDates();
    void joinsRichTextRuns();
    void readsOnlyTheFirstWorksheet();
    void refusals_data();
    void refusals();
    void refusesASheetPaddedBeyondTheCellBudget();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    TextTable read(const Parts &parts);

    std::unique_ptr<QTemporaryDir> m_dir;
};

Q_DECLARE_METATYPE(Parts)

namespace {
QByteArray inlineCell(const QByteArray &reference, const QByteArray &text)
{
    return "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
}
} // namespace

void XlsxReaderTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

TextTable XlsxReaderTest::read(const Parts &parts)
{
    const QString file = path(QStringLiteral("fixture.xlsx"));
    if (!XlsxFixture::writeZip(file, parts))
        qFatal("cannot write the fixture workbook");
    QString error;
    const std::optional<TextTable> table = XlsxReader::read(file, &error);
    if (!table)
        qFatal("the fixture workbook was refused: %s", qPrintable(error));
    return *table;
}

void XlsxReaderTest::placesCellsByReference()
{
    // Skipped columns and rows, a blank first row, rows and cells without a
    // reference (each follows the one before), and cell types other than text.
    const TextTable table = read(XlsxFixture::workbook({XlsxFixture::sheet(
        "<row r=\"1\">" + inlineCell("A1", "  ") + "</row>"
        "<row r=\"2\">" + inlineCell("A2", "Name") + inlineCell("C2", "Year") + "</row>"
        "<row r=\"5\" spans=\"1:4\"><c r=\"B5\"><v>42</v></c>" + inlineCell("D5", "x") + "</row>"
        "<row><c><v>5.0</v></c><c t=\"b\"><v>1</v></c><c t=\"b\"><v>0</v></c><c t=\"e\"><v>#N/A</v></c>"
        "<c t=\"str\"><f>A1&amp;B1</f><v>ab</v></c><c><v>0.30000000000000004</v></c><c><v>1E+20</v></c></row>"
        "<row r=\"9\">" + inlineCell("AA9", "far") + "<c r=\"B9\" s=\"0\"/></row>")}));
    QCOMPARE(table.source, QStringLiteral("fixture.xlsx"));
    QCOMPARE(table.headerLine, 2);
    QCOMPARE(table.header, QStringList({"Name", "", "Year"}));
    QCOMPARE(table.rows.size(), 3);
    QCOMPARE(table.rows.at(0).line, 5);
    QCOMPARE(table.rows.at(0).cells, QStringList({"", "42", "", "x"}));
    QCOMPARE(table.rows.at(1).line, 6);
    QCOMPARE(table.rows.at(1).cells, QStringList({"5", "TRUE", "FALSE", "#N/A", "ab", "0.3", "1e+20"}));
    QCOMPARE(table.rows.at(2).line, 9);
    QCOMPARE(table.rows.at(2).cells.size(), 27);
    QCOMPARE(table.rows.at(2).cells.at(26), QStringLiteral("far"));
}

void XlsxReaderTest::turnsDateStylesIntoIsoDates_data()
{
    QTest::addColumn<QByteArray>("properties");  // of the workbook
    QTest::addColumn<int>("style");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("text");
    const QByteArray mac = "<workbookPr date1904=\"1\"/>";
    QTest::newRow("general") << QByteArray() << 0 << QByteArray("45366") << "45366";
    QTest::newRow("built-in date") << QByteArray() << 1 << QByteArray("45366") << "2024-03-15";
    QTest::newRow("custom date with a time") << QByteArray() << 2 << QByteArray("45366.75") << "2024-03-15";
    QTest::newRow("elapsed hours") << QByteArray() << 3 << QByteArray("1.5") << "1.5";
    QTest::newRow("time of day") << QByteArray() << 4 << QByteArray("0.5") << "0.5";
    QTest::newRow("month and year") << QByteArray() << 5 << QByteArray("45366") << "2024-03-15";
    QTest::newRow("before the phantom 1900-02-29") << QByteArray() << 1 << QByteArray("59") << "1900-02-28";
    QTest::newRow("after the phantom 1900-02-29") << QByteArray() << 1 << QByteArray("61") << "1900-03-01";
    QTest::newRow("1904 system") << mac << 1 << QByteArray("0") << "1904-01-01";
    QTest::newRow("1904 system, later") << QByteArray("<workbookPr date1904=\"true\"/>") << 1
                                         << QByteArray("43904") << "2024-03-15";
}

void XlsxReaderTest::turnsDateStylesIntoIsoDates()
{
    QFETCH(QByteArray, properties);
    QFETCH(int, style);
    QFETCH(QByteArray, value);
    QFETCH(QString, text);
    // cellStyleXfs come before cellXfs and must not count as cell styles.
    const QByteArray styles =
        "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><numFmts count=\"3\">"
        "<numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\\ &quot;at&quot;\\ hh:mm\"/>"
        "<numFmt numFmtId=\"165\" formatCode=\"[h]:mm\"/>"
        "<numFmt numFmtId=\"166\" formatCode=\"[$-409]mmm\\-yy;@\"/></numFmts>"
        "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
        "<cellXfs count=\"6\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/>"
        "<xf numFmtId=\"165\"/><xf numFmtId=\"20\"/><xf numFmtId=\"166\"/></cellXfs></styleSheet>";
    const QByteArray rows = "<row r=\"1\">" + inlineCell("A1", "When") + "</row><row r=\"2\"><c r=\"A2\" s=\""
        + QByteArray::number(style) + "\"><v>" + value + "</v></c></row>";
    const TextTable table = read(XlsxFixture::workbook({XlsxFixture::sheet(rows)}, {}, styles, properties));
    QCOMPARE(table.rows.size(), 1);
    QCOMPARE(table.rows.at(0).cells, QStringList{text});
}

void XlsxReaderTest::joinsRichTextRuns()
{
    const QByteArray strings =
        "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"4\" uniqueCount=\"4\">"
        "<si><t>Plain</t></si>"
        "<si><r><rPr><b/></rPr><t>Bold</t></r><r><t xml:space=\"preserve\"> and plain </t></r></si>"
        "<si><t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh><phoneticPr fontId=\"1\"/></si>"
        "<si><t>line_x000D_break _x005F_x0041_</t></si></sst>";
    const TextTable table = read(XlsxFixture::workbook({XlsxFixture::sheet(
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
        "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c></row>")}, strings));
    QCOMPARE(table.header, QStringList({"Plain", "Bold and plain ", "東京", "line\rbreak _x0041_"}));
}

void XlsxReaderTest::readsOnlyTheFirstWorksheet()
{
    const auto oneCell = [](const QByteArray &text) {
        return XlsxFixture::sheet("<row r=\"1\">" + inlineCell("A1", text) + "</row>");
    };
    // The first tab is stored as sheet2.xml, the second as sheet1.xml.
    const bool reversed = true;
    const TextTable table = read(XlsxFixture::workbook({oneCell("first tab"), oneCell("second tab")}, {}, {}, {},
                                                       reversed));
    QCOMPARE(table.header, QStringList{QStringLiteral("first tab")});
    QVERIFY(table.rows.isEmpty());
}

void XlsxReaderTest::refusals_data()
{
    using namespace XlsxFixture;
    QTest::addColumn<QByteArray>("bytes");  // the file, when it is not a ZIP
    QTest::addColumn<Parts>("parts");       // the ZIP's parts otherwise; no file when both are empty
    QTest::addColumn<QString>("error");
    const QString resave = QStringLiteral(" Save it from your spreadsheet program as an Excel workbook (.xlsx).");
    const QString again = QStringLiteral(" Open it in your spreadsheet program and save it again.");
    const QString damaged = QStringLiteral("The workbook \"book.xlsx\" is damaged: ");
    const QByteArray unknownReference = "<row r=\"1\"><c r=\"1A\"><v>1</v></c></row>";
    const QByteArray missingString = "<row r=\"1\"><c r=\"B1\" t=\"s\"><v>7</v></c></row>";

    QTest::newRow("missing file") << QByteArray() << Parts()
        << QStringLiteral("The file \"book.xlsx\" does not exist.");
    QTest::newRow("text file") << QByteArray("Name,Year\nFirst,2024\n") << Parts()
        << "\"book.xlsx\" is not an XLSX workbook: it is not a ZIP archive." + resave;
    QTest::newRow("old Excel file") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") << Parts()
        << QStringLiteral("\"book.xlsx\" is not an XLSX workbook: it is an old Excel (.xls) file or a "
                          "password-protected workbook. Open it in your spreadsheet program and save it without "
                          "a password as an Excel workbook (.xlsx).");
    QTest::newRow("ZIP without a workbook") << QByteArray() << Parts{{QStringLiteral("word/document.xml"), "<d/>"}}
        << "\"book.xlsx\" is not an XLSX workbook: it has no xl/workbook.xml." + resave;
    QTest::newRow("no worksheet") << QByteArray() << workbook({})
        << QStringLiteral("The workbook \"book.xlsx\" has no worksheet.");
    QTest::newRow("malformed sheet") << QByteArray()
        << workbook({"<worksheet>\n<sheetData>\n<row r=\"1\"><c r=\"A1\"><v>1</v></row>"})
        << damaged + "Opening and ending tag mismatch. (in xl/worksheets/sheet1.xml, line 3)." + again;
    QTest::newRow("truncated sheet") << QByteArray() << workbook({"<worksheet><sheetData>"})
        << damaged + "Premature end of document. (in xl/worksheets/sheet1.xml, line 1)." + again;
    QTest::newRow("missing sheet part") << QByteArray() << workbook({sheet("")}).mid(0, 3)
        << damaged + "its part xl/worksheets/sheet1.xml is missing." + again;
    QTest::newRow("bad reference") << QByteArray() << workbook({sheet(unknownReference)})
        << damaged + "the cell reference \"1A\" is not valid (in xl/worksheets/sheet1.xml, line 4)." + again;
    QTest::newRow("missing shared text") << QByteArray() << workbook({sheet(missingString)}, "<sst/>")
        << damaged + "the cell B1 refers to a shared text that does not exist "
                     "(in xl/worksheets/sheet1.xml, line 4)." + again;
}

void XlsxReaderTest::refusals()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Parts, parts);
    QFETCH(QString, error);
    const QString file = path(QStringLiteral("book.xlsx"));
    if (!bytes.isNull()) {
        QFile plain(file);
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.write(bytes);
    } else if (!parts.isEmpty()) {
        QVERIFY(XlsxFixture::writeZip(file, parts));
    }
    QString message;
    QVERIFY(!XlsxReader::read(file, &message));
    QCOMPARE(message, error);
}

void XlsxReaderTest::refusesASheetPaddedBeyondTheCellBudget()
{
    // A small file with a cell at column XFD on every row would pad each row
    // to 16,384 cells: 1,000 rows make 16 million, over the budget. The
    // reader says so instead of running out of memory.
    QByteArray rows = "<row r=\"1\">" + inlineCell("A1", "text") + "</row>";
    for (int row = 2; row <= 1000; ++row)
        rows += "<row r=\"" + QByteArray::number(row) + "\">" + inlineCell("XFD" + QByteArray::number(row), "x") + "</row>";
    const QString file = path(QStringLiteral("wide.xlsx"));
    QVERIFY(XlsxFixture::writeZip(file, XlsxFixture::workbook({XlsxFixture::sheet(rows)})));
    QString error;
    QVERIFY(!XlsxReader::read(file, &error));
    QVERIFY2(error.contains(QStringLiteral("cells")) && error.contains(QStringLiteral("unused columns")), qPrintable(error));
    // Half as many rows fit, and read.
    QByteArray fewer = "<row r=\"1\">" + inlineCell("A1", "text") + "</row>";
    for (int row = 2; row <= 500; ++row)
        fewer += "<row r=\"" + QByteArray::number(row) + "\">" + inlineCell("XFD" + QByteArray::number(row), "x") + "</row>";
    QCOMPARE(read(XlsxFixture::workbook({XlsxFixture::sheet(fewer)})).rows.size(), 499);
}

QTEST_GUILESS_MAIN(XlsxReaderTest)
#include "tst_xlsxreader.moc"
