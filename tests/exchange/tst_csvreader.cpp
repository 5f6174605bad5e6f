// CSV files as real exports write them read into exact cells, each row with
// the line it starts on, and broken quoting is reported with the file, line
// and column where it went wrong.
#include "csvreader.h"
#include "textdecoding.h"

#include <QFile>
#include <QTest>

namespace {

QByteArray fixtureBytes(const QString &name)
{
    QFile file(QStringLiteral(FIXTURES "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

QString fixtureText(const QString &name)
{
    QString error;
    const std::optional<TextDecoding::DecodedText> decoded = TextDecoding::decode(fixtureBytes(name), QString(), &error);
    if (!decoded)
        qFatal("fixture %s does not decode: %s", qPrintable(name), qPrintable(error));
    return decoded->text;
}

QList<int> lines(const TextTable &table)
{
    QList<int> result;
    for (const TextTableRow &row : table.rows)
        result << row.line;
    return result;
}

// A table, or the error, as lines that QCOMPARE can show side by side.
QStringList described(const std::optional<TextTable> &table, const QString &error)
{
    if (!table)
        return {QStringLiteral("error: ") + error};
    QStringList result{QStringLiteral("%1 header line %2: %3")
                           .arg(table->source)
                           .arg(table->headerLine)
                           .arg(table->header.join(QLatin1Char('|')))};
    for (const TextTableRow &row : table->rows)
        result << QStringLiteral("line %1: %2").arg(row.line).arg(row.cells.join(QLatin1Char('|')));
    return result;
}

QStringList readInPieces(const QString &text, int pieces)
{
    QString error;
    const std::optional<TextTable> table = CsvReader::readInPieces(text, QStringLiteral("pieces.csv"), pieces, &error);
    return described(table, error);
}

} // namespace

class CsvReaderTest : public QObject
{
    Q_OBJECT

private slots:
    void lineEndings_data();
    void lineEndings();
    void quotedCells();
    void raggedAndBlankRows();
    void otherSeparators();
    void detectSeparator_data();
    void detectSeparator();
    void legacyEncodedFile();
    void smallCases_data();
    void smallCases();
    void errors_data();
    void errors();
    void piecesGiveTheSameTable_data();
    void piecesGiveTheSameTable();
    void largeTextIsReadInPieces();
};

void CsvReaderTest::lineEndings_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("lineBreak");
    QTest::addColumn<QString>("quotedCell");
    QTest::newRow("LF") << QStringLiteral("lines-lf.csv") << QByteArray("\n") << QStringLiteral("two\nlines");
    QTest::newRow("CRLF") << QStringLiteral("lines-crlf.csv") << QByteArray("\r\n") << QStringLiteral("two\r\nlines");
    QTest::newRow("CR") << QStringLiteral("lines-cr.csv") << QByteArray("\r") << QStringLiteral("two\rlines");
    QTest::newRow("mixed") << QStringLiteral("lines-mixed.csv") << QByteArray() << QStringLiteral("two\rlines");
}

void CsvReaderTest::lineEndings()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, lineBreak);
    QFETCH(QString, quotedCell);
    const QByteArray bytes = fixtureBytes(file);
    // The fixture really has the line endings it is named for (a checkout that
    // rewrote them would make this test prove nothing).
    if (lineBreak == "\n")
        QVERIFY(!bytes.contains('\r'));
    else if (lineBreak == "\r")
        QVERIFY(!bytes.contains('\n'));
    else if (lineBreak == "\r\n")
        QCOMPARE(bytes.count("\r\n"), bytes.count('\n'));
    else
        QVERIFY(bytes.contains("\r\n") && bytes.contains("\"\n") && bytes.contains("two\rlines")
                && bytes.endsWith("\r"));

    QString error;
    const std::optional<TextTable> table = CsvReader::read(QString::fromUtf8(bytes), file, &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->source, file);
    QCOMPARE(table->header, QStringList({QStringLiteral("id"), QStringLiteral("text")}));
    QCOMPARE(table->headerLine, 1);
    QCOMPARE(lines(*table), QList<int>({2, 3, 5}));
    QCOMPARE(table->rows.at(0).cells, QStringList({QStringLiteral("1"), QStringLiteral("one")}));
    QCOMPARE(table->rows.at(1).cells, QStringList({QStringLiteral("2"), quotedCell}));
    QCOMPARE(table->rows.at(2).cells, QStringList({QStringLiteral("3"), QStringLiteral("three")}));
}

void CsvReaderTest::quotedCells()
{
    QString error;
    const std::optional<TextTable> table = CsvReader::read(fixtureText(QStringLiteral("quoted.csv")),
                                                           QStringLiteral("quoted.csv"), &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->header, QStringList({QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("states")}));
    QCOMPARE(lines(*table), QList<int>({2, 3, 4, 7, 8}));
    QCOMPARE(table->rows.at(0).cells,
             QStringList({QStringLiteral("1"), QStringLiteral("Ratify the Convention, and its Optional Protocol"),
                          QStringLiteral("France, Germany")}));
    QCOMPARE(table->rows.at(1).cells, QStringList({QStringLiteral("2"),
                                                   QStringLiteral("The so-called \"foreign agents\" law"),
                                                   QStringLiteral("Norway")}));
    QCOMPARE(table->rows.at(2).cells,
             QStringList({QStringLiteral("3"),
                          QStringLiteral("Line one\r\nLine two, with a comma\r\nLine \"three\""),
                          QStringLiteral("Chile")}));
    QCOMPARE(table->rows.at(3).cells,
             QStringList({QStringLiteral("4"), QString(), QStringLiteral("Empty quoted")}));
    // A quote inside an unquoted cell is an inch sign, kept as written.
    QCOMPARE(table->rows.at(4).cells,
             QStringList({QStringLiteral("5"), QStringLiteral("a 5\" screen"), QStringLiteral("x")}));
}

void CsvReaderTest::raggedAndBlankRows()
{
    QString error;
    const std::optional<TextTable> table = CsvReader::read(fixtureText(QStringLiteral("ragged.csv")),
                                                           QStringLiteral("ragged.csv"), &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->header, QStringList({QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("state")}));
    QCOMPARE(table->headerLine, 3);
    QCOMPARE(lines(*table), QList<int>({4, 6, 8, 10, 11}));
    QCOMPARE(table->rows.at(0).cells, QStringList({QStringLiteral("1"), QStringLiteral("short")}));
    QCOMPARE(table->rows.at(1).cells,
             QStringList({QStringLiteral("2"), QStringLiteral("normal"), QStringLiteral("Chile")}));
    QCOMPARE(table->rows.at(2).cells,
             QStringList({QStringLiteral("3"), QStringLiteral("long"), QStringLiteral("Peru"),
                          QStringLiteral("extra"), QStringLiteral("more")}));
    QCOMPARE(table->rows.at(3).cells,
             QStringList({QStringLiteral("4"), QStringLiteral("  padded  "), QStringLiteral("  x  ")}));
    QCOMPARE(table->rows.at(4).cells, QStringList({QStringLiteral("5"), QStringLiteral("last")}));
}

void CsvReaderTest::otherSeparators()
{
    QString error;
    std::optional<TextTable> table = CsvReader::read(fixtureText(QStringLiteral("semicolon.csv")),
                                                     QStringLiteral("semicolon.csv"), &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->header, QStringList({QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("state")}));
    QCOMPARE(table->rows.at(0).cells,
             QStringList({QStringLiteral("1"), QStringLiteral("Garantir, protéger"), QStringLiteral("France")}));
    QCOMPARE(table->rows.at(1).cells,
             QStringList({QStringLiteral("2"), QStringLiteral("a;b"), QStringLiteral("Chile")}));

    table = CsvReader::read(fixtureText(QStringLiteral("tab.tsv")), QStringLiteral("tab.tsv"), &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->header, QStringList({QStringLiteral("id"), QStringLiteral("text")}));
    QCOMPARE(table->rows.at(0).cells, QStringList({QStringLiteral("1"), QStringLiteral("A, B; C")}));
}

void CsvReaderTest::detectSeparator_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("separator");
    QTest::newRow("comma wins over the others") << QStringLiteral("a,b;c\td") << QChar(u',');
    QTest::newRow("semicolon") << QStringLiteral("a;b;c\n1,5;2;3") << QChar(u';');
    QTest::newRow("tab") << QStringLiteral("a\tb\n1;2,3\t4") << QChar(u'\t');
    QTest::newRow("more semicolons than tabs") << QStringLiteral("a;b\tc;d") << QChar(u';');
    QTest::newRow("more tabs than semicolons") << QStringLiteral("a\tb;c\td") << QChar(u'\t');
    QTest::newRow("one column") << QStringLiteral("recommendation\nx;y") << QChar(u',');
    QTest::newRow("blank lines before the header") << QStringLiteral("\r\n,,\r\na;b;c\r\n1,2;3") << QChar(u';');
    QTest::newRow("commas inside quotes do not count") << QStringLiteral("\"a,b\";c") << QChar(u';');
}

void CsvReaderTest::detectSeparator()
{
    QFETCH(QString, text);
    QFETCH(QChar, separator);
    QCOMPARE(CsvReader::detectSeparator(text), separator);
}

void CsvReaderTest::legacyEncodedFile()
{
    QString error;
    const std::optional<TextTable> table = CsvReader::read(fixtureText(QStringLiteral("russian-windows1251.csv")),
                                                           QStringLiteral("russian-windows1251.csv"), &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->header, QStringList({QStringLiteral("пункт"), QStringLiteral("рекомендация"),
                                         QStringLiteral("государство"), QStringLiteral("статус")}));
    QCOMPARE(table->rows.at(0).cells,
             QStringList({QStringLiteral("97.1"), QStringLiteral("Обеспечить независимость судебной власти, в том числе судей"),
                          QStringLiteral("Франция"), QStringLiteral("Принята")}));
    QCOMPARE(lines(*table), QList<int>({2, 3, 4}));
}

// Written inline: each case is one or two lines.
void CsvReaderTest::smallCases_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("row");
    QTest::newRow("spaces after a closing quote") << QStringLiteral("a,b\n\"x\"  ,y\n")
                                                  << QStringList({QStringLiteral("x"), QStringLiteral("y")});
    QTest::newRow("a last empty cell") << QStringLiteral("a,b\n1,\n") << QStringList({QStringLiteral("1"), QString()});
    QTest::newRow("a byte order mark left in") << QStringLiteral("\uFEFFa,b\n1,2")
                                               << QStringList({QStringLiteral("1"), QStringLiteral("2")});
    QTest::newRow("a quoted cell at the end of the file") << QStringLiteral("a\n\"x\"")
                                                          << QStringList({QStringLiteral("x")});
    QTest::newRow("spaces kept around cells") << QStringLiteral("a,b\n 1 , \"2\"\n")
                                              << QStringList({QStringLiteral(" 1 "), QStringLiteral(" \"2\"")});
}

void CsvReaderTest::smallCases()
{
    QFETCH(QString, text);
    QFETCH(QStringList, row);
    QString error;
    const std::optional<TextTable> table = CsvReader::read(text, QStringLiteral("small.csv"), &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->header, QStringList({QStringLiteral("a"), QStringLiteral("b")}).mid(0, row.size()));
    QCOMPARE(table->rows.size(), 1);
    QCOMPARE(table->rows.at(0).cells, row);
    QCOMPARE(table->rows.at(0).line, 2);
}

void CsvReaderTest::errors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    const QString neverClosed = QStringLiteral(
        "%1, line %2, column %3: a quoted cell is never closed; add the closing quote (\") or remove the opening one.");
    const QString textAfter = QStringLiteral("%1, line %2, column %3: text follows the closing quote of a quoted "
                                             "cell; quote the whole cell and double every quote inside it (\"\").");
    QTest::newRow("never closed") << QStringLiteral("broken-quote.csv") << QString()
                                  << neverClosed.arg(QStringLiteral("broken-quote.csv")).arg(4).arg(3);
    QTest::newRow("never closed, lines ending in CR")
        << QStringLiteral("broken-quote-cr.csv") << QString()
        << neverClosed.arg(QStringLiteral("broken-quote-cr.csv")).arg(5).arg(5);
    QTest::newRow("text after the closing quote")
        << QStringLiteral("text-after-quote.csv") << QString()
        << textAfter.arg(QStringLiteral("text-after-quote.csv")).arg(2).arg(8);
    // Columns count characters, so an emoji (two UTF-16 units) is one column.
    QTest::newRow("columns count characters") << QStringLiteral("upr.csv") << QStringLiteral("id\n\U0001F600,\"abc\"x")
                                              << textAfter.arg(QStringLiteral("upr.csv")).arg(2).arg(8);
    QTest::newRow("empty file") << QStringLiteral("empty.csv") << QStringLiteral("")
                                << QStringLiteral("empty.csv has no header row: the file is empty or holds only "
                                                  "blank lines. Choose a CSV file with a header row.");
    QTest::newRow("only blank lines") << QStringLiteral("blank.csv") << QStringLiteral("\r\n,,\r\n  \r\n\"\"")
                                      << QStringLiteral("blank.csv has no header row: the file is empty or holds "
                                                        "only blank lines. Choose a CSV file with a header row.");
}

void CsvReaderTest::errors()
{
    QFETCH(QString, file);
    QFETCH(QString, text);
    QFETCH(QString, error);
    const QString input = text.isNull() ? fixtureText(file) : text;
    QString actual;
    QVERIFY(!CsvReader::read(input, file, &actual));
    QCOMPARE(actual, error);
}

// A large file is cut into pieces read side by side, each starting after a
// line break that may turn out to be inside a quoted cell. Cut anywhere, the
// pieces must join into the table (or the error) one reader gives.
void CsvReaderTest::piecesGiveTheSameTable_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // the start of the table one reader gives
    QTest::newRow("line breaks in quoted cells")
        << QStringLiteral("id,text\n1,\"one\ntwo\n\nthree\"\n2,\"x\n\"\n3,last")
        << QStringList({QStringLiteral("pieces.csv header line 1: id|text"), QStringLiteral("line 2: 1|one\ntwo\n\nthree"),
                        QStringLiteral("line 6: 2|x\n"), QStringLiteral("line 8: 3|last")});
    QTest::newRow("CR only") << QStringLiteral("id,text\r1,\"a\rb\"\r2,c\r")
                             << QStringList({QStringLiteral("pieces.csv header line 1: id|text"),
                                             QStringLiteral("line 2: 1|a\rb"), QStringLiteral("line 4: 2|c")});
    QTest::newRow("CRLF, quoted CRLF and doubled quotes")
        << QStringLiteral("id,text\r\n1,\"a\r\nb\"\r\n2,\"x\"\"y\"\"\"\r\n\"\"\"\",z\r\n")
        << QStringList({QStringLiteral("pieces.csv header line 1: id|text"), QStringLiteral("line 2: 1|a\r\nb"),
                        QStringLiteral("line 4: 2|x\"y\""), QStringLiteral("line 5: \"|z")});
    QTest::newRow("mixed endings, blank, short and long rows, a byte order mark")
        << QStringLiteral("\uFEFF\r\n a,b,c\r\n\r\n1\n2,3,4,5\r,,\n\"q\"\"\",\"\n\n\",z\n\n")
        << QStringList({QStringLiteral("pieces.csv header line 2:  a|b|c"), QStringLiteral("line 4: 1"),
                        QStringLiteral("line 5: 2|3|4|5"), QStringLiteral("line 7: q\"|\n\n|z")});
    QTest::newRow("a quote inside an unquoted cell")
        << QStringLiteral("a,b\n5\" screen,\"x\ny\"\n\"7\"\" wide\",z\n")
        << QStringList({QStringLiteral("pieces.csv header line 1: a|b"), QStringLiteral("line 2: 5\" screen|x\ny"),
                        QStringLiteral("line 4: 7\" wide|z")});
    QTest::newRow("semicolons, a cell of line breaks only")
        << QStringLiteral("a;b\n1;\"\n\n\n\n\"\n2;\"\r\n\r\"\n3;3")
        << QStringList({QStringLiteral("pieces.csv header line 1: a|b"), QStringLiteral("line 2: 1|\n\n\n\n"),
                        QStringLiteral("line 7: 2|\r\n\r"), QStringLiteral("line 10: 3|3")});
    QTest::newRow("a quoted cell never closed, far from the start")
        << QStringLiteral("a,b\n1,2\n3,4\n5,\"open\n6,7\n8,9\n")
        << QStringList({QStringLiteral("error: pieces.csv, line 4, column 3: a quoted cell is never closed; add the "
                                       "closing quote (\") or remove the opening one.")});
    QTest::newRow("text after a closing quote, after a quoted line break")
        << QStringLiteral("a\n\"1\n1\"\n2\n\"x\"y\n3\n")
        << QStringList({QStringLiteral("error: pieces.csv, line 5, column 4: text follows the closing quote of a quoted "
                                       "cell; quote the whole cell and double every quote inside it (\"\").")});
    QTest::newRow("only blank lines") << QStringLiteral("\n\r\n,\n  \n\"\"\n")
                                      << QStringList({QStringLiteral(
                                             "error: pieces.csv has no header row: the file is empty or holds only "
                                             "blank lines. Choose a CSV file with a header row.")});
}

void CsvReaderTest::piecesGiveTheSameTable()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const QStringList whole = readInPieces(text, 1);
    QCOMPARE(whole.mid(0, expected.size()), expected);
    QString error;
    QCOMPARE(described(CsvReader::read(text, QStringLiteral("pieces.csv"), &error), error), whole);
    // Up to a piece per character: every cut, inside cells, quotes and line breaks.
    for (int pieces = 2; pieces <= text.size() + 1; ++pieces) {
        const QStringList joined = readInPieces(text, pieces);
        if (joined != whole)
            qWarning("in %d pieces", pieces);
        QCOMPARE(joined, whole);
    }
}

// A text large enough for read() to cut it on its own, with quoted cells
// running over many lines, so that some cuts fall inside them.
void CsvReaderTest::largeTextIsReadInPieces()
{
    QString text = QStringLiteral("id,text,state\r\n");
    for (int i = 1; text.size() < 3 * 1024 * 1024; ++i) {
        if (i % 7 == 0)
            text += QStringLiteral("%1,\"%2\"\r\n").arg(i).arg(QStringLiteral("a line\r\n,\"\" more\n").repeated(i % 300));
        else
            text += QStringLiteral("%1,plain text %1,Kazakhstan\n").arg(i);
    }
    QString error;
    const std::optional<TextTable> table = CsvReader::read(text, QStringLiteral("large.csv"), &error);
    QVERIFY2(table, qPrintable(error));
    const QStringList whole = described(CsvReader::readInPieces(text, QStringLiteral("large.csv"), 1, &error), error);
    QCOMPARE(described(table, error), whole);
    QCOMPARE(table->rows.at(6).cells.at(1), QStringLiteral("a line\r\n,\" more\n").repeated(7));
    QCOMPARE(table->rows.at(7).line, 3 + 7 * 2 + 6);
}

QTEST_GUILESS_MAIN(CsvReaderTest)
#include "tst_csvreader.moc"
