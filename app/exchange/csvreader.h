#pragma once
// Reads CSV text into a TextTable: RFC 4180 with the tolerances real exports
// need. Quoted cells may hold separators, doubled quotes and line breaks;
// lines may end in LF, CRLF or a bare CR (old Mac exports), even mixed in one
// file; rows may be shorter or longer than the header. Blank rows are left out
// and each row keeps the physical line it starts on, so that later errors can
// point into the file. Cells come back exactly as written between the
// separators (quotes removed, doubled quotes undone, nothing trimmed); making
// sense of them is CellValue's job.
#include "texttable.h"

#include <QChar>
#include <QString>
#include <optional>

namespace CsvReader {

// The separator, judged from the header line (the first non-blank one):
// a comma if it has one; otherwise a semicolon (European Excel) or a TAB
// (tab-separated text), whichever it has more of; a comma when it has none
// of the three (a one-column file).
QChar detectSeparator(const QString &text);

// sourceName is the file name the error sentences start with. Fails on a
// quoted cell that never closes, on text after a closing quote, and on a
// file with no header row. A large text is read in pieces on every core.
std::optional<TextTable> read(const QString &text, const QString &sourceName, QString *error);

// The same table, or the same error, as read(), the text cut into pieces
// read side by side: read() with the number of pieces chosen, so that tests
// can cut small texts anywhere.
std::optional<TextTable> readInPieces(const QString &text, const QString &sourceName, int pieces, QString *error);

} // namespace CsvReader
