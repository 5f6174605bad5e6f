#include "csvreader.h"

#include <QCoreApplication>

namespace CsvReader {

namespace {

const QChar quote = u'"';

// The length of the line break at pos: 2 for CRLF, 1 for a lone LF or CR,
// 0 when there is none. A CR-only file thus counts a line per CR, as editors
// show it.
int lineBreakAt(const QString &text, qsizetype pos)
{
    if (pos >= text.size())
        return 0;
    if (text.at(pos) == u'\n')
        return 1;
    if (text.at(pos) == u'\r')
        return pos + 1 < text.size() && text.at(pos + 1) == u'\n' ? 2 : 1;
    return 0;
}

// Walks the text one record at a time. Cells are taken as runs between the
// characters that matter (separator, quote, line break), not a character at
// a time; the column of a position is counted only for an error message.
class RecordParser
{
public:
    RecordParser(const QString &text, QChar separator, const QString &sourceName)
        : m_text(text), m_data(text.constData()), m_size(text.size()), m_separator(separator), m_source(sourceName)
    {
        if (m_text.startsWith(QChar(0xFEFF)))
            m_pos = m_lineStart = 1; // a byte order mark the decoder did not strip
    }

    bool atEnd() const { return m_pos >= m_size; }

    // Reads the record that starts at the current position.
    std::optional<TextTableRow> next(QString *error)
    {
        TextTableRow row;
        row.line = m_line;
        row.cells.reserve(m_columnsSeen);
        for (;;) {
            std::optional<QString> cell = atQuote() ? quotedCell(error) : plainCell();
            if (!cell)
                return std::nullopt;
            row.cells << std::move(*cell);
            if (atEnd())
                break;
            if (m_data[m_pos] == m_separator) {
                ++m_pos;
                continue;
            }
            newLine(lineBreakAt(m_text, m_pos));
            break;
        }
        m_columnsSeen = qMax(m_columnsSeen, row.cells.size());
        return row;
    }

private:
    bool atQuote() const { return !atEnd() && m_data[m_pos] == quote; }
    bool isLineBreak(QChar c) const { return c == u'\n' || c == u'\r'; }
    bool atCellEnd() const
    {
        return atEnd() || m_data[m_pos] == m_separator || isLineBreak(m_data[m_pos]);
    }

    // Columns count characters as an editor shows them: the second half of a
    // surrogate pair does not move the column.
    int columnAt(qsizetype pos, qsizetype lineStart) const
    {
        int column = 1;
        for (qsizetype i = lineStart; i < pos; ++i)
            column += m_data[i].isLowSurrogate() ? 0 : 1;
        return column;
    }

    void newLine(int breakLength)
    {
        m_pos += breakLength;
        m_lineStart = m_pos;
        ++m_line;
    }

    // A quote inside an unquoted cell (5" screen) is kept as written: only a
    // quote that opens the cell starts a quoted cell, as RFC 4180 has it.
    QString plainCell()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_size && m_data[m_pos] != m_separator && !isLineBreak(m_data[m_pos]))
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }

    // From m_pos, the position of the next quote or line break (or the end).
    qsizetype nextSpecial() const
    {
        qsizetype pos = m_pos;
        while (pos < m_size && m_data[pos] != quote && !isLineBreak(m_data[pos]))
            ++pos;
        return pos;
    }

    std::optional<QString> quotedCell(QString *error)
    {
        const int startLine = m_line;
        const qsizetype startPos = m_pos;
        const qsizetype startLineStart = m_lineStart;
        ++m_pos; // the opening quote
        QString cell;
        bool simple = true; // no doubled quote nor line break yet: the cell is one run of the text
        const qsizetype contentStart = m_pos;
        for (;;) {
            const qsizetype special = nextSpecial();
            if (special >= m_size) {
                *error = QCoreApplication::translate("CsvReader",
                                                     "%1, line %2, column %3: a quoted cell is never "
                                                     "closed; add the closing quote (\") or remove the "
                                                     "opening one.")
                             .arg(m_source)
                             .arg(startLine)
                             .arg(columnAt(startPos, startLineStart));
                return std::nullopt;
            }
            if (!simple)
                cell.append(m_data + m_pos, special - m_pos);
            m_pos = special;
            if (m_data[m_pos] == quote) {
                ++m_pos;
                if (!atQuote()) {
                    if (simple)
                        cell = m_text.mid(contentStart, m_pos - 1 - contentStart);
                    break;
                }
                if (simple) {
                    cell = m_text.mid(contentStart, m_pos - contentStart); // up to and with one quote
                    simple = false;
                } else {
                    cell += quote; // a doubled quote stands for one
                }
                ++m_pos;
                continue;
            }
            const int breakLength = lineBreakAt(m_text, m_pos);
            if (simple) {
                cell = m_text.mid(contentStart, m_pos - contentStart);
                simple = false;
            }
            cell.append(m_data + m_pos, breakLength);
            newLine(breakLength);
        }
        // Spaces between the closing quote and the separator are padding some
        // writers add; anything else means the quoting is broken and the cells
        // after it cannot be trusted.
        while (!atEnd() && m_data[m_pos] != m_separator && (m_data[m_pos] == u' ' || m_data[m_pos] == u'\t'))
            ++m_pos;
        if (!atCellEnd()) {
            *error = QCoreApplication::translate("CsvReader",
                                                 "%1, line %2, column %3: text follows the closing "
                                                 "quote of a quoted cell; quote the whole cell and "
                                                 "double every quote inside it (\"\").")
                         .arg(m_source)
                         .arg(m_line)
                         .arg(columnAt(m_pos, m_lineStart));
            return std::nullopt;
        }
        return cell;
    }

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

bool isBlank(const QStringList &cells)
{
    for (const QString &cell : cells) {
        if (!cell.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace

QChar detectSeparator(const QString &text)
{
    int commas = 0, semicolons = 0, tabs = 0;
    bool inQuotes = false;
    bool lineHasText = false;
    for (qsizetype pos = 0; pos < text.size(); ++pos) {
        const QChar c = text.at(pos);
        if (c == quote)
            inQuotes = !inQuotes;
        if (!inQuotes && (c == u'\n' || c == u'\r')) {
            if (lineHasText)
                break; // the end of the header line
            commas = semicolons = tabs = 0;
            continue;
        }
        if (inQuotes)
            continue;
        commas += c == u',';
        semicolons += c == u';';
        tabs += c == u'\t';
        lineHasText = lineHasText || (c != u',' && c != u';' && !c.isSpace() && c != QChar(0xFEFF));
    }
    if (commas > 0 || (semicolons == 0 && tabs == 0))
        return u',';
    return semicolons >= tabs ? u';' : u'\t';
}

std::optional<TextTable> read(const QString &text, const QString &sourceName, QString *error)
{
    RecordParser parser(text, detectSeparator(text), sourceName);
    TextTable table;
    table.source = sourceName;
    bool haveHeader = false;
    while (!parser.atEnd()) {
        std::optional<TextTableRow> row = parser.next(error);
        if (!row)
            return std::nullopt;
        if (isBlank(row->cells))
            continue;
        if (!haveHeader) {
            table.header = row->cells;
            table.headerLine = row->line;
            haveHeader = true;
        } else {
            table.rows << std::move(*row);
        }
    }
    if (!haveHeader) {
        *error = QCoreApplication::translate("CsvReader",
                                             "%1 has no header row: the file is empty or holds only "
                                             "blank lines. Choose a CSV file with a header row.")
                     .arg(sourceName);
        return std::nullopt;
    }
    return table;
}

} // namespace CsvReader
