#include "importsource.h"

#include "csvreader.h"
#include "textdecoding.h"
#include "xlsxreader.h"

#include <QFileInfo>

QStringList ImportSource::fileSuffixes()
{
    return {QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("txt"), QStringLiteral("xlsx"),
            QStringLiteral("json")};
}

bool ImportSource::isImportFile(const QString &path)
{
    return fileSuffixes().contains(QFileInfo(path).suffix().toLower());
}

ImportSource::Kind ImportSource::kindOf(const QString &path, const QByteArray &bytes, const QString &format)
{
    const bool isZip = bytes.startsWith("PK\x03\x04");
    if (format == QLatin1String("xlsx") || (format != QLatin1String("csv") && isZip))
        return Kind::Workbook;
    const QByteArray start = bytes.left(4096).trimmed();
    const bool detecting = format.isEmpty() || format == QLatin1String("auto");
    if (format == QLatin1String("json") || format == QLatin1String("uhri")
        || (detecting && (QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0
                      || start.startsWith('{') || start.startsWith('['))))
        return Kind::Json;
    return Kind::Text;
}

std::optional<ImportSource::Table> ImportSource::readTable(const QString &path, const QByteArray &bytes, Kind kind,
                                                           const QString &encoding, QString *error)
{
    const QString name = QFileInfo(path).fileName();
    if (kind == Kind::Workbook) {
        std::optional<TextTable> table = XlsxReader::read(path, error);
        if (!table)
            return std::nullopt;
        table->source = name;
        return Table{*table, QString()};
    }
    const std::optional<TextDecoding::DecodedText> text = TextDecoding::decode(bytes, encoding, error);
    if (!text) {
        *error = tr("%1: %2").arg(name, *error);
        return std::nullopt;
    }
    std::optional<TextTable> table = CsvReader::read(text->text, name, error);
    if (!table)
        return std::nullopt;
    return Table{*table, text->encoding};
}
