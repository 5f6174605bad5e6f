#pragma once
// What reading the first worksheet of an XLSX workbook needs from the rest of
// it: which part holds that sheet, the shared strings its cells refer to,
// which cell styles show dates, and which date system its serials count in.
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class XlsxPackage;

struct XlsxWorkbook {
    Q_DECLARE_TR_FUNCTIONS(XlsxWorkbook)

public:
    QString firstSheetPart;     // the first worksheet in tab order, e.g. xl/worksheets/sheet1.xml
    QStringList sharedStrings;
    QList<bool> dateStyles;     // by cell style index (a cell's s attribute)
    bool date1904 = false;      // serials count from 1904-01-01 (old Mac Excel)

    // Reads xl/workbook.xml, its relationships, the shared strings and the
    // styles; false with *error (naming the workbook) when there is no
    // worksheet or a part is damaged.
    bool read(XlsxPackage &package, const QString &name, QString *error);
};
