#pragma once
// One field of an RFC 4180 CSV line: quoted when it holds a comma, a quote or
// a line break, with quotes doubled.
#include <QString>
#include <QStringList>

namespace CsvField {
QString quote(const QString &field);
// The fields quoted and joined with commas, ending in CRLF as RFC 4180 asks.
QString line(const QStringList &fields);
}
