// The identity key that tells a recommendation already imported: what it
// keeps and what it ignores, and that it is the key the straightforward
// definition gives (QChar's own classification, code unit by code unit) for
// texts of every kind, however the key is made.
#include "recordidentity.h"

#include <QRandomGenerator>
#include <QTest>

namespace {

const QChar separator(0x1F);

// The definition, written plainly: lower case, every run of characters that
// are not letters or digits made one space, none at either end.
QString normalised(const QString &text)
{
    QString result;
    bool gap = false;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            if (gap && !result.isEmpty())
                result += QLatin1Char(' ');
            result += c.toLower();
            gap = false;
        } else {
            gap = true;
        }
    }
    return result;
}

QString definedKey(const Recommendation &r)
{
    if (!r.symbol.trimmed().isEmpty() && !r.paragraph.trimmed().isEmpty())
        return QStringLiteral("doc") + separator + normalised(r.symbol) + separator + normalised(r.paragraph);
    QStringList states;
    for (const QString &state : r.recommendedBy)
        states << normalised(state);
    states.sort();
    return QStringLiteral("text") + separator + normalised(r.text) + separator + normalised(r.stateUnderReview)
        + separator + states.join(QLatin1Char(',')) + separator + QString::number(r.uprSession);
}

// Code units of many kinds: ASCII letters, digits and punctuation, accented
// and other-script letters whose lower case differs, letters with no case,
// combining marks, superscript digits, spaces of other widths, and both
// halves of a surrogate pair (alone, too).
const char16_t pool[] = {u'a',   u'Z',   u'z',   u'0',   u'9',   u' ',   u'.',   u'-',   u',',
                         u';',   u'/',   u'\t',  u'\n',  0x00A0, 0x00C9, 0x00E9, 0x00DF, 0x1E9E,
                         0x0130, 0x0131, 0x0418, 0x0439, 0x04E8, 0x03A3, 0x03C2, 0x05D0, 0x4E2D,
                         0x0301, 0x00B2, 0x0663, 0x2013, 0x2019, 0xD83D, 0xDE00, 0xD801, 0xDC00};

QString randomText(QRandomGenerator &random, int maximumLength)
{
    const int poolSize = int(sizeof pool / sizeof pool[0]);
    QString text;
    const int length = random.bounded(maximumLength + 1);
    for (int i = 0; i < length; ++i)
        text += QChar(pool[random.bounded(poolSize)]);
    return text;
}

Recommendation withText(const QString &text, const QString &state, const QStringList &recommendedBy, int session)
{
    Recommendation r;
    r.text = text;
    r.stateUnderReview = state;
    r.recommendedBy = recommendedBy;
    r.uprSession = session;
    return r;
}

} // namespace

Q_DECLARE_METATYPE(Recommendation)

class RecordIdentityTest : public QObject
{
    Q_OBJECT

private slots:
    void keys_data();
    void keys();
    void sameRecommendationHoweverTyped();
    void keyIsTheDefinedOne();
    void writtenKeyReusesItsBuffer();
};

void RecordIdentityTest::keys_data()
{
    QTest::addColumn<Recommendation>("recommendation");
    QTest::addColumn<QString>("key");
    Recommendation document;
    document.symbol = QStringLiteral("A/HRC/14/10");
    document.paragraph = QStringLiteral(" 97.1 ");
    document.text = QStringLiteral("ignored when the document is known");
    QTest::newRow("symbol and paragraph") << document
                                          << QStringLiteral("doc\u001Fa hrc 14 10\u001F97 1");
    QTest::newRow("states sorted once normalised")
        << withText(QStringLiteral("  Ratify the OP-CAT."), QStringLiteral("Kazakhstan"),
                    {QStringLiteral("Norway"), QStringLiteral(" brazil"), QStringLiteral("Côte d’Ivoire")}, 12)
        << QStringLiteral("text\u001Fratify the op cat\u001Fkazakhstan\u001Fbrazil,côte d ivoire,norway\u001F12");
    Recommendation blankSymbol = withText(QStringLiteral("Ратифицировать ОП-КАТ"), QStringLiteral("Қазақстан"), {}, 0);
    blankSymbol.symbol = QStringLiteral("  ");
    blankSymbol.paragraph = QStringLiteral("3");
    QTest::newRow("a blank symbol: the text decides")
        << blankSymbol << QStringLiteral("text\u001Fратифицировать оп кат\u001Fқазақстан\u001F\u001F0");
    QTest::newRow("an emoji is not a letter")
        << withText(QStringLiteral("a\U0001F600b²"), QStringLiteral("X"), {QStringLiteral("--")}, -1)
        << QStringLiteral("text\u001Fa b²\u001Fx\u001F\u001F-1");
}

void RecordIdentityTest::keys()
{
    QFETCH(Recommendation, recommendation);
    QFETCH(QString, key);
    QCOMPARE(RecordIdentity::keyOf(recommendation), key);
}

void RecordIdentityTest::sameRecommendationHoweverTyped()
{
    const Recommendation a = withText(QStringLiteral("Ratify the OP-CAT."), QStringLiteral("Kazakhstan"),
                                      {QStringLiteral("Norway"), QStringLiteral("Brazil")}, 7);
    const Recommendation b = withText(QStringLiteral("ratify  the op cat"), QStringLiteral(" KAZAKHSTAN"),
                                      {QStringLiteral("brazil"), QStringLiteral("NORWAY!")}, 7);
    QCOMPARE(RecordIdentity::keyOf(a), RecordIdentity::keyOf(b));
    Recommendation otherSession = b;
    otherSession.uprSession = 8;
    QVERIFY(RecordIdentity::keyOf(a) != RecordIdentity::keyOf(otherSession));
    const Recommendation accented = withText(QStringLiteral("Ratify the OP-CAT."), QStringLiteral("Kazakhstán"),
                                             {QStringLiteral("Norway"), QStringLiteral("Brazil")}, 7);
    QVERIFY(RecordIdentity::keyOf(a) != RecordIdentity::keyOf(accented)); // accents are kept
}

void RecordIdentityTest::keyIsTheDefinedOne()
{
    QRandomGenerator random(20261125);
    for (int i = 0; i < 20000; ++i) {
        QStringList states;
        for (int s = random.bounded(4); s > 0; --s)
            states << randomText(random, 6);
        Recommendation r = withText(randomText(random, 40), randomText(random, 8), states, random.bounded(-2, 60));
        if (i % 3 == 0) {
            r.symbol = randomText(random, 6);
            r.paragraph = randomText(random, 4);
        }
        const QString key = RecordIdentity::keyOf(r);
        if (key != definedKey(r))
            qWarning() << "text" << r.text << "state" << r.stateUnderReview << "states" << states << "symbol"
                       << r.symbol << "paragraph" << r.paragraph;
        QCOMPARE(key, definedKey(r));
    }
}

void RecordIdentityTest::writtenKeyReusesItsBuffer()
{
    const Recommendation longer = withText(QStringLiteral("A long text, ").repeated(20), QStringLiteral("State"),
                                           {QStringLiteral("Norway")}, 30);
    const Recommendation shorter = withText(QStringLiteral("Short"), QStringLiteral("State"), {}, 3);
    QString key;
    RecordIdentity::writeKey(longer, &key);
    QCOMPARE(key, RecordIdentity::keyOf(longer));
    RecordIdentity::writeKey(shorter, &key);
    QCOMPARE(key, QStringLiteral("text\u001Fshort\u001Fstate\u001F\u001F3"));
}

QTEST_GUILESS_MAIN(RecordIdentityTest)
#include "tst_recordidentity.moc"
