#pragma once
// Strict YYYY-MM-DD dates, the only form the storage and the command line use.
// QDate::fromString(Qt::ISODate) alone is too lenient (it accepts trailing
// time parts), so input goes through here.
#include <QDate>
#include <QString>

namespace IsoDate {
// An invalid QDate when the text is not exactly a real calendar date.
QDate parse(const QString &text);
QString format(const QDate &date); // empty for an invalid date
}
