#include "xlsxcellvalue.h"

#include <QDate>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <cmath>

namespace XlsxCellValue {

// Excel writes characters that XML cannot carry as _xHHHH_, and a literal
// "_x" that would look like one as _x005F_x.
QString decodeEscapes(const QString &text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    static const QRegularExpression escape(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    QString decoded;
    qsizetype last = 0;
    for (auto it = escape.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        decoded += QStringView(text).mid(last, match.capturedStart() - last);
        decoded += QChar(match.captured(1).toUShort(nullptr, 16));
        last = match.capturedEnd();
    }
    decoded += QStringView(text).mid(last);
    return decoded;
}

// What Excel shows in a General cell: at most 15 significant digits, so that
// binary noise such as 12.300000000000001 reads as 12.3, and 5.0 as 5.
QString numberText(const QString &raw)
{
    bool ok = false;
    const double value = raw.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return raw;
    if (value == std::trunc(value) && std::abs(value) < 1e15)
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', 15);
}

// A date serial as an ISO date, or an empty string when it is not one. The
// 1900 system keeps Lotus 1-2-3's phantom 1900-02-29 (serial 60), so only from
// serial 61 on is it 1899-12-30 plus the serial.
QString serialToIsoDate(const QString &raw, bool date1904)
{
    bool ok = false;
    const double serial = raw.toDouble(&ok);
    if (!ok || !std::isfinite(serial) || serial < 0 || serial >= 3e6)
        return {};
    const auto day = static_cast<qint64>(std::floor(serial));
    QDate date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(day);
    else if (day > 60)
        date = QDate(1899, 12, 30).addDays(day);
    else if (day < 60)
        date = QDate(1899, 12, 31).addDays(day);
    if (!date.isValid() || date.year() > 9999)
        return {};
    return date.toString(Qt::ISODate);
}

// Built-in formats 14-17 and 22 show dates; 18-21 and 45-47 show only a time
// of day or a duration, which as a date would read 1899-12-30.
bool isBuiltInDateFormat(int id)
{
    return (id >= 14 && id <= 17) || id == 22;
}

// A custom format shows a date when its first section has a day, month or
// year code outside quoted text, escapes and [colour]/[$-locale] brackets.
// "m" next to hours or seconds means minutes, and [h], [mm], [ss] durations.
bool isDateFormatCode(const QString &code)
{
    QString codes;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == u';')
            break;
        if (c == u'"') {
            const qsizetype close = code.indexOf(u'"', i + 1);
            i = close < 0 ? code.size() : close;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else if (c == u'[') {
            const qsizetype close = code.indexOf(u']', i);
            if (close < 0)
                break;
            static const QRegularExpression elapsed(QStringLiteral("^[hms]+$"),
                                                    QRegularExpression::CaseInsensitiveOption);
            if (elapsed.match(QStringView(code).mid(i + 1, close - i - 1)).hasMatch())
                return false;
            i = close;
        } else {
            codes += c.toLower();
        }
    }
    if (codes.contains(u'd') || codes.contains(u'y'))
        return true;
    return codes.contains(u'm') && !codes.contains(u'h') && !codes.contains(u's');
}

// The 0-based column of a cell reference such as "B3", or -1.
int columnOfReference(const QString &reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size(); ++i) {
        const char16_t c = QChar::toUpper(reference.at(i).unicode());
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c - u'A' + 1);
        if (column > MaxColumns)
            return -1;
    }
    if (i == 0 || i == reference.size())
        return -1;
    for (qsizetype j = i; j < reference.size(); ++j) {
        if (reference.at(j) < u'0' || reference.at(j) > u'9')
            return -1;
    }
    return column - 1;
}

// The value of an <si> or <is>: its <t>, or its rich-text runs' <t> joined.
// Phonetic guides (<rPh>) are reading aids, not part of the text.
QString readRichText(QXmlStreamReader &xml)
{
    QString text;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"t") {
            text += xml.readElementText();
        } else if (xml.name() == u"r") {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"t")
                    text += xml.readElementText();
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return decodeEscapes(text);
}

} // namespace XlsxCellValue
