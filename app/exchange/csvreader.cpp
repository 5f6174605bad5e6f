#include "csvreader.h"

#include "csvrecordparser.h"

#include <QCoreApplication>
#include <QThread>
#include "workthreads.h"

#include <QtConcurrent/QtConcurrentMap>

#include <vector>

namespace CsvReader {

namespace {

// A stretch of the text read on its own. It starts just after a line break
// found near where the text was cut; that is a record boundary unless the
// break is inside a quoted cell, which the join finds out (the piece before
// it must end exactly there). Lines are counted from 1 at the start, and
// moved once the pieces before are joined.
struct Piece {
    qsizetype start = 0;
    qsizetype stop = 0;       // records starting before here belong to the piece
    QList<TextTableRow> rows; // blank rows left out
    qsizetype end = 0;        // where the first record at or after stop starts
    int endLine = 1;
    bool failed = false;      // an error (its message holds relative lines, so it is read again)
};

// Reads the records that start in [from, stop), blank ones left out.
bool readStretch(const QString &text, QChar separator, const QString &sourceName, qsizetype from, int line,
                 qsizetype stop, QList<TextTableRow> *rows, qsizetype *end, int *endLine, QString *error)
{
    CsvRecordParser parser(text, separator, sourceName, from, line);
    while (!parser.atEnd() && parser.position() < stop) {
        std::optional<TextTableRow> row = parser.next(error);
        if (!row)
            return false;
        if (!CsvRecords::isBlank(row->cells))
            rows->append(std::move(*row));
    }
    *end = parser.position();
    *endLine = parser.line();
    return true;
}

// The first position after a line break at or after pos (a CRLF taken
// whole), or the end of the text.
qsizetype afterLineBreak(const QString &text, qsizetype pos)
{
    const QChar *data = text.constData();
    const qsizetype size = text.size();
    while (pos < size && data[pos] != u'\n' && data[pos] != u'\r')
        ++pos;
    return pos + CsvRecords::lineBreakAt(text, pos);
}

std::optional<TextTable> tableOf(QList<TextTableRow> rows, const QString &sourceName, QString *error)
{
    if (rows.isEmpty()) {
        *error = QCoreApplication::translate("CsvReader",
                                             "%1 has no header row: the file is empty or holds only "
                                             "blank lines. Choose a CSV file with a header row.")
                     .arg(sourceName);
        return std::nullopt;
    }
    TextTable table;
    table.source = sourceName;
    table.header = std::move(rows.first().cells);
    table.headerLine = rows.first().line;
    rows.removeFirst();
    table.rows = std::move(rows);
    return table;
}

} // namespace

QChar detectSeparator(const QString &text)
{
    const QChar quote = u'"';
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
    // Pieces of a megabyte or more, a few per core so that a core slowed by
    // other work does not hold up the rest; a small file in one.
    constexpr qsizetype pieceChars = 1 << 20;
    const qsizetype pieces = qMin<qsizetype>(text.size() / pieceChars, 4 * qMax(1, QThread::idealThreadCount()));
    return readInPieces(text, sourceName, int(qMax<qsizetype>(1, pieces)), error);
}

std::optional<TextTable> readInPieces(const QString &text, const QString &sourceName, int pieceCount, QString *error)
{
    const QChar separator = detectSeparator(text);
    std::vector<Piece> pieces(size_t(qMax(1, pieceCount)));
    const qsizetype size = text.size();
    for (size_t i = 1; i < pieces.size(); ++i) {
        const qsizetype cut = qMax(pieces[i - 1].start, qsizetype(qint64(size) * qint64(i) / qint64(pieces.size())));
        pieces[i].start = afterLineBreak(text, cut);
        pieces[i - 1].stop = pieces[i].start;
    }
    pieces.back().stop = size;
    const auto readPiece = [&](Piece &piece) {
        QString ignored;
        piece.failed = !readStretch(text, separator, sourceName, piece.start, 1, piece.stop, &piece.rows, &piece.end,
                                    &piece.endLine, &ignored);
    };
    if (pieces.size() == 1)
        readPiece(pieces.front());
    else
        QtConcurrent::blockingMap(WorkThreads::pool(), pieces, readPiece);

    // The join, in file order. A piece whose start the one before did not
    // end at, or that failed, is read again from where the one before really
    // ended, with the true line numbers: the same records and the same error
    // a reader from the start of the file meets.
    qsizetype total = 0;
    for (const Piece &piece : pieces)
        total += piece.rows.size();
    QList<TextTableRow> rows;
    rows.reserve(total);
    qsizetype position = 0;
    int line = 1;
    for (Piece &piece : pieces) {
        if (piece.failed || piece.start != position) {
            piece.rows.clear();
            if (!readStretch(text, separator, sourceName, position, line, piece.stop, &piece.rows, &piece.end,
                             &piece.endLine, error))
                return std::nullopt;
            line = 1; // the lines read are true ones
        }
        for (TextTableRow &row : piece.rows) {
            row.line += line - 1;
            rows.append(std::move(row));
        }
        line += piece.endLine - 1;
        position = piece.end;
    }
    return tableOf(std::move(rows), sourceName, error);
}

} // namespace CsvReader
