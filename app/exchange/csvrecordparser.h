#pragma once
// Reads CSV text one record at a time from any record boundary, keeping the
// physical line each record starts on. CsvReader uses it to read a whole
// file, or pieces of a large one side by side: a parser started at a record
// boundary with that boundary's line reads exactly the records a parser from
// the start of the text reads from there on, so the pieces join into the same
// table. See csvreader.h for the dialect.
#include "texttable.h"

#include <QChar>
#include <QString>
#include <optional>

class CsvRecordParser
{
public:
    // start is a record boundary (the start of the text, or just after a
    // line break outside quotes) and line the physical line it is on. A byte
    // order mark is skipped at the start of the text only.
    CsvRecordParser(const QString &text, QChar separator, const QString &sourceName, qsizetype start = 0,
                    int line = 1);

    bool atEnd() const { return m_pos >= m_size; }
    qsizetype position() const { return m_pos; }
    int line() const { return m_line; }

    // Reads the record that starts at the current position; nothing, with
    // *error set, on a quoted cell that never closes or text after a
    // closing quote.
    std::optional<TextTableRow> next(QString *error);

private:
    bool atQuote() const;
    bool isLineBreak(QChar c) const { return c == u'\n' || c == u'\r'; }
    bool atCellEnd() const;
    int columnAt(qsizetype pos, qsizetype lineStart) const;
    void newLine(int breakLength);
    QString plainCell();
    qsizetype nextSpecial() const;
    std::optional<QString> quotedCell(QString *error);

    const QString &m_text;
    const QChar *const m_data;
    const qsizetype m_size;
    const QChar m_separator;
    const QString m_source;
    qsizetype m_pos = 0;
    qsizetype m_lineStart = 0; // where the current physical line starts
    int m_line = 1;
    qsizetype m_columnsSeen = 0;
};

namespace CsvRecords {
// The length of the line break at pos: 2 for CRLF, 1 for a lone LF or CR,
// 0 when there is none. A CR-only file thus counts a line per CR, as editors
// show it.
int lineBreakAt(const QString &text, qsizetype pos);

// Whether every cell is empty after trimming: such rows are left out.
bool isBlank(const QStringList &cells);
}
