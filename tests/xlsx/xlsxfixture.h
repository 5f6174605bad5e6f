#pragma once
// Hand-built XLSX files for reader tests, and a look inside the ones the
// writer makes. A workbook is a ZIP of XML parts; these write and read the
// parts with minizip, so a test states exactly the XML a reader must face.
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace XlsxFixture {

using Parts = QList<QPair<QString, QByteArray>>;

// A ZIP archive at path holding parts; false when it could not be written.
bool writeZip(const QString &path, const Parts &parts);
// One part of a ZIP archive; empty when it is missing.
QByteArray readPart(const QString &path, const QString &part);

// The parts of a workbook whose sheets, in tab order, are the given
// worksheet documents, stored as xl/worksheets/sheet1.xml, sheet2.xml... or,
// when reversed is set, the first tab as the last file, so that a test can
// tell "first in the workbook" from "first in the archive". sharedStrings
// and styles are added when not empty; workbookProperties goes before
// <sheets> (e.g. <workbookPr date1904="1"/>).
Parts workbook(const QList<QByteArray> &sheets, const QByteArray &sharedStrings = {},
               const QByteArray &styles = {}, const QByteArray &workbookProperties = {},
               bool reversed = false);

// A worksheet document around the given <row> elements.
QByteArray sheet(const QByteArray &rows);

} // namespace XlsxFixture
