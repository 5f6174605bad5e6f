#pragma once
// How the values an XLSX worksheet stores read as text, the way a person sees
// them in a spreadsheet program: numbers, date serials, date formats, escaped
// characters, rich text and cell references. For XlsxReader.
#include <QString>

class QXmlStreamReader;

namespace XlsxCellValue {

// Excel's limits, which also bound what a damaged file can make us allocate.
constexpr int MaxColumns = 16384;  // XFD
constexpr int MaxRows = 1048576;

// Text with Excel's _xHHHH_ escapes turned back into characters.
QString decodeEscapes(const QString &text);
// The text of the <si> or <is> element the reader is on, escapes decoded.
QString readRichText(QXmlStreamReader &xml);
// A stored number as a General cell shows it: "5", "2.5", "1e+20".
QString numberText(const QString &raw);
// A stored date serial as YYYY-MM-DD, or an empty string when it is none.
QString serialToIsoDate(const QString &raw, bool date1904);
// Whether a cell style's number format shows a date.
bool isBuiltInDateFormat(int id);
bool isDateFormatCode(const QString &code);
// The 0-based column of a reference such as "B3", or -1 when it is not one.
int columnOfReference(const QString &reference);

} // namespace XlsxCellValue
