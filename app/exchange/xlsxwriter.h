#pragma once
// Writes one worksheet of typed columns as an XLSX workbook, for exports: a
// bold, frozen header row with an autofilter, then rows of text, numbers and
// real Excel dates. Like QSaveFile, the file appears only when close()
// succeeds; until then a file already at that path is left as it was.
//
// A thin wrapper over libxlsxwriter, which does the ZIP and XML work.
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantList>
#include <memory>

class XlsxSheetWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxSheetWriter)

public:
    struct Column {
        enum Type { Text, Number, Date };
        QString title;
        Type type = Text;
        double width = 0;  // in characters; 0 keeps Excel's default
    };

    XlsxSheetWriter();
    ~XlsxSheetWriter();  // without a successful close(), nothing is written
    XlsxSheetWriter(const XlsxSheetWriter &) = delete;
    XlsxSheetWriter &operator=(const XlsxSheetWriter &) = delete;

    // Starts a workbook for path with one sheet (named sheetName, or "Sheet1"
    // when empty) and writes the header row. Refuses a folder, a missing
    // folder and a sheet name Excel does not accept.
    bool open(const QString &path, const QString &sheetName, const QList<Column> &columns,
              QString *error);

    // One row, a cell per column (fewer leave the last cells empty). Text
    // columns take QString, Number columns any integer or finite floating
    // point value, Date columns QDate in the years 1900-9999; an invalid
    // QVariant, an empty string or a null QDate leaves the cell empty.
    // Anything else, like any other failure, abandons the workbook: the
    // temporary file is removed and later calls fail.
    bool writeRow(const QVariantList &cells, QString *error);

    // Finishes the workbook and puts it in place of path, replacing a file
    // there in one step.
    bool close(QString *error);

private:
    struct Workbook;
    bool startWorkbook(const QString &sheetName, QString *error);
    bool abandon(const QString &message, QString *error);
    bool writeCell(int column, const QVariant &value, QString *error);

    std::unique_ptr<Workbook> d;
};
