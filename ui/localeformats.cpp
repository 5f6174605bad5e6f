#include "localeformats.h"

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

} // namespace LocaleFormats
