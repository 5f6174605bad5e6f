#pragma once
// How dates are written, in fields the user types into and wherever one is
// shown, in the language's locale (QLocale(), which the language switch
// sets), always with a four-digit year.
#include <QString>

class QDate;
class QDateTime;

namespace LocaleFormats {
// The default locale's short date format with the year in four digits
// ("dd.MM.yyyy", "M/d/yyyy"): a two-digit year is ambiguous for documents
// that span a century.
QString dateEditFormat();
// A date or a moment as the table, the history, the filters and the charts show it.
QString date(const QDate &date);
QString dateTime(const QDateTime &moment);
}
