#include "localeformats.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

namespace LocaleFormats {

QString dateEditFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    // Any run of y other than four becomes yyyy ("yy" in en_US, "y" in some locales).
    static const QRegularExpression years(QStringLiteral("(?<!y)(y{1,3}|y{5,})(?!y)"));
    format.replace(years, QStringLiteral("yyyy"));
    return format;
}

QString date(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, dateEditFormat()) : QString();
}

QString dateTime(const QDateTime &moment)
{
    return moment.isValid()
        ? QLocale().toString(moment, dateEditFormat() + QLatin1Char(' ') + QLocale().timeFormat(QLocale::ShortFormat))
        : QString();
}

} // namespace LocaleFormats
