// libFuzzer target for the text side of imports: the bytes of a CSV/TSV file
// through TextDecoding::decode (auto-detection), CsvReader::read, and
// CellValue on every cell of the table, as the import does. Besides crashes,
// sanitizer reports and hangs, it checks what the headers promise: decoded
// text holds no NUL, a table has a non-blank header and no blank rows, rows
// start on increasing lines, errors are sentences that name the file, the
// text cut into pieces (as a large file is) gives the same table or error,
// and cleaned cells and list values are trimmed, non-empty and without repeats.
//
// No QCoreApplication: the readers use QCoreApplication::translate and
// QStringDecoder, which work without one (translate returns the source text).
#include "cellvalue.h"
#include "csvreader.h"
#include "textdecoding.h"

#include <QByteArray>
#include <QSet>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

// A broken promise is a finding like a crash: say which, and abort so that
// libFuzzer keeps the input.
void check(bool condition, const char *promise)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_csvreader: broken promise: %s\n", promise);
        std::abort();
    }
}

bool isBlank(const QStringList &cells)
{
    for (const QString &cell : cells) {
        if (!cell.trimmed().isEmpty())
            return false;
    }
    return true;
}

void exerciseCell(const QString &cell)
{
    const QString cleaned = CellValue::clean(cell);
    check(cleaned == cleaned.trimmed(), "CellValue::clean trims the cell");

    const std::optional<int> number = CellValue::wholeNumber(cell);
    if (number)
        check(!cleaned.isEmpty(), "CellValue::wholeNumber gives nothing for an empty cell");

    const QStringList values = CellValue::splitList(cell);
    QSet<QString> seen;
    for (const QString &value : values) {
        check(!value.isEmpty(), "CellValue::splitList drops empty values");
        check(value == value.trimmed(), "CellValue::splitList trims each value");
        const QString key = value.toCaseFolded();
        check(!seen.contains(key), "CellValue::splitList drops repeats");
        seen.insert(key);
    }
}

bool sameTable(const std::optional<TextTable> &a, const std::optional<TextTable> &b)
{
    if (!a || !b)
        return !a && !b;
    if (a->source != b->source || a->header != b->header || a->headerLine != b->headerLine
        || a->rows.size() != b->rows.size())
        return false;
    for (qsizetype i = 0; i < a->rows.size(); ++i) {
        if (a->rows.at(i).line != b->rows.at(i).line || a->rows.at(i).cells != b->rows.at(i).cells)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString sourceName = QStringLiteral("fuzz.csv");

    QString error;
    const std::optional<TextDecoding::DecodedText> decoded = TextDecoding::decode(bytes, QString(), &error);
    if (!decoded) {
        check(!error.isEmpty(), "TextDecoding::decode explains a failure");
        return 0;
    }
    check(!decoded->text.contains(QChar(u'\0')), "decoded text holds no NUL");
    check(!decoded->encoding.isEmpty(), "TextDecoding::decode names the encoding");

    error.clear();
    const std::optional<TextTable> table = CsvReader::read(decoded->text, sourceName, &error);
    for (const int pieces : {2, 3, 7}) {
        QString piecesError;
        const std::optional<TextTable> joined = CsvReader::readInPieces(decoded->text, sourceName, pieces, &piecesError);
        check(sameTable(table, joined) && piecesError == (table ? QString() : error),
              "CsvReader::readInPieces gives the table or the error read() gives");
    }
    if (!table) {
        check(error.startsWith(sourceName), "CsvReader::read errors start with the file name");
        return 0;
    }
    check(table->source == sourceName, "the table keeps its source name");
    check(!isBlank(table->header), "the header is the first non-blank row");
    check(table->headerLine >= 1, "lines are 1-based");
    int previousLine = table->headerLine;
    for (const QString &cell : table->header) {
        exerciseCell(cell);
        check(table->columnOf(cell) >= 0, "every header name is found by columnOf");
    }
    for (const TextTableRow &row : table->rows) {
        check(row.line > previousLine, "rows start on increasing lines");
        previousLine = row.line;
        check(!isBlank(row.cells), "blank rows are left out");
        for (const QString &cell : row.cells)
            exerciseCell(cell);
    }
    return 0;
}
