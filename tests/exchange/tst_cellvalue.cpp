// Cells of imported tables become the values their authors meant: entities
// decoded, spaces tidied, spreadsheet numbers read, lists split.
#include "cellvalue.h"
#include "csvreader.h"

#include <QFile>
#include <QTest>

class CellValueTest : public QObject
{
    Q_OBJECT

private slots:
    void clean_data();
    void clean();
    void cleanEntitiesFile();
    void wholeNumber_data();
    void wholeNumber();
    void splitList_data();
    void splitList();
};

void CellValueTest::clean_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("expected");
    QTest::newRow("decimal") << QStringLiteral("&#40;OP-CAT&#41;") << QStringLiteral("(OP-CAT)");
    QTest::newRow("hexadecimal") << QStringLiteral("Women&#x27;s &#X41;") << QStringLiteral("Women's A");
    QTest::newRow("beyond the BMP") << QStringLiteral("&#128512;&#x1F600;") << QStringLiteral("\U0001F600\U0001F600");
    QTest::newRow("Cyrillic by number") << QStringLiteral("&#1178;&#1201;") << QStringLiteral("Құ");
    QTest::newRow("markup names") << QStringLiteral("&lt;b&gt; &quot;x&quot; &apos;y&apos; &amp;")
                                  << QStringLiteral("<b> \"x\" 'y' &");
    QTest::newRow("Latin-1 names are case-sensitive") << QStringLiteral("&Eacute;galit&eacute; &ccedil;a &Ntilde;")
                                                      << QStringLiteral("Égalité ça Ñ");
    QTest::newRow("typographic names")
        << QStringLiteral("&laquo;a&raquo; &ndash; &mdash; &lsquo;b&rsquo; &ldquo;c&rdquo; &hellip; &euro;")
        << QStringLiteral("«a» – — ‘b’ “c” … €");
    QTest::newRow("Windows-1252 numbers mean their characters") << QStringLiteral("&#145;x&#146; &#150; &#128;")
                                                                << QStringLiteral("‘x’ – €");
    QTest::newRow("one pass only") << QStringLiteral("&amp;lt;") << QStringLiteral("&lt;");
    QTest::newRow("unknown names stay") << QStringLiteral("&foo; &EACUTE; &;") << QStringLiteral("&foo; &EACUTE; &;");
    QTest::newRow("no semicolon, no entity") << QStringLiteral("AT&T R&D &amp") << QStringLiteral("AT&T R&D &amp");
    QTest::newRow("impossible numbers stay") << QStringLiteral("&#0; &#xD800; &#1114112; &#xZZ;")
                                             << QStringLiteral("&#0; &#xD800; &#1114112; &#xZZ;");
    QTest::newRow("non-breaking spaces") << QStringLiteral("&nbsp;art.&nbsp;5\u00A0and\u202F6\u00A0")
                                         << QStringLiteral("art. 5 and 6");
    QTest::newRow("trimmed, inner runs kept") << QStringLiteral(" \t a  b\n c \r\n") << QStringLiteral("a  b\n c");
    QTest::newRow("empty") << QString() << QString();
}

void CellValueTest::clean()
{
    QFETCH(QString, cell);
    QFETCH(QString, expected);
    QCOMPARE(CellValue::clean(cell), expected);
}

// The entities as a web-page export brings them, through the CSV reader.
void CellValueTest::cleanEntitiesFile()
{
    QFile file(QStringLiteral(FIXTURES "/entities.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const std::optional<TextTable> table =
        CsvReader::read(QString::fromUtf8(file.readAll()), QStringLiteral("entities.csv"), &error);
    QVERIFY2(table, qPrintable(error));
    QStringList cleaned;
    for (const TextTableRow &row : table->rows)
        cleaned << CellValue::clean(row.cells.value(1));
    QCOMPARE(cleaned, QStringList({
                          QStringLiteral("Ratify the Optional Protocol (OP-CAT)"),
                          QStringLiteral("Women's rights & gender equality"),
                          QStringLiteral("Égalité des sexes – l’homme"),
                          QStringLiteral("«Droits de l’enfant»"),
                          QStringLiteral("Unknown &foo; and &lt; stay"),
                          QStringLiteral("’Smart” quotes from a Windows page"),
                      }));
}

void CellValueTest::wholeNumber_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("expected");
    QTest::newRow("plain") << QStringLiteral("5") << true << 5;
    QTest::newRow("spaces") << QStringLiteral(" 5 ") << true << 5;
    QTest::newRow("no-break space") << QStringLiteral("&nbsp;7\u00A0") << true << 7;
    QTest::newRow("spreadsheet decimal") << QStringLiteral("5.0") << true << 5;
    QTest::newRow("two zeros") << QStringLiteral("20.00") << true << 20;
    QTest::newRow("leading zero") << QStringLiteral("05") << true << 5;
    QTest::newRow("negative") << QStringLiteral("-3") << true << -3;
    QTest::newRow("largest int") << QStringLiteral("2147483647") << true << 2147483647;
    QTest::newRow("a fraction") << QStringLiteral("5.5") << false << 0;
    QTest::newRow("decimal comma") << QStringLiteral("5,0") << false << 0;
    QTest::newRow("point without digits") << QStringLiteral("5.") << false << 0;
    QTest::newRow("no whole part") << QStringLiteral(".0") << false << 0;
    QTest::newRow("exponent") << QStringLiteral("1e3") << false << 0;
    QTest::newRow("plus sign") << QStringLiteral("+5") << false << 0;
    QTest::newRow("two numbers") << QStringLiteral("5 5") << false << 0;
    QTest::newRow("too large") << QStringLiteral("2147483648") << false << 0;
    QTest::newRow("Arabic-Indic digits") << QStringLiteral("٥") << false << 0;
    QTest::newRow("text") << QStringLiteral("abc") << false << 0;
    QTest::newRow("empty") << QString() << false << 0;
}

void CellValueTest::wholeNumber()
{
    QFETCH(QString, cell);
    QFETCH(bool, valid);
    QFETCH(int, expected);
    const std::optional<int> number = CellValue::wholeNumber(cell);
    QCOMPARE(number.has_value(), valid);
    if (valid)
        QCOMPARE(*number, expected);
}

void CellValueTest::splitList_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("UPR Info themes") << QStringLiteral("Torture and other CID, Justice,Women's rights")
                                     << QStringList({QStringLiteral("Torture and other CID"), QStringLiteral("Justice"),
                                                     QStringLiteral("Women's rights")});
    QTest::newRow("semicolons keep commas inside values")
        << QStringLiteral("Rights of the child, juvenile justice; Torture")
        << QStringList({QStringLiteral("Rights of the child, juvenile justice"), QStringLiteral("Torture")});
    QTest::newRow("empty values dropped") << QStringLiteral(" a;; b ; \u00A0;")
                                          << QStringList({QStringLiteral("a"), QStringLiteral("b")});
    QTest::newRow("repeats dropped, first spelling kept")
        << QStringLiteral("Torture, torture ,TORTURE, Justice, Torture")
        << QStringList({QStringLiteral("Torture"), QStringLiteral("Justice")});
    QTest::newRow("Cyrillic repeats") << QStringLiteral("Қазақстан; ҚАЗАҚСТАН; Ресей")
                                      << QStringList({QStringLiteral("Қазақстан"), QStringLiteral("Ресей")});
    // Repeats are the same once case-folded, as QString::toCaseFolded() folds.
    QTest::newRow("a Kelvin sign folds to k") << QStringLiteral("Kelvin, \u212Aelvin, kelvin")
                                              << QStringList({QStringLiteral("Kelvin")});
    QTest::newRow("sharp s is not ss") << QStringLiteral("STRASSE, Straße, Strasse, STRAßE")
                                       << QStringList({QStringLiteral("STRASSE"), QStringLiteral("Straße")});
    QTest::newRow("ASCII values of other lengths differ") << QStringLiteral("Justice, Justices, justic")
                                                          << QStringList({QStringLiteral("Justice"),
                                                                          QStringLiteral("Justices"),
                                                                          QStringLiteral("justic")});
    QTest::newRow("one value with spaces inside") << QStringLiteral(" \u00A0Justice  and peace ")
                                                  << QStringList({QStringLiteral("Justice  and peace")});
    QTest::newRow("inner spaces kept") << QStringLiteral("Freedom of  expression")
                                       << QStringList({QStringLiteral("Freedom of  expression")});
    QTest::newRow("entities decoded before splitting")
        << QStringLiteral("Women&#39;s rights, Justice&nbsp;")
        << QStringList({QStringLiteral("Women's rights"), QStringLiteral("Justice")});
    QTest::newRow("blank") << QStringLiteral("  ") << QStringList();
    QTest::newRow("empty") << QString() << QStringList();
}

void CellValueTest::splitList()
{
    QFETCH(QString, cell);
    QFETCH(QStringList, expected);
    QCOMPARE(CellValue::splitList(cell), expected);
}

QTEST_GUILESS_MAIN(CellValueTest)
#include "tst_cellvalue.moc"
