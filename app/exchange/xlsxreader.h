#pragma once
// Reads the first worksheet of an XLSX workbook into a TextTable, so that the
// importer treats a spreadsheet exactly like a CSV file. Every cell comes back
// as the text a person sees in it: numbers as written, TRUE/FALSE, and cells
// formatted as dates as ISO dates (YYYY-MM-DD). The sheet is streamed, never
// held as a document tree, so large workbooks stay cheap.
#include "texttable.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    // The first worksheet (in the workbook's tab order) as a TextTable whose
    // row lines are the worksheet's row numbers. Trailing empty cells of a
    // row are dropped. On failure fills *error with a sentence naming the
    // file and returns nothing.
    static std::optional<TextTable> read(const QString &path, QString *error);
};
