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

// Walks the text one record at a time, keeping the line and column of the
// position so that errors can name them.
class RecordParser
{
public:
    RecordParser(const QString &text, QChar separator, const QString &sourceName)
        : m_text(text), m_separator(separator), m_source(sourceName)
    {
        if (m_text.startsWith(QChar(0xFEFF)))
            m_pos = 1; // a byte order mark the decoder did not strip
    }

    bool atEnd() const { return m_pos >= m_text.size(); }

    // Reads the record that starts at the current position.
    std::optional<TextTableRow> next(QString *error)
    {
        TextTableRow row;
        row.line = m_line;
        for (;;) {
            std::optional<QString> cell = atQuote() ? quotedCell(error) : plainCell();
            if (!cell)
                return std::nullopt;
            row.cells << *cell;
            if (atEnd())
                return row;
            if (m_text.at(m_pos) == m_separator) {
                advance();
                continue;
            }
            newLine(lineBreakAt(m_text, m_pos));
            return row;
        }
    }

private:
    bool atQuote() const { return !atEnd() && m_text.at(m_pos) == quote; }
    bool atCellEnd() const
    {
        return atEnd() || m_text.at(m_pos) == m_separator || lineBreakAt(m_text, m_pos) > 0;
    }

    void advance()
    {
        // The second half of a surrogate pair does not move the column: columns
        // count characters as an editor shows them.
        if (!m_text.at(m_pos).isLowSurrogate())
            ++m_column;
        ++m_pos;
    }

    void newLine(int breakLength)
    {
        m_pos += breakLength;
        ++m_line;
        m_column = 1;
    }

    // A quote inside an unquoted cell (5" screen) is kept as written: only a
    // quote that opens the cell starts a quoted cell, as RFC 4180 has it.
    QString plainCell()
    {
        const qsizetype start = m_pos;
        while (!atCellEnd())
            advance();
        return m_text.mid(start, m_pos - start);
    }

    std::optional<QString> quotedCell(QString *error)
    {
        const int startLine = m_line;
        const int startColumn = m_column;
        advance(); // the opening quote
        QString cell;
        for (;;) {
            if (atEnd()) {
                *error = QCoreApplication::translate("CsvReader",
                                                     "%1, line %2, column %3: a quoted cell is never "
                                                     "closed; add the closing quote (\") or remove the "
                                                     "opening one.")
                             .arg(m_source)
                             .arg(startLine)
                             .arg(startColumn);
                return std::nullopt;
            }
            if (atQuote()) {
                advance();
                if (!atQuote())
                    break;
                cell += quote; // a doubled quote stands for one
                advance();
                continue;
            }
            if (const int breakLength = lineBreakAt(m_text, m_pos)) {
                cell += m_text.mid(m_pos, breakLength);
                newLine(breakLength);
                continue;
            }
            cell += m_text.at(m_pos);
            advance();
        }
        // Spaces between the closing quote and the separator are padding some
        // writers add; anything else means the quoting is broken and the cells
        // after it cannot be trusted.
        while (!atEnd() && m_text.at(m_pos) != m_separator
               && (m_text.at(m_pos) == u' ' || m_text.at(m_pos) == u'\t'))
            advance();
        if (!atCellEnd()) {
            *error = QCoreApplication::translate("CsvReader",
                                                 "%1, line %2, column %3: text follows the closing "
                                                 "quote of a quoted cell; quote the whole cell and "
                                                 "double every quote inside it (\"\").")
                         .arg(m_source)
                         .arg(m_line)
                         .arg(m_column);
            return std::nullopt;
        }
        return cell;
    }

    const QString &m_text;
    const QChar m_separator;
    const QString m_source;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_column = 1;
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
            table.rows << *row;
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
