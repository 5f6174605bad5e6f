#pragma once
// Making sense of one cell of an imported table. Public exports carry HTML
// entities (&#40;, &amp;, &eacute;) left over from web pages, non-breaking
// and trailing spaces, numbers written as 5.0 by spreadsheets, and lists of
// values (themes, recommending states) joined into one cell.
#include <QString>
#include <QStringList>
#include <optional>

namespace CellValue {

// HTML entities decoded (numeric, hexadecimal and the common named ones;
// unknown ones left as written; one pass, so "&amp;lt;" becomes "&lt;"), non-
// breaking spaces made plain spaces, surrounding whitespace trimmed. Runs of
// whitespace inside the text are kept.
QString clean(const QString &cell);

// A whole number as spreadsheets write it: "5", " 5 ", "05", "-3", "5.0",
// "5.00". Not "5.5", "5,0", "5." or "1e3"; nothing for an empty cell.
std::optional<int> wholeNumber(const QString &cell);

// The values of a multi-value cell (themes, recommending states), split on
// ';' when the cell has one and on ',' otherwise, each trimmed, empty ones
// dropped, and repeats (compared case-insensitively) dropped after their
// first mention. The cell is cleaned first, so give it the cell as read.
QStringList splitList(const QString &cell);

} // namespace CellValue
