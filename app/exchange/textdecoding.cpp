#include "textdecoding.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace TextDecoding {

namespace {

QString notTextMessage()
{
    return QCoreApplication::translate("TextDecoding",
                                       "The file is not a text file: it holds NUL bytes, as a ZIP "
                                       "archive, an XLSX workbook or an image does. Choose a CSV file, "
                                       "or save the sheet as CSV first.");
}

QString badBytesMessage(const QString &encoding)
{
    return QCoreApplication::translate("TextDecoding",
                                       "The file holds bytes that are not valid %1 text; choose another "
                                       "encoding, or \"auto\" to detect it.")
        .arg(encoding);
}

// Stateless, so that a multi-byte sequence cut off at the end of the file is
// reported as an error instead of being kept back for more input.
std::optional<DecodedText> decodeAs(QByteArrayView bytes, const char *encoding, QString *error)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    const QString name = QString::fromLatin1(decoder.name());
    // Qt's UTF-16 decoder turns a lone last byte into U+FFFD without an error.
    if (decoder.hasError() || (name.startsWith(QLatin1String("UTF-16")) && bytes.size() % 2 != 0)) {
        *error = badBytesMessage(name);
        return std::nullopt;
    }
    if (text.contains(QChar(u'\0'))) {
        *error = notTextMessage();
        return std::nullopt;
    }
    return DecodedText{text, name};
}

// ---- Choosing among the legacy single-byte code pages ----------------------
//
// Windows-1251, Windows-1252 and Mac Roman each turn any byte into some
// character, so no decoder ever fails and the choice has to be a guess. Text
// decoded with the right code page reads like language: its accented letters
// are ones the language uses often (é ñ ü, а-я), inside words of their own
// script, and in Western text one or two at a time among ASCII letters; its
// punctuation is typographic and placed as writers place it (l’homme,
// “quote”, 2010 – 2014, 5 €). Decoded with a wrong one, the same bytes become
// letters of another script beside the words (cafй, а la), long runs of
// accented Latin letters (Russian read as Windows-1252: Ïðèâåò), rarer
// letters (cafŽ, Perœ), punctuation glued into words (Espa–a, No‘l) or facing
// the wrong way (”le), control characters for undefined bytes, or symbols
// prose hardly uses (‡ ˆ ‰ √ ∂ ∑ Ω ◊ ˇ). Each non-ASCII character scores up or
// down by these rules, and the code page with the highest total wins. The
// rules are pinned by the sentences in tests/exchange/tst_textdecoding.cpp.

// Typographic punctuation ordinary text uses, and which way quotes face.
const char16_t commonPunctuation[] = u"\u00A0’‘“”„«»–—…•©®";
const char16_t openingMarks[] = u"“„«‘";
const char16_t closingMarks[] = u"”»…";
// Signs that stand next to a number: 5 €, № 12, § 3, 20°.
const char16_t numberSigns[] = u"€£§°№";
// Characters a wrong code page produces far more often than writers do.
const char16_t rareSymbols[] = u"‚ƒ†‡ˆ‰‹›˜¤¦¨¯´¸¬±¹²³¼½¾µ¶÷×™√∂∑∏π∫Ω◊≈∆≠≤≥∞˘˙˚˝˛ˇﬁﬂı";
// Accented letters frequent in French, Spanish, German, Italian, Portuguese.
// Not œ: Mac Roman ú (Perú) reads as œ in Windows-1252, and ú is the more
// frequent of the two.
const char16_t commonLatin[] = u"àâäáãçéèêëíìîïñóòôöõúùûüßÀÂÄÁÇÉÊÍÑÓÖÚÜ";

bool contains(const char16_t *set, QChar c)
{
    for (const char16_t *p = set; *p; ++p) {
        if (*p == c.unicode())
            return true;
    }
    return false;
}

enum class Script { None, Latin, Cyrillic, Other };

Script scriptOf(QChar c)
{
    if (!c.isLetter() || c == u'ª' || c == u'º')
        return Script::None;
    if (c.unicode() < 0x0250)
        return Script::Latin;
    if (c.unicode() >= 0x0400 && c.unicode() < 0x0530)
        return Script::Cyrillic;
    return Script::Other;
}

// A character and its neighbours; a space stands in beyond either end.
struct Context {
    QChar before, c, after;
    const QString &text;
    qsizetype pos;

    // How many characters from pos + step on, going by step, satisfy test;
    // looking no further than 40, so that odd input cannot make this slow.
    template<typename Test>
    qsizetype count(int step, Test test) const
    {
        qsizetype n = 0;
        for (qsizetype i = pos + step; n < 40 && i >= 0 && i < text.size() && test(text.at(i)); i += step)
            ++n;
        return n;
    }
    // The script of the nearest letter on the same line, going by step.
    Script nearbyScript(int step) const
    {
        const qsizetype gap = count(step, [](QChar n) { return !n.isLetter() && n != u'\n' && n != u'\r'; });
        const qsizetype i = pos + step * (gap + 1);
        return i >= 0 && i < text.size() ? scriptOf(text.at(i)) : Script::None;
    }
};

int letterScore(const Context &x)
{
    const Script script = scriptOf(x.c);
    const auto foreign = [script](Script s) { return s != Script::None && s != script; };
    const auto accentedLatin = [](QChar n) { return n.unicode() >= 0x80 && scriptOf(n) == Script::Latin; };
    int score = 0;
    if (foreign(x.nearbyScript(-1)) || foreign(x.nearbyScript(1)))
        score -= 2; // the nearest letter is of another script: cafй, а la
    else if (script == Script::Latin && x.count(-1, accentedLatin) + x.count(1, accentedLatin) >= 2)
        score -= 1; // Ïðèâåò: Western words hold no three accented letters in a row
    else if (scriptOf(x.before) == script || scriptOf(x.after) == script)
        score += 1; // inside a word of its own script
    else if (script == Script::Cyrillic && QStringView(u"авикосуяВИКОСУЯ").contains(x.c))
        score += 1; // Russian one-letter words: в, и, к, с, я
    if (x.c.isLower() && x.after.isUpper())
        score -= 2; // ëNoí: Mac Roman for ‘No’ read as Windows-1252
    if (script == Script::Cyrillic && ((x.c >= u'А' && x.c <= u'я') || x.c == u'Ё' || x.c == u'ё'))
        score += 1;
    else if (contains(commonLatin, x.c))
        score += 1;
    return score;
}

int punctuationScore(const Context &x)
{
    const bool letterBefore = x.before.isLetter();
    const bool letterAfter = x.after.isLetter();
    if (x.c == u'’' && letterBefore && letterAfter) {
        // An apostrophe elides before a vowel or h (l’homme, dell’uomo,
        // aujourd’hui) or starts a short ending (it’s, don’t, we’ll); Mac
        // Roman í read as Windows-1252 gives m’nimo, L’bano.
        const QChar next = x.after.decomposition().isEmpty() ? x.after : x.after.decomposition().at(0);
        const bool ending = x.count(1, [](QChar n) { return n.isLetter(); }) <= 2;
        return ending || QStringView(u"aeiouyhAEIOUYH").contains(next) ? 3 : 1;
    }
    if (x.c == u'·') // Catalan l·l; elsewhere the byte of á read as Mac Roman
        return x.before.toLower() == u'l' && x.after.toLower() == u'l' ? 3 : -2;
    if (x.c == u'¿' || x.c == u'¡')
        return letterAfter ? 3 : -1; // ¡Basta!
    if (letterBefore && letterAfter)
        return -2; // Espa–a, n„o, No‘l
    if ((contains(openingMarks, x.c) && letterBefore) || (contains(closingMarks, x.c) && letterAfter))
        return -1; // ”le, …sterreich: a mark facing the wrong way
    return x.c == u'’' ? 1 : 2; // Hait’: an apostrophe belongs between letters
}

int signScore(const Context &x)
{
    const auto space = [](QChar n) { return n == u' ' || n == QChar(0xA0); };
    const auto digitAt = [&](int step) { // past any spaces
        const qsizetype i = x.pos + step * (x.count(step, space) + 1);
        return i >= 0 && i < x.text.size() && x.text.at(i).isDigit();
    };
    if (x.before.isLetter() || (x.after.isLetter() && !(x.c == u'°' && QStringView(u"CF").contains(x.after))))
        return -1; // wei§, €gypten: Mac Roman ß and Ä read as Windows-1252 and -1251
    return digitAt(-1) || digitAt(1) ? 4 : -1; // 5 €, 10 °C; € la is Mac Roman à as Windows-1251
}

int characterScore(const Context &x)
{
    if (x.c.category() == QChar::Other_Control || x.c == QChar::ReplacementCharacter)
        return -5;
    if (contains(rareSymbols, x.c))
        return -3;
    if (contains(numberSigns, x.c))
        return signScore(x);
    if (contains(commonPunctuation, x.c) || x.c == u'·' || x.c == u'¿' || x.c == u'¡')
        return punctuationScore(x);
    if (x.c.isLetter())
        return letterScore(x);
    return 0;
}

int plausibility(const QString &text)
{
    int total = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).unicode() < 0x80)
            continue;
        const QChar before = i > 0 ? text.at(i - 1) : QChar(u' ');
        const QChar after = i + 1 < text.size() ? text.at(i + 1) : QChar(u' ');
        total += characterScore(Context{before, text.at(i), after, text, i});
    }
    return total;
}

// Ties go to the earlier entry. Most ties are texts whose only non-ASCII
// characters Windows-1252 and -1251 share (’ “ ” – —), which read the same
// either way.
const char *const legacyCandidates[] = {"windows-1252", "windows-1251", "macintosh"};

const char *guessLegacyEncoding(const QByteArray &bytes)
{
    // The start of a large file shows its encoding as well as the whole does.
    const QByteArray sample = bytes.left(256 * 1024);
    const char *best = nullptr;
    int bestScore = 0;
    for (const char *candidate : legacyCandidates) {
        const int score = plausibility(QStringDecoder(candidate).decode(sample));
        if (!best || score > bestScore) {
            best = candidate;
            bestScore = score;
        }
    }
    return best;
}

// UTF-16 without a byte order mark: mostly-ASCII text then has a NUL in every
// second byte, always on the same side.
const char *unmarkedUtf16(const QByteArray &bytes)
{
    if (bytes.size() % 2 != 0)
        return nullptr;
    qsizetype evenNuls = 0, oddNuls = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes.at(i) == '\0')
            ++(i % 2 == 0 ? evenNuls : oddNuls);
    }
    if (evenNuls == 0 && oddNuls * 4 >= bytes.size() / 2)
        return "UTF-16LE";
    if (oddNuls == 0 && evenNuls * 4 >= bytes.size() / 2)
        return "UTF-16BE";
    return nullptr;
}

std::optional<DecodedText> detect(const QByteArray &bytes, QString *error)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return decodeAs(QByteArrayView(bytes).sliced(3), "UTF-8", error); // a view: no copy of a large file
    if (bytes.startsWith("\xFF\xFE"))
        return decodeAs(QByteArrayView(bytes).sliced(2), "UTF-16LE", error);
    if (bytes.startsWith("\xFE\xFF"))
        return decodeAs(QByteArrayView(bytes).sliced(2), "UTF-16BE", error);
    if (bytes.contains('\0')) {
        if (const char *utf16 = unmarkedUtf16(bytes))
            return decodeAs(bytes, utf16, error);
        *error = notTextMessage();
        return std::nullopt;
    }
    QString notUtf8;
    if (std::optional<DecodedText> utf8 = decodeAs(bytes, "UTF-8", &notUtf8))
        return utf8;
    return decodeAs(bytes, guessLegacyEncoding(bytes), error);
}

} // namespace

std::optional<DecodedText> decode(const QByteArray &bytes, const QString &encodingName, QString *error)
{
    const QString name = encodingName.trimmed();
    if (name.isEmpty() || name.compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0)
        return detect(bytes, error);

    const QByteArray codec = name.toLatin1();
    if (!QStringDecoder(codec.constData()).isValid()) {
        *error = QCoreApplication::translate("TextDecoding",
                                             "Unknown encoding \"%1\"; use one of UTF-8, UTF-16, "
                                             "windows-1251, windows-1252, macintosh or another ICU name.")
                     .arg(name);
        return std::nullopt;
    }
    return decodeAs(bytes, codec.constData(), error);
}

QStringList knownEncodings()
{
    return {QStringLiteral("auto"),         QStringLiteral("UTF-8"),        QStringLiteral("UTF-16LE"),
            QStringLiteral("UTF-16BE"),     QStringLiteral("windows-1251"), QStringLiteral("windows-1252"),
            QStringLiteral("macintosh"),    QStringLiteral("KOI8-R"),       QStringLiteral("IBM866"),
            QStringLiteral("ISO-8859-1"),   QStringLiteral("ISO-8859-15")};
}

} // namespace TextDecoding
