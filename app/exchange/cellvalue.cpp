#include "cellvalue.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace CellValue {

namespace {

// HTML 4's Latin-1 entities, U+00A0 to U+00FF in order.
const char *const latin1Names[96] = {
    "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",
    "uml",    "copy",   "ordf",   "laquo",  "not",    "shy",    "reg",    "macr",
    "deg",    "plusmn", "sup2",   "sup3",   "acute",  "micro",  "para",   "middot",
    "cedil",  "sup1",   "ordm",   "raquo",  "frac14", "frac12", "frac34", "iquest",
    "Agrave", "Aacute", "Acirc",  "Atilde", "Auml",   "Aring",  "AElig",  "Ccedil",
    "Egrave", "Eacute", "Ecirc",  "Euml",   "Igrave", "Iacute", "Icirc",  "Iuml",
    "ETH",    "Ntilde", "Ograve", "Oacute", "Ocirc",  "Otilde", "Ouml",   "times",
    "Oslash", "Ugrave", "Uacute", "Ucirc",  "Uuml",   "Yacute", "THORN",  "szlig",
    "agrave", "aacute", "acirc",  "atilde", "auml",   "aring",  "aelig",  "ccedil",
    "egrave", "eacute", "ecirc",  "euml",   "igrave", "iacute", "icirc",  "iuml",
    "eth",    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide",
    "oslash", "ugrave", "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml",
};

struct NamedEntity {
    const char *name;
    char32_t codePoint;
};

// The markup and typographic entities web pages put in recommendation texts.
const NamedEntity otherNames[] = {
    {"quot", 0x22},     {"amp", 0x26},      {"apos", 0x27},     {"lt", 0x3C},
    {"gt", 0x3E},       {"OElig", 0x152},   {"oelig", 0x153},   {"Scaron", 0x160},
    {"scaron", 0x161},  {"Yuml", 0x178},    {"fnof", 0x192},    {"circ", 0x2C6},
    {"tilde", 0x2DC},   {"ensp", 0x2002},   {"emsp", 0x2003},   {"thinsp", 0x2009},
    {"zwnj", 0x200C},   {"zwj", 0x200D},    {"lrm", 0x200E},    {"rlm", 0x200F},
    {"ndash", 0x2013},  {"mdash", 0x2014},  {"lsquo", 0x2018},  {"rsquo", 0x2019},
    {"sbquo", 0x201A},  {"ldquo", 0x201C},  {"rdquo", 0x201D},  {"bdquo", 0x201E},
    {"dagger", 0x2020}, {"Dagger", 0x2021}, {"bull", 0x2022},   {"hellip", 0x2026},
    {"permil", 0x2030}, {"prime", 0x2032},  {"Prime", 0x2033},  {"lsaquo", 0x2039},
    {"rsaquo", 0x203A}, {"euro", 0x20AC},   {"numero", 0x2116}, {"trade", 0x2122},
};

// Names are case-sensitive, as in HTML: &Eacute; is É, &eacute; is é.
const QHash<QString, char32_t> &entityTable()
{
    static const QHash<QString, char32_t> table = [] {
        QHash<QString, char32_t> names;
        for (int i = 0; i < 96; ++i)
            names.insert(QLatin1String(latin1Names[i]), char32_t(0xA0 + i));
        for (const NamedEntity &entity : otherNames)
            names.insert(QLatin1String(entity.name), entity.codePoint);
        return names;
    }();
    return table;
}

// Pages generated on Windows write &#146; meaning the Windows-1252 byte 146
// (’); browsers read numeric references 128-159 that way, and so do we.
const char16_t windows1252Controls[] = u"€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
static_assert(sizeof(windows1252Controls) == 33 * sizeof(char16_t), "one character per byte 128-159");

std::optional<char32_t> numericEntity(QStringView digits)
{
    bool ok = false;
    const bool hex = digits.startsWith(u'x') || digits.startsWith(u'X');
    const uint value = hex ? digits.mid(1).toUInt(&ok, 16) : digits.toUInt(&ok, 10);
    if (!ok || value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return std::nullopt;
    if (value >= 0x80 && value <= 0x9F)
        return char32_t(windows1252Controls[value - 0x80]);
    return char32_t(value);
}

// The entity starting at text[pos] == '&', and its length up to the ';'.
std::optional<char32_t> entityAt(const QString &text, qsizetype pos, qsizetype *length)
{
    const qsizetype end = text.indexOf(u';', pos + 1);
    if (end < 0 || end - pos - 1 > 10 || end == pos + 1)
        return std::nullopt; // the longest name or number is 10 characters
    const QStringView body = QStringView(text).mid(pos + 1, end - pos - 1);
    *length = end - pos + 1;
    if (body.startsWith(u'#'))
        return numericEntity(body.mid(1));
    const auto found = entityTable().constFind(body.toString());
    if (found == entityTable().constEnd())
        return std::nullopt;
    return *found;
}

QString decodeEntities(const QString &text)
{
    if (!text.contains(u'&'))
        return text;
    QString decoded;
    decoded.reserve(text.size());
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype length = 0;
        std::optional<char32_t> codePoint;
        if (text.at(pos) == u'&')
            codePoint = entityAt(text, pos, &length);
        if (codePoint) {
            decoded += QString::fromUcs4(&*codePoint, 1);
            pos += length;
        } else {
            decoded += text.at(pos);
            ++pos;
        }
    }
    return decoded;
}

bool isAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

// Whether the two are the same once case-folded as QString::toCaseFolded()
// folds (the Kelvin sign is a k). Two ASCII texts are compared as they are,
// without folded copies: most values are ASCII.
bool sameIgnoringCase(QStringView a, QStringView b)
{
    if (isAscii(a) && isAscii(b))
        return a.size() == b.size() && a.compare(b, Qt::CaseInsensitive) == 0;
    return a.toString().toCaseFolded() == b.toString().toCaseFolded();
}

} // namespace

QString clean(const QString &cell)
{
    QString text = decodeEntities(cell);
    // No-break, narrow no-break and figure spaces: Word and web pages use them
    // to keep "art. 5" together; in a database they only break searches.
    for (const QChar space : {QChar(0x00A0), QChar(0x202F), QChar(0x2007)})
        text.replace(space, QLatin1Char(' '));
    return text.trimmed();
}

std::optional<int> wholeNumber(const QString &cell)
{
    // Spreadsheets write whole numbers as 5.0 once a column holds one decimal;
    // a comma is refused because 5,0 may as well be a list of two numbers.
    const QString text = clean(cell);
    // The usual cell, a few plain digits, without the regular expression.
    if (!text.isEmpty() && text.size() <= 9) {
        int value = 0;
        bool digits = true;
        for (const QChar c : text) {
            if (c < u'0' || c > u'9') {
                digits = false;
                break;
            }
            value = value * 10 + (c.unicode() - u'0');
        }
        if (digits)
            return value;
    }
    static const QRegularExpression pattern(QStringLiteral("^(-?[0-9]+)(?:\\.0+)?$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    const int value = match.captured(1).toInt(&ok);
    if (!ok)
        return std::nullopt; // beyond the range of int
    return value;
}

QStringList splitList(const QString &cell)
{
    // Our own exports join values with "; " and UPR Info joins themes with
    // ", ". A cell with a semicolon is split on semicolons only, so that a
    // value holding a comma ("Rights of the child, juvenile justice") survives
    // our own round trip; a cell without one is split on commas.
    // Entities first, or the ';' of Women&#39;s would split the value.
    const QString text = clean(cell);
    const QChar separator = text.contains(u';') ? u';' : u',';
    const qsizetype separators = text.count(separator);
    // The usual cell holds one value, already trimmed by clean(): kept as it is.
    if (separators == 0)
        return text.isEmpty() ? QStringList() : QStringList{text};
    QStringList values;
    values.reserve(separators + 1);
    const QStringView all(text);
    qsizetype start = 0;
    while (start <= all.size()) {
        qsizetype end = all.indexOf(separator, start);
        if (end < 0)
            end = all.size();
        const QStringView value = all.sliced(start, end - start).trimmed();
        start = end + 1;
        if (value.isEmpty())
            continue;
        const auto repeats = [value](const QString &kept) { return sameIgnoringCase(kept, value); };
        if (std::none_of(values.cbegin(), values.cend(), repeats))
            values << value.toString();
    }
    return values;
}

} // namespace CellValue
