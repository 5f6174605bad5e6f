// XLSX export: what XlsxSheetWriter writes reads back through XlsxReader cell
// for cell, is laid out as promised (a bold frozen header with a filter, text
// cells that never become formulas, real dates), and is written atomically:
// a failure leaves an existing file as it was and no temporary file behind.
#include "filehash.h"
#include "xlsxfixture.h"
#include "xlsxreader.h"
#include "xlsxwriter.h"

#include <QDate>
#include <QDir>
#include <QPointF>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using Column = XlsxSheetWriter::Column;

class XlsxTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void writtenCellsReadBackExactly();
    void headerIsBoldAndFrozenWithAFilter();
    void textStartingWithEqualsIsNotAFormula();
    void datesAreRealExcelDates();
    void replacingAFileLeavesNoTemporaryFile();
    void writerDestroyedBeforeCloseWritesNothing();
    void failedWriteKeepsTheExistingFile_data();
    void failedWriteKeepsTheExistingFile();
    void refusedTargets_data();
    void refusedTargets();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QStringList folderContents() const
    {
        return QDir(m_dir->path()).entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    }
    // The workbook the tests share, written to export.xlsx; returns its path.
    QString writeSample();
    QString samplePart(const QString &part);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void XlsxTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString XlsxTest::writeSample()
{
    const QString file = path(QStringLiteral("export.xlsx"));
    const QList<Column> columns = {{QStringLiteral("Text"), Column::Text, 40},
                                   {QStringLiteral("Count"), Column::Number, 0},
                                   {QStringLiteral("Date"), Column::Date, 12},
                                   {QStringLiteral("Notes"), Column::Text, 0}};
    const QList<QVariantList> rows = {
        {QStringLiteral("Café déjà vu"), 5, QDate(2024, 3, 15), QStringLiteral("Привет, мир")},
        {QStringLiteral("Қазақ тілі: ә қ ң"), 2.5, QDate(1900, 3, 1),
         QStringLiteral("a, \"quoted\"\nsecond line")},
        {QStringLiteral("=1+1"), -3, QDate(), QVariant()},
        {QString(), QVariant(), QDate(2000, 2, 29), QStringLiteral("  spaced  ")},
        {},
        {QStringLiteral("after a blank row"), 123456789012LL, QDate(9999, 12, 31), QStringLiteral("_x0041_")},
    };
    XlsxSheetWriter writer;
    QString error;
    bool ok = writer.open(file, QStringLiteral("Recommendations"), columns, &error);
    for (const QVariantList &row : rows)
        ok = ok && writer.writeRow(row, &error);
    ok = ok && writer.close(&error);
    if (!ok)
        qFatal("the sample workbook could not be written: %s", qPrintable(error));
    return file;
}

QString XlsxTest::samplePart(const QString &part)
{
    return QString::fromUtf8(XlsxFixture::readPart(writeSample(), part));
}

void XlsxTest::writtenCellsReadBackExactly()
{
    QString error;
    const std::optional<TextTable> table = XlsxReader::read(writeSample(), &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->source, QStringLiteral("export.xlsx"));
    QCOMPARE(table->headerLine, 1);
    QCOMPARE(table->header, QStringList({"Text", "Count", "Date", "Notes"}));
    const QList<TextTableRow> expected = {
        {2, {"Café déjà vu", "5", "2024-03-15", "Привет, мир"}},
        {3, {"Қазақ тілі: ә қ ң", "2.5", "1900-03-01", "a, \"quoted\"\nsecond line"}},
        {4, {"=1+1", "-3"}},  // empty cells at the end of a row are no cells
        {5, {"", "", "2000-02-29", "  spaced  "}},
        {7, {"after a blank row", "123456789012", "9999-12-31", "_x0041_"}},
    };
    QCOMPARE(table->rows.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(table->rows.at(i).line, expected.at(i).line);
        QCOMPARE(table->rows.at(i).cells, expected.at(i).cells);
    }
}

void XlsxTest::headerIsBoldAndFrozenWithAFilter()
{
    const QString sheet = samplePart(QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY(sheet.contains(QRegularExpression(QStringLiteral("<pane [^>]*ySplit=\"1\"[^>]*state=\"frozen\""))));
    QVERIFY(sheet.contains(QStringLiteral("<autoFilter ref=\"A1:D7\"")));

    // A cell's style (s) picks an <xf> of cellXfs, whose fontId picks a <font>.
    const QString styles = samplePart(QStringLiteral("xl/styles.xml"));
    const QString fonts = styles.section(QStringLiteral("<fonts"), 1).section(QStringLiteral("</fonts>"), 0, 0);
    const QStringList fontList = fonts.split(QStringLiteral("<font>")).mid(1);
    const QString cellXfs = styles.section(QStringLiteral("<cellXfs"), 1).section(QStringLiteral("</cellXfs>"), 0, 0);
    QList<int> fontOfStyle;
    static const QRegularExpression xfFont(QStringLiteral("<xf [^>]*fontId=\"(\\d+)\""));
    for (auto it = xfFont.globalMatch(cellXfs); it.hasNext();)
        fontOfStyle.append(it.next().captured(1).toInt());
    const auto isBold = [&](const QString &cell) {
        const QRegularExpression styled(QStringLiteral("<c r=\"%1\" s=\"(\\d+)\"").arg(cell));
        const QRegularExpressionMatch style = styled.match(sheet);
        return style.hasMatch()
            && fontList.value(fontOfStyle.value(style.captured(1).toInt(), -1)).contains(QStringLiteral("<b/>"));
    };
    for (const char *cell : {"A1", "B1", "C1", "D1"})
        QVERIFY2(isBold(QLatin1String(cell)), cell);
    QVERIFY(!isBold(QStringLiteral("C2")));
}

void XlsxTest::textStartingWithEqualsIsNotAFormula()
{
    const QString sheet = samplePart(QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY(sheet.contains(QRegularExpression(QStringLiteral("<c r=\"A4\"[^>]* t=\"(s|inlineStr)\""))));
    QVERIFY(!sheet.contains(QStringLiteral("<f")));
    QVERIFY(samplePart(QStringLiteral("xl/sharedStrings.xml")).contains(QStringLiteral("<t>=1+1</t>")));
}

void XlsxTest::datesAreRealExcelDates()
{
    // 2024-03-15 is day 45366 of the 1900 date system: a number, not a text.
    const QRegularExpression dateCell(QStringLiteral("<c r=\"C2\" s=\"(\\d+)\"><v>45366</v></c>"));
    const QRegularExpressionMatch cell = dateCell.match(samplePart(QStringLiteral("xl/worksheets/sheet1.xml")));
    QVERIFY(cell.hasMatch());
    // ... shown through the style's number format yyyy-mm-dd.
    const QString styles = samplePart(QStringLiteral("xl/styles.xml"));
    const QRegularExpression dateFormat(QStringLiteral("<numFmt numFmtId=\"(\\d+)\" formatCode=\"yyyy-mm-dd\"/>"));
    const QRegularExpressionMatch format = dateFormat.match(styles);
    QVERIFY(format.hasMatch());
    const QStringList xfs = styles.section(QStringLiteral("<cellXfs"), 1).split(QStringLiteral("<xf ")).mid(1);
    QVERIFY(xfs.value(cell.captured(1).toInt()).startsWith(QStringLiteral("numFmtId=\"%1\"").arg(format.captured(1))));
}

void XlsxTest::replacingAFileLeavesNoTemporaryFile()
{
    QFile old(path(QStringLiteral("export.xlsx")));
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("an older export");
    old.close();
    QVERIFY(XlsxReader::read(writeSample(), nullptr));
    QCOMPARE(folderContents(), QStringList{QStringLiteral("export.xlsx")});
}

void XlsxTest::writerDestroyedBeforeCloseWritesNothing()
{
    const QString file = writeSample();
    const QByteArray before = FileHash::of(file);
    {
        XlsxSheetWriter writer;
        QVERIFY(writer.open(file, QString(), {{QStringLiteral("Text")}}, nullptr));
        QVERIFY(writer.writeRow({QStringLiteral("never saved")}, nullptr));
        QCOMPARE(folderContents().size(), 2);  // the target and the temporary file
    }
    QCOMPARE(FileHash::of(file), before);
    QCOMPARE(folderContents(), QStringList{QStringLiteral("export.xlsx")});
}

void XlsxTest::failedWriteKeepsTheExistingFile_data()
{
    QTest::addColumn<QVariantList>("row");
    QTest::addColumn<QString>("error");
    const QString cell = QStringLiteral("The value in row 3, column \"%1\" of \"export.xlsx\" ");
    QTest::newRow("unsupported type") << QVariantList{QStringLiteral("x"), QPointF(1, 2)}
        << cell.arg("Count") + "is of type QPointF, which cannot be written to a number column.";
    QTest::newRow("text in a date column") << QVariantList{QString(), 1, QStringLiteral("2024-01-01")}
        << cell.arg("Date") + "is of type QString, which cannot be written to a date column.";
    QTest::newRow("number in a text column") << QVariantList{42}
        << cell.arg("Text") + "is of type int, which cannot be written to a text column.";
    QTest::newRow("not a number") << QVariantList{QString(), qQNaN()}
        << cell.arg("Count") + "is not a finite number.";
    QTest::newRow("date before 1900") << QVariantList{QString(), 1, QDate(1899, 12, 31)}
        << QStringLiteral("The date 1899-12-31 in row 3, column \"Date\" of \"export.xlsx\" is outside the years "
                          "1900 to 9999 that Excel can show.");
    QTest::newRow("too many cells") << QVariantList{1, 2, 3, 4}
        << QStringLiteral("Row 3 of \"export.xlsx\" has 4 cells but the sheet has only 3 columns.");
    QTest::newRow("text too long") << QVariantList{QString(40000, u'x')}
        << QStringLiteral("Could not write row 3, column \"Text\" of \"export.xlsx\": String exceeds Excel's limit "
                          "of 32,767 characters.");
}

void XlsxTest::failedWriteKeepsTheExistingFile()
{
    QFETCH(QVariantList, row);
    QFETCH(QString, error);
    const QString file = writeSample();
    const QByteArray before = FileHash::of(file);

    XlsxSheetWriter writer;
    QString message;
    const QList<Column> columns = {{QStringLiteral("Text")},
                                   {QStringLiteral("Count"), Column::Number},
                                   {QStringLiteral("Date"), Column::Date}};
    QVERIFY(writer.open(file, QString(), columns, &message));
    QVERIFY2(writer.writeRow({QStringLiteral("fine"), 1, QDate(2024, 1, 1)}, &message), qPrintable(message));
    QVERIFY(!writer.writeRow(row, &message));
    QCOMPARE(message, error);
    QCOMPARE(FileHash::of(file), before);
    QCOMPARE(folderContents(), QStringList{QStringLiteral("export.xlsx")});
    // The workbook is abandoned: nothing more can be written or saved.
    QVERIFY(!writer.writeRow({QStringLiteral("more")}, &message));
    QVERIFY(!writer.close(&message));
    QCOMPARE(message, QStringLiteral("The workbook is not open."));
    QCOMPARE(FileHash::of(file), before);
}

void XlsxTest::refusedTargets_data()
{
    QTest::addColumn<QString>("target");  // under the temporary folder
    QTest::addColumn<QString>("sheetName");
    QTest::addColumn<QString>("error");   // %1 stands for the temporary folder
    QTest::newRow("folder") << "folder.xlsx" << ""
        << "\"%1/folder.xlsx\" is a folder. Choose a file name for the workbook.";
    QTest::newRow("missing folder") << "missing/export.xlsx" << ""
        << "The folder \"%1/missing\" does not exist. Choose an existing folder for the workbook.";
    QTest::newRow("bad sheet name") << "export.xlsx" << "a/b"
        << "The sheet name \"a/b\" cannot be used: Worksheet name cannot contain invalid characters: "
           "'[ ] : * ? / \\'.";
}

void XlsxTest::refusedTargets()
{
    QFETCH(QString, target);
    QFETCH(QString, sheetName);
    QFETCH(QString, error);
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("folder.xlsx")));
    XlsxSheetWriter writer;
    QString message;
    QVERIFY(!writer.open(path(target), sheetName, {{QStringLiteral("Text")}}, &message));
    QCOMPARE(message, error.replace(QStringLiteral("%1"), QDir::toNativeSeparators(m_dir->path())));
    QCOMPARE(folderContents(), QStringList{QStringLiteral("folder.xlsx")});
    QVERIFY(!writer.close(&message));
}

QTEST_GUILESS_MAIN(XlsxTest)
#include "tst_xlsx.moc"
