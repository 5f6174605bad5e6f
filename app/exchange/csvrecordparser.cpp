#include "csvrecordparser.h"

#include <QCoreApplication>

namespace {
const QChar quote = u'"';
}

namespace CsvRecords {

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

bool isBlank(const QStringList &cells)
{
    for (const QString &cell : cells) {
        if (!cell.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace CsvRecords

// Cells are taken as runs between the characters that matter (separator,
// quote, line break), not a character at a time; the column of a position is
// counted only for an error message.
CsvRecordParser::CsvRecordParser(const QString &text, QChar separator, const QString &sourceName, qsizetype start,
                                 int line)
    : m_text(text), m_data(text.constData()), m_size(text.size()), m_separator(separator), m_source(sourceName),
      m_pos(start), m_lineStart(start), m_line(line)
{
    if (start == 0 && m_text.startsWith(QChar(0xFEFF)))
        m_pos = m_lineStart = 1; // a byte order mark the decoder did not strip
}

std::optional<TextTableRow> CsvRecordParser::next(QString *error)
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
        newLine(CsvRecords::lineBreakAt(m_text, m_pos));
        break;
    }
    m_columnsSeen = qMax(m_columnsSeen, row.cells.size());
    return row;
}

bool CsvRecordParser::atQuote() const
{
    return !atEnd() && m_data[m_pos] == quote;
}

bool CsvRecordParser::atCellEnd() const
{
    return atEnd() || m_data[m_pos] == m_separator || isLineBreak(m_data[m_pos]);
}

// Columns count characters as an editor shows them: the second half of a
// surrogate pair does not move the column.
int CsvRecordParser::columnAt(qsizetype pos, qsizetype lineStart) const
{
    int column = 1;
    for (qsizetype i = lineStart; i < pos; ++i)
        column += m_data[i].isLowSurrogate() ? 0 : 1;
    return column;
}

void CsvRecordParser::newLine(int breakLength)
{
    m_pos += breakLength;
    m_lineStart = m_pos;
    ++m_line;
}

// A quote inside an unquoted cell (5" screen) is kept as written: only a
// quote that opens the cell starts a quoted cell, as RFC 4180 has it.
QString CsvRecordParser::plainCell()
{
    const qsizetype start = m_pos;
    while (m_pos < m_size && m_data[m_pos] != m_separator && !isLineBreak(m_data[m_pos]))
        ++m_pos;
    return m_text.mid(start, m_pos - start);
}

// From m_pos, the position of the next quote or line break (or the end).
qsizetype CsvRecordParser::nextSpecial() const
{
    qsizetype pos = m_pos;
    while (pos < m_size && m_data[pos] != quote && !isLineBreak(m_data[pos]))
        ++pos;
    return pos;
}

std::optional<QString> CsvRecordParser::quotedCell(QString *error)
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
        const int breakLength = CsvRecords::lineBreakAt(m_text, m_pos);
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
