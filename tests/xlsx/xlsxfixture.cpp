#include "xlsxfixture.h"

#include <minizip/unzip.h>
#include <minizip/zip.h>

#include <QFile>

namespace XlsxFixture {

namespace {
const QByteArray MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const QByteArray RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const QByteArray PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
} // namespace

bool writeZip(const QString &path, const Parts &parts)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    bool ok = true;
    for (const auto &[name, bytes] : parts) {
        zip_fileinfo info = {};
        ok = ok
            && zipOpenNewFileInZip64(zip, name.toUtf8().constData(), &info, nullptr, 0, nullptr, 0, nullptr,
                                     Z_DEFLATED, Z_DEFAULT_COMPRESSION, 0) == ZIP_OK
            && zipWriteInFileInZip(zip, bytes.constData(), static_cast<unsigned>(bytes.size())) == ZIP_OK
            && zipCloseFileInZip(zip) == ZIP_OK;
    }
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

QByteArray readPart(const QString &path, const QString &part)
{
    unzFile zip = unzOpen64(QFile::encodeName(path).constData());
    if (!zip)
        return {};
    QByteArray bytes;
    if (unzLocateFile(zip, part.toUtf8().constData(), 1) == UNZ_OK && unzOpenCurrentFile(zip) == UNZ_OK) {
        char buffer[4096];
        int read = 0;
        while ((read = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0)
            bytes.append(buffer, read);
        unzCloseCurrentFile(zip);
    }
    unzClose(zip);
    return bytes;
}

Parts workbook(const QList<QByteArray> &sheets, const QByteArray &sharedStrings, const QByteArray &styles,
               const QByteArray &workbookProperties, bool reversed)
{
    QByteArray sheetList;
    QByteArray relationships;
    Parts parts;
    for (int i = 0; i < sheets.size(); ++i) {
        const QByteArray tab = QByteArray::number(i + 1);
        const QByteArray file = QByteArray::number(reversed ? sheets.size() - i : i + 1);
        sheetList += "<sheet name=\"Sheet" + tab + "\" sheetId=\"" + tab + "\" r:id=\"rId" + file + "\"/>";
        relationships += "<Relationship Id=\"rId" + file + "\" Type=\"" + RelationshipNamespace
            + "/worksheet\" Target=\"worksheets/sheet" + file + ".xml\"/>";
        parts.append({QStringLiteral("xl/worksheets/sheet%1.xml").arg(QLatin1String(file)), sheets.at(i)});
    }
    if (!sharedStrings.isEmpty()) {
        relationships += "<Relationship Id=\"rIdS\" Type=\"" + RelationshipNamespace
            + "/sharedStrings\" Target=\"sharedStrings.xml\"/>";
        parts.append({QStringLiteral("xl/sharedStrings.xml"), sharedStrings});
    }
    if (!styles.isEmpty()) {
        // An absolute target, as some producers write it.
        relationships += "<Relationship Id=\"rIdT\" Type=\"" + RelationshipNamespace
            + "/styles\" Target=\"/xl/styles.xml\"/>";
        parts.append({QStringLiteral("xl/styles.xml"), styles});
    }
    parts.prepend({QStringLiteral("xl/_rels/workbook.xml.rels"),
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships xmlns=\"" + PackageRelationships
                       + "\">" + relationships + "</Relationships>"});
    parts.prepend({QStringLiteral("xl/workbook.xml"),
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<workbook xmlns=\"" + MainNamespace + "\" xmlns:r=\""
                       + RelationshipNamespace + "\">" + workbookProperties + "<sheets>" + sheetList
                       + "</sheets></workbook>"});
    parts.prepend({QStringLiteral("_rels/.rels"),
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Relationships xmlns=\"" + PackageRelationships
                       + "\"><Relationship Id=\"rId1\" Type=\"" + RelationshipNamespace
                       + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"});
    return parts;
}

QByteArray sheet(const QByteArray &rows)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\"" + MainNamespace
        + "\">\n<sheetData>\n" + rows + "\n</sheetData>\n</worksheet>";
}

} // namespace XlsxFixture
