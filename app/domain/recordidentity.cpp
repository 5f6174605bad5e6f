#include "recordidentity.h"

#include <QVarLengthArray>

#include <algorithm>
#include <charconv>

namespace {

// The unit separator cannot occur in normalised text, so parts never run together.
const QChar separator(0x1F);

// For each ASCII character, itself lower case when it is a letter or digit,
// and 0 when it is neither: the same answers as QChar's, without its tables.
struct AsciiLower {
    char16_t of[128] = {};
    constexpr AsciiLower()
    {
        for (char16_t c = u'0'; c <= u'9'; ++c)
            of[c] = c;
        for (char16_t c = u'a'; c <= u'z'; ++c)
            of[c] = of[c - u'a' + u'A'] = c;
    }
};
constexpr AsciiLower asciiLower;

// Writes the text lower case, every run of characters that are not letters
// or digits made a single space (none at either end): "Ratify the OP-CAT."
// and "ratify the OP CAT" are one text. Never longer than the text; returns
// the end of what it wrote. Code units are taken one at a time, as QChar
// classifies them. Written into a buffer sized beforehand, ASCII looked up
// in a table of its own, because it runs for every row of an import.
QChar *writeNormalised(QStringView text, QChar *out)
{
    QChar *const begin = out;
    bool gap = false;
    for (const QChar c : text) {
        const char16_t unit = c.unicode();
        char16_t lower = 0;
        if (unit < 0x80)
            lower = asciiLower.of[unit];
        else if (c.isLetterOrNumber())
            lower = c.toLower().unicode();
        if (lower == 0) {
            gap = true;
            continue;
        }
        if (gap && out != begin)
            *out++ = u' ';
        *out++ = QChar(lower);
        gap = false;
    }
    return out;
}

QChar *writeText(QLatin1String text, QChar *out)
{
    for (const char c : text)
        *out++ = QLatin1Char(c);
    return out;
}

// The key written into *key, whose capacity is reused.
void writeKeyOf(const QString &symbol, const QString &paragraph, const QString &text, const QString &stateUnderReview,
                const QStringList &recommendedBy, int uprSession, QString *key)
{
    if (!QStringView(symbol).trimmed().isEmpty() && !QStringView(paragraph).trimmed().isEmpty()) {
        key->resize(3 + 1 + symbol.size() + 1 + paragraph.size());
        QChar *out = writeText(QLatin1String("doc"), key->data());
        *out++ = separator;
        out = writeNormalised(symbol, out);
        *out++ = separator;
        out = writeNormalised(paragraph, out);
        key->truncate(out - key->constData());
        return;
    }
    // The recommending states sorted once normalised (as QString's operator<
    // orders them), so their order in the file does not matter.
    qsizetype statesSize = 0;
    for (const QString &state : recommendedBy)
        statesSize += state.size() + 1;
    QVarLengthArray<QChar, 256> stateText(statesSize);
    QVarLengthArray<QStringView, 8> states;
    QChar *written = stateText.data();
    for (const QString &state : recommendedBy) {
        QChar *const start = written;
        written = writeNormalised(state, start);
        states.append(QStringView(start, written));
    }
    std::sort(states.begin(), states.end());

    char number[16];
    const std::to_chars_result session = std::to_chars(number, number + sizeof number, uprSession);
    key->resize(4 + 1 + text.size() + 1 + stateUnderReview.size() + 1 + statesSize + 1 + (session.ptr - number));
    QChar *out = writeText(QLatin1String("text"), key->data());
    *out++ = separator;
    out = writeNormalised(text, out);
    *out++ = separator;
    out = writeNormalised(stateUnderReview, out);
    *out++ = separator;
    for (qsizetype i = 0; i < states.size(); ++i) {
        if (i > 0)
            *out++ = u',';
        out = std::copy(states.at(i).begin(), states.at(i).end(), out);
    }
    *out++ = separator;
    out = writeText(QLatin1String(number, session.ptr), out);
    key->truncate(out - key->constData());
}

} // namespace

namespace RecordIdentity {

QString keyOf(const QString &symbol, const QString &paragraph, const QString &text, const QString &stateUnderReview,
              const QStringList &recommendedBy, int uprSession)
{
    QString key;
    writeKeyOf(symbol, paragraph, text, stateUnderReview, recommendedBy, uprSession, &key);
    return key;
}

QString keyOf(const Recommendation &recommendation)
{
    QString key;
    writeKey(recommendation, &key);
    return key;
}

void writeKey(const Recommendation &recommendation, QString *key)
{
    writeKeyOf(recommendation.symbol, recommendation.paragraph, recommendation.text, recommendation.stateUnderReview,
               recommendation.recommendedBy, recommendation.uprSession, key);
}

} // namespace RecordIdentity
