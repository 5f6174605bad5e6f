#pragma once
// A sheet of text cells as read from a CSV file or an XLSX worksheet, before
// any meaning is given to its columns: the header, then the data rows, each
// with the line (CSV) or row number (XLSX) it started on, so that an error
// can say where it is.
#include <QList>
#include <QString>
#include <QStringList>

struct TextTableRow {
    int line = 0;           // 1-based: the physical line a CSV record starts on, or the worksheet row
    QStringList cells;      // as read; ragged rows keep their own length
};

struct TextTable {
    QString source;         // the file name, for messages
    QStringList header;     // the first non-blank row
    int headerLine = 0;
    QList<TextTableRow> rows; // blank rows (every cell empty after trimming) left out

    // The index of a header name, matched case-insensitively and trimmed.
    int columnOf(const QString &name) const; // -1 when there is no such column
};
