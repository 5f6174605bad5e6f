// Imported files decode to the exact text their authors wrote, whichever of
// the encodings real exports use they come in, and files that are not text
// are refused with a sentence that says so.
#include "textdecoding.h"

#include <QFile>
#include <QStringEncoder>
#include <QTest>

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(FIXTURES "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

const QString multilingual = QStringLiteral(
    "paragraph,text,state\n"
    "1,Қазақстан Республикасы әйелдер мен ерлердің тең құқықтарын қамтамасыз етсін,Kazakhstan\n"
    "2,Үкімет өкілдері ғылым мен білімді дамытсын; Һ һ ң,Côte d’Ivoire\n"
    "3,Обеспечить независимость судов,Россия\n");

const QString western = QStringLiteral(
    "paragraph,recommendation,state,status\n"
    "97.1,Garantir l’égalité des femmes et des hommes – sans délai,France,Accepted\n"
    "97.2,Adoptar medidas para la participación de los niños en la educación,España,Noted\n"
    "97.3,\"Die Empfehlung prüfen; Übereinkommen für Menschenrechte\",Deutschland,Supported\n"
    "97.4,\"Renforcer la coopération, reçu le “rapport”\",Côte d’Ivoire,Accepted\n");

const QString russian = QStringLiteral(
    "пункт,рекомендация,государство,статус\n"
    "97.1,\"Обеспечить независимость судебной власти, в том числе судей\",Франция,Принята\n"
    "97.2,Ратифицировать Факультативный протокол к Конвенции против пыток,Чили,Отклонена\n"
    "97.3,Закон № 5 «О СМИ» — пересмотреть,Норвегия,Ещё нет\n");

const QString notTextError = QStringLiteral(
    "The file is not a text file: it holds NUL bytes, as a ZIP archive, an XLSX workbook or an "
    "image does. Choose a CSV file, or save the sheet as CSV first.");

} // namespace

class TextDecodingTest : public QObject
{
    Q_OBJECT

private slots:
    void unicodeFiles_data();
    void unicodeFiles();
    void legacyFiles_data();
    void legacyFiles();
    void legacySentences_data();
    void legacySentences();
    void asciiIsUtf8();
    void forcedEncoding_data();
    void forcedEncoding();
    void unknownEncoding();
    void notText_data();
    void notText();
    void invalidBytes_data();
    void invalidBytes();
    void knownEncodingsDecode();
};

void TextDecodingTest::unicodeFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("UTF-8") << QStringLiteral("kazakh-utf8.csv") << QStringLiteral("UTF-8");
    QTest::newRow("UTF-8 with BOM") << QStringLiteral("kazakh-utf8-bom.csv") << QStringLiteral("UTF-8");
    QTest::newRow("UTF-16LE with BOM") << QStringLiteral("kazakh-utf16le-bom.csv") << QStringLiteral("UTF-16LE");
    QTest::newRow("UTF-16BE with BOM") << QStringLiteral("kazakh-utf16be-bom.csv") << QStringLiteral("UTF-16BE");
    QTest::newRow("UTF-16LE without BOM") << QStringLiteral("kazakh-utf16le-nobom.csv")
                                          << QStringLiteral("UTF-16LE");
}

void TextDecodingTest::unicodeFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QString error;
    const std::optional<TextDecoding::DecodedText> decoded = TextDecoding::decode(fixture(file), QString(), &error);
    QVERIFY2(decoded, qPrintable(error));
    QCOMPARE(decoded->encoding, encoding);
    QCOMPARE(decoded->text, multilingual); // the byte order mark is gone too
}

void TextDecodingTest::legacyFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("expected");
    QTest::newRow("French, Spanish, German in Windows-1252")
        << QStringLiteral("western-windows1252.csv") << QStringLiteral("windows-1252") << western;
    QTest::newRow("the same in Mac Roman") << QStringLiteral("western-macroman.csv") << QStringLiteral("macintosh")
                                           << western;
    QTest::newRow("Russian in Windows-1251")
        << QStringLiteral("russian-windows1251.csv") << QStringLiteral("windows-1251") << russian;
}

void TextDecodingTest::legacyFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QFETCH(QString, expected);
    const QByteArray bytes = fixture(file);
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString asUtf8 = utf8.decode(bytes); // decoding happens on conversion to QString
    QVERIFY(!asUtf8.isEmpty());
    QVERIFY2(utf8.hasError(), "the fixture must not be valid UTF-8, or the guess is not exercised");

    QString error;
    const std::optional<TextDecoding::DecodedText> decoded = TextDecoding::decode(bytes, QStringLiteral("auto"), &error);
    QVERIFY2(decoded, qPrintable(error));
    QCOMPARE(decoded->encoding, encoding);
    QCOMPARE(decoded->text, expected);
}

// Short texts give the guess the least to go on; each is written in every
// candidate encoding that can hold it and must come back unchanged.
void TextDecodingTest::legacySentences_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("sentence");
    // Each of these needs one of the rules in textdecoding.cpp to come back.
    const QStringList westernSentences = {
        QStringLiteral("café"), QStringLiteral("España"), QStringLiteral("für"), QStringLiteral("Perú"),
        QStringLiteral("São Paulo"), QStringLiteral("à la"), QStringLiteral("voilà"), QStringLiteral("Noël"),
        QStringLiteral("compañía"), QStringLiteral("coração"), QStringLiteral("Österreich"), QStringLiteral("île"),
        QStringLiteral("Líbano"), QStringLiteral("mínimo"), QStringLiteral("Haití"), QStringLiteral("l’homme"),
        QStringLiteral("dell’uomo"), QStringLiteral("aujourd’hui"), QStringLiteral("it’s"), QStringLiteral("‘No’"),
        QStringLiteral("“Quote” – dash"), QStringLiteral("10 °C"), QStringLiteral("¡Basta!"),
        QStringLiteral("col·lectiu"), QStringLiteral("Straße, schön, Größe, Mädchen"),
        QStringLiteral("número, última, público, jurídico, política"),
        QStringLiteral("Cœur, œuvre, être, côte, août, maïs"), QStringLiteral("„Anführungszeichen“ und Größe"),
        QStringLiteral("ÉTAT, ÉGALITÉ, CÔTE D’IVOIRE"), QStringLiteral("«Droits de l’enfant» • 5 €"),
        QStringLiteral("12,\"Garantizar la libertad de expresión, incluida la de los periodistas\",Perú;México"),
        QStringLiteral("Continue efforts to ensure the “independence” of the judiciary – Türkiye"),
    };
    const QStringList russianSentences = {
        QStringLiteral("Привет"), QStringLiteral("вина"), QStringLiteral("суд"), QStringLiteral("в"),
        QStringLiteral("и"), QStringLiteral("ПРИНЯТО"), QStringLiteral("Ёлка, объём, подъезд, чьё"),
        QStringLiteral("№ 5, «Закон о СМИ» — 2014 г."),
        QStringLiteral("97.1,Ратифицировать Факультативный протокол,Алжир,Принята"),
        QStringLiteral("СМИ, НПО, ООН"), QStringLiteral("Казахстан, Кыргызстан, Узбекистан"),
    };
    for (const char *encoding : {"windows-1252", "macintosh"}) {
        for (const QString &sentence : westernSentences)
            QTest::addRow("%s: %s", encoding, qPrintable(sentence)) << QString::fromLatin1(encoding) << sentence;
    }
    for (const QString &sentence : russianSentences)
        QTest::addRow("windows-1251: %s", qPrintable(sentence)) << QStringLiteral("windows-1251") << sentence;
}

void TextDecodingTest::legacySentences()
{
    QFETCH(QString, encoding);
    QFETCH(QString, sentence);
    QStringEncoder encoder(encoding.toLatin1().constData());
    const QByteArray bytes = encoder.encode(sentence);
    QVERIFY(!encoder.hasError());

    QString error;
    const std::optional<TextDecoding::DecodedText> decoded = TextDecoding::decode(bytes, QString(), &error);
    QVERIFY2(decoded, qPrintable(error));
    QCOMPARE(decoded->text, sentence);
    QCOMPARE(decoded->encoding, encoding);
}

void TextDecodingTest::asciiIsUtf8()
{
    QString error;
    const std::optional<TextDecoding::DecodedText> decoded =
        TextDecoding::decode(QByteArrayLiteral("id,text\r\n1,plain\r\n"), QString(), &error);
    QVERIFY2(decoded, qPrintable(error));
    QCOMPARE(decoded->encoding, QStringLiteral("UTF-8"));
    QCOMPARE(decoded->text, QStringLiteral("id,text\r\n1,plain\r\n"));
}

// A forced encoding is obeyed even where the guess would differ, so that the
// user can overrule a wrong guess.
void TextDecodingTest::forcedEncoding_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("firstRow");
    QTest::newRow("Mac Roman read as Windows-1252")
        << QStringLiteral("western-macroman.csv") << QStringLiteral("windows-1252") << QStringLiteral("windows-1252")
        << QStringLiteral("97.1,Garantir lÕŽgalitŽ des femmes et des hommes Ð sans dŽlai,France,Accepted");
    QTest::newRow("Mac Roman named") << QStringLiteral("western-macroman.csv") << QStringLiteral("macintosh")
                                     << QStringLiteral("macintosh")
                                     << QStringLiteral("97.1,Garantir l’égalité des femmes et des hommes – sans "
                                                       "délai,France,Accepted");
    QTest::newRow("an alias gives the canonical name")
        << QStringLiteral("russian-windows1251.csv") << QStringLiteral("cp1251") << QStringLiteral("windows-1251")
        << QStringLiteral("97.1,\"Обеспечить независимость судебной власти, в том числе судей\",Франция,Принята");
    QTest::newRow("auto in any case, with spaces")
        << QStringLiteral("western-windows1252.csv") << QStringLiteral(" AUTO ") << QStringLiteral("windows-1252")
        << QStringLiteral("97.1,Garantir l’égalité des femmes et des hommes – sans délai,France,Accepted");
}

void TextDecodingTest::forcedEncoding()
{
    QFETCH(QString, file);
    QFETCH(QString, name);
    QFETCH(QString, encoding);
    QFETCH(QString, firstRow);
    QString error;
    const std::optional<TextDecoding::DecodedText> decoded = TextDecoding::decode(fixture(file), name, &error);
    QVERIFY2(decoded, qPrintable(error));
    QCOMPARE(decoded->encoding, encoding);
    QCOMPARE(decoded->text.split(QLatin1Char('\n')).value(1), firstRow);
}

void TextDecodingTest::unknownEncoding()
{
    QString error;
    QVERIFY(!TextDecoding::decode(QByteArrayLiteral("a,b\n"), QStringLiteral("klingon-8"), &error));
    QCOMPARE(error, QStringLiteral("Unknown encoding \"klingon-8\"; use one of UTF-8, UTF-16, windows-1251, "
                                   "windows-1252, macintosh or another ICU name."));
}

void TextDecodingTest::notText_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("ZIP") << QStringLiteral("workbook.zip") << QString();
    QTest::newRow("PNG") << QStringLiteral("image.png") << QString();
    QTest::newRow("ZIP, encoding forced") << QStringLiteral("workbook.zip") << QStringLiteral("windows-1252");
}

void TextDecodingTest::notText()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QString error;
    QVERIFY(!TextDecoding::decode(fixture(file), encoding, &error));
    QCOMPARE(error, notTextError);
}

void TextDecodingTest::invalidBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("error");
    QTest::newRow("Windows-1252 forced as UTF-8")
        << fixture(QStringLiteral("western-windows1252.csv")) << QStringLiteral("UTF-8")
        << QStringLiteral("The file holds bytes that are not valid UTF-8 text; choose another encoding, or "
                          "\"auto\" to detect it.");
    QTest::newRow("UTF-8 cut off after a BOM")
        << QByteArrayLiteral("\xEF\xBB\xBF" "caf\xC3") << QString()
        << QStringLiteral("The file holds bytes that are not valid UTF-8 text; choose another encoding, or "
                          "\"auto\" to detect it.");
    QTest::newRow("UTF-16 with an odd byte count")
        << QByteArrayLiteral("\xFF\xFE" "a\0b\0c") << QString()
        << QStringLiteral("The file holds bytes that are not valid UTF-16LE text; choose another encoding, or "
                          "\"auto\" to detect it.");
}

void TextDecodingTest::invalidBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QString, error);
    QString actual;
    QVERIFY(!TextDecoding::decode(bytes, encoding, &actual));
    QCOMPARE(actual, error);
}

void TextDecodingTest::knownEncodingsDecode()
{
    const QStringList names = TextDecoding::knownEncodings();
    QCOMPARE(names.value(0), QStringLiteral("auto"));
    for (const char *required : {"UTF-8", "UTF-16LE", "UTF-16BE", "windows-1251", "windows-1252", "macintosh"})
        QVERIFY2(names.contains(QLatin1String(required)), required);
    for (const QString &name : names) {
        QString error;
        QByteArray bytes = QByteArrayLiteral("id,x");
        if (name.startsWith(QLatin1String("UTF-16"))) {
            QStringEncoder encoder(name.toLatin1().constData());
            bytes = encoder.encode(QStringLiteral("id,x"));
        }
        const std::optional<TextDecoding::DecodedText> decoded = TextDecoding::decode(bytes, name, &error);
        QVERIFY2(decoded, qPrintable(name + QLatin1String(": ") + error));
        QCOMPARE(decoded->text, QStringLiteral("id,x"));
    }
}

QTEST_GUILESS_MAIN(TextDecodingTest)
#include "tst_textdecoding.moc"
