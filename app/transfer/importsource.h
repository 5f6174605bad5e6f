#pragma once
// What an import file is (a CSV text, an XLSX workbook or JSON) and, for the
// first two, its table. The import and the import dialog's preview both read
// files through here, so that what the preview shows is what is imported.
#include "texttable.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

class ImportSource
{
    Q_DECLARE_TR_FUNCTIONS(ImportSource)

public:
    enum class Kind { Text, Workbook, Json };

    struct Table {
        TextTable table;
        QString encoding; // the text encoding used; empty for a workbook
    };

    // The file name endings the import reads (lower case): CSV text (also
    // .tsv and .txt), Excel workbooks, JSON. File > Import, a drop on the
    // window and files named on the command line offer these.
    static QStringList fileSuffixes();
    static bool isImportFile(const QString &path);

    // format: ImportOptions::format ("auto" looks at the bytes and the name).
    static Kind kindOf(const QString &path, const QByteArray &bytes, const QString &format);
    // The table of a text file (decoded with encoding, empty or "auto" to
    // detect) or of a workbook's first sheet; *error names the file.
    static std::optional<Table> readTable(const QString &path, const QByteArray &bytes, Kind kind,
                                          const QString &encoding, QString *error);
};
