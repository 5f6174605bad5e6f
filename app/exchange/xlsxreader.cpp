#include "xlsxreader.h"

#include "xlsxcellvalue.h"
#include "xlsxpackage.h"
#include "xlsxworkbook.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

#include <algorithm>
#include <functional>

using namespace XlsxCellValue;

namespace {

constexpr QLatin1String WorkbookPart("xl/workbook.xml");

std::optional<TextTable> failed(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

// The text of the <c> element the reader is on, as Excel would show it.
QString readCell(QXmlStreamReader &xml, const XlsxWorkbook &workbook)
{
    const QXmlStreamAttributes attributes = xml.attributes();
    const QStringView type = attributes.value(QLatin1String("t"));
    const int style = attributes.value(QLatin1String("s")).toInt();
    QString raw;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"v")
            raw = xml.readElementText();
        else if (xml.name() == u"is")
            raw = readRichText(xml);
        else
            xml.skipCurrentElement();  // <f>: the cached value in <v> is what the user saw
    }
    if (raw.isEmpty())
        return {};
    if (type == u"s") {
        bool ok = false;
        const int index = raw.toInt(&ok);
        if (ok && index >= 0 && index < workbook.sharedStrings.size())
            return workbook.sharedStrings.at(index);
        xml.raiseError(XlsxReader::tr("the cell %1 refers to a shared text that does not exist")
                           .arg(attributes.value(QLatin1String("r"))));
        return {};
    }
    if (type == u"inlineStr" || type == u"e")
        return raw;
    if (type == u"str")
        return decodeEscapes(raw);
    if (type == u"b")
        return QLatin1String(raw.trimmed() == u"1" ? "TRUE" : "FALSE");
    if (type == u"d") {  // ISO 8601 date-time, written by some producers
        const QDate date = QDate::fromString(raw.left(10), Qt::ISODate);
        return date.isValid() ? date.toString(Qt::ISODate) : raw;
    }
    if (style >= 0 && style < workbook.dateStyles.size() && workbook.dateStyles.at(style)) {
        const QString date = serialToIsoDate(raw, workbook.date1904);
        if (!date.isEmpty())
            return date;
    }
    return numberText(raw);
}

// A few hundred kilobytes of XML can place a cell at column XFD on every
// row; padded, that is billions of empty cells. Sheets are read up to this
// many cells (counting the empty ones before each row's last), about 250 MB:
// far beyond any recommendation table (250,000 rows of 20 columns is 5 million).
constexpr qint64 cellBudget = 10'000'000;

// The cells of the <row> the reader is on, placed by their references;
// *cellsLeft is what the budget still allows.
QStringList readRow(QXmlStreamReader &xml, const XlsxWorkbook &workbook, qint64 *cellsLeft)
{
    QStringList cells;
    int column = -1;
    while (xml.readNextStartElement()) {
        if (xml.name() != u"c") {
            xml.skipCurrentElement();
            continue;
        }
        const QString reference = xml.attributes().value(QLatin1String("r")).toString();
        column = reference.isEmpty() ? column + 1 : columnOfReference(reference);
        if (column < 0 || column >= MaxColumns) {
            xml.raiseError(XlsxReader::tr("the cell reference \"%1\" is not valid").arg(reference));
            return {};
        }
        const QString text = readCell(xml, workbook);
        if (column >= cells.size()) {
            if (column + 1 - cells.size() > *cellsLeft) {
                xml.raiseError(XlsxReader::tr("the sheet holds more than %Ln cells (counting the empty ones before "
                                              "the last filled cell of each row); delete the unused columns and rows",
                                              nullptr, int(cellBudget)));
                return {};
            }
            *cellsLeft -= column + 1 - cells.size();
            cells.resize(column + 1);
        }
        cells[column] = text;
    }
    while (!cells.isEmpty() && cells.constLast().isEmpty())
        cells.removeLast();
    return cells;
}

void readSheet(QXmlStreamReader &xml, const XlsxWorkbook &workbook,
               const std::function<void(int, const QStringList &)> &onRow)
{
    if (!xml.readNextStartElement())
        return;
    int rowNumber = 0;
    qint64 cellsLeft = cellBudget;
    while (xml.readNextStartElement()) {
        if (xml.name() != u"sheetData") {
            xml.skipCurrentElement();
            continue;
        }
        while (xml.readNextStartElement()) {
            if (xml.name() != u"row") {
                xml.skipCurrentElement();
                continue;
            }
            const QString number = xml.attributes().value(QLatin1String("r")).toString();
            bool ok = true;
            rowNumber = number.isEmpty() ? rowNumber + 1 : number.toInt(&ok);
            if (!ok || rowNumber < 1 || rowNumber > MaxRows) {
                xml.raiseError(XlsxReader::tr("the row number \"%1\" is not valid").arg(number));
                return;
            }
            const QStringList cells = readRow(xml, workbook, &cellsLeft);
            if (!xml.hasError())
                onRow(rowNumber, cells);
        }
    }
}

bool isBlank(const QStringList &cells)
{
    return std::all_of(cells.begin(), cells.end(),
                       [](const QString &cell) { return cell.trimmed().isEmpty(); });
}

// Why the file at path cannot be an XLSX workbook, or an empty string.
QString notAWorkbook(const QString &path, const QString &name, XlsxPackage *package)
{
    const QString resave =
        XlsxReader::tr("Save it from your spreadsheet program as an Excel workbook (.xlsx).");
    const QFileInfo info(path);
    if (!info.exists())
        return XlsxReader::tr("The file \"%1\" does not exist.").arg(name);
    if (info.isDir())
        return XlsxReader::tr("\"%1\" is a folder, not an XLSX workbook.").arg(name);
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly))
        return XlsxReader::tr("The file \"%1\" cannot be read: %2.").arg(name, probe.errorString());
    const QByteArray magic = probe.read(4);
    if (magic == QByteArrayLiteral("\xD0\xCF\x11\xE0")) {  // an OLE compound document
        return XlsxReader::tr("\"%1\" is not an XLSX workbook: it is an old Excel (.xls) file or a "
                              "password-protected workbook. Open it in your spreadsheet program and save it "
                              "without a password as an Excel workbook (.xlsx).").arg(name);
    }
    if (!magic.startsWith("PK") || !package->open())
        return XlsxReader::tr("\"%1\" is not an XLSX workbook: it is not a ZIP archive. %2").arg(name, resave);
    if (!package->has(WorkbookPart)) {
        return XlsxReader::tr("\"%1\" is not an XLSX workbook: it has no %2. %3")
            .arg(name, WorkbookPart, resave);
    }
    return {};
}

} // namespace

std::optional<TextTable> XlsxReader::read(const QString &path, QString *error)
{
    const QString name = QFileInfo(path).fileName();
    XlsxPackage package(path, name);
    const QString problem = notAWorkbook(path, name, &package);
    if (!problem.isEmpty())
        return failed(error, problem);
    XlsxWorkbook workbook;
    if (!workbook.read(package, name, error))
        return std::nullopt;

    TextTable table;
    table.source = name;
    const auto addRow = [&table](int line, const QStringList &cells) {
        if (isBlank(cells))
            return;
        if (table.headerLine == 0) {
            table.header = cells;
            table.headerLine = line;
        } else {
            table.rows.append({line, cells});
        }
    };
    const auto parseSheet = [&](QXmlStreamReader &xml) { readSheet(xml, workbook, addRow); };
    if (!package.parse(workbook.firstSheetPart, parseSheet, error))
        return std::nullopt;
    return table;
}
