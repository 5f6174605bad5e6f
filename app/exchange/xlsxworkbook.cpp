#include "xlsxworkbook.h"

#include "xlsxcellvalue.h"
#include "xlsxpackage.h"

#include <QDir>
#include <QHash>
#include <QXmlStreamReader>

#include <functional>

using namespace XlsxCellValue;

namespace {

struct WorkbookProperties {
    QStringList sheetRelationIds;  // in tab order
    bool date1904 = false;
};

void parseWorkbook(QXmlStreamReader &xml, WorkbookProperties *book)
{
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == u"workbookPr") {
            const QStringView value = attributes.value(QLatin1String("date1904"));
            book->date1904 = value == u"1" || value == u"true";
        } else if (xml.name() == u"sheet") {
            // r:id, whatever the prefix: transitional and strict OOXML use different namespaces.
            for (const QXmlStreamAttribute &attribute : attributes) {
                if (attribute.name() == u"id" && !attribute.namespaceUri().isEmpty())
                    book->sheetRelationIds.append(attribute.value().toString());
            }
        }
    }
}

struct Relationship {
    QString type;
    QString part;  // the target resolved to a name inside the ZIP
};

void parseRelationships(QXmlStreamReader &xml, QHash<QString, Relationship> *relationships)
{
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Relationship")
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (attributes.value(QLatin1String("TargetMode")) == u"External")
            continue;
        const QString target = attributes.value(QLatin1String("Target")).toString();
        const QString part = target.startsWith(u'/') ? target.mid(1)
                                                     : QDir::cleanPath(QStringLiteral("xl/") + target);
        relationships->insert(attributes.value(QLatin1String("Id")).toString(),
                              {attributes.value(QLatin1String("Type")).toString(), part});
    }
}

void parseSharedStrings(QXmlStreamReader &xml, QStringList *strings)
{
    if (!xml.readNextStartElement())
        return;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"si")
            strings->append(readRichText(xml));
        else
            xml.skipCurrentElement();
    }
}

// For each cell style (the index a cell's s attribute gives), whether it shows a date.
void parseDateStyles(QXmlStreamReader &xml, QList<bool> *dateStyles)
{
    QHash<int, bool> customFormats;
    bool inCellFormats = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"cellXfs")
            inCellFormats = false;
        if (!xml.isStartElement())
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        const int id = attributes.value(QLatin1String("numFmtId")).toInt();
        if (xml.name() == u"numFmt")
            customFormats.insert(
                id, isDateFormatCode(attributes.value(QLatin1String("formatCode")).toString()));
        else if (xml.name() == u"cellXfs")
            inCellFormats = true;
        else if (xml.name() == u"xf" && inCellFormats)
            dateStyles->append(customFormats.value(id, isBuiltInDateFormat(id)));
    }
}

} // namespace

bool XlsxWorkbook::read(XlsxPackage &package, const QString &name, QString *error)
{
    WorkbookProperties book;
    QHash<QString, Relationship> relationships;
    if (!package.parse(QStringLiteral("xl/workbook.xml"),
                       [&](QXmlStreamReader &xml) { parseWorkbook(xml, &book); }, error)
        || !package.parse(QStringLiteral("xl/_rels/workbook.xml.rels"),
                          [&](QXmlStreamReader &xml) { parseRelationships(xml, &relationships); }, error)) {
        return false;
    }
    const auto isType = [](const Relationship &relationship, QLatin1String type) {
        return relationship.type.endsWith(u'/' + type);
    };
    for (const QString &id : std::as_const(book.sheetRelationIds)) {
        if (isType(relationships.value(id), QLatin1String("worksheet"))) {
            firstSheetPart = relationships.value(id).part;
            break;
        }
    }
    if (firstSheetPart.isEmpty()) {
        if (error)
            *error = tr("The workbook \"%1\" has no worksheet.").arg(name);
        return false;
    }
    date1904 = book.date1904;
    for (const Relationship &relationship : std::as_const(relationships)) {
        std::function<void(QXmlStreamReader &)> parser;
        if (isType(relationship, QLatin1String("sharedStrings")))
            parser = [&](QXmlStreamReader &xml) { parseSharedStrings(xml, &sharedStrings); };
        else if (isType(relationship, QLatin1String("styles")))
            parser = [&](QXmlStreamReader &xml) { parseDateStyles(xml, &dateStyles); };
        if (parser && !package.parse(relationship.part, parser, error))
            return false;
    }
    return true;
}
