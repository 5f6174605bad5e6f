#pragma once
// How dates are written in fields the user types into, in the language's
// locale (QLocale(), which the language switch sets). Dates that are only
// shown use QLocale().toString(date, QLocale::ShortFormat) directly.
#include <QString>

namespace LocaleFormats {
// The default locale's short date format with the year in four digits
// ("dd.MM.yyyy", "M/d/yyyy"): a two-digit year is ambiguous for documents
// that span a century.
QString dateEditFormat();
}
