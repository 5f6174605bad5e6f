#include "isodate.h"

namespace IsoDate {

namespace {

// The value of `count` ASCII digits from `from`, or -1 if one is not a digit.
int digits(const QString &text, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

void putDigits(char16_t *out, int value, int count)
{
    for (int i = count - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
}

} // namespace

// Both by hand: an import or a listing reads and writes a date per record
// and per status entry, and a regular expression or QDate::toString costs
// more than everything else done with the date.
QDate parse(const QString &text)
{
    if (text.size() != 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return QDate();
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    if (year < 0 || month < 0 || day < 0)
        return QDate();
    return QDate(year, month, day); // invalid when not a real calendar date
}

QString format(const QDate &date)
{
    if (!date.isValid())
        return QString();
    if (date.year() < 0 || date.year() > 9999)
        return date.toString(Qt::ISODate); // (empty: not a four-digit year)
    QString text(10, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    putDigits(out, date.year(), 4);
    out[4] = u'-';
    putDigits(out + 5, date.month(), 2);
    out[7] = u'-';
    putDigits(out + 8, date.day(), 2);
    return text;
}

} // namespace IsoDate
