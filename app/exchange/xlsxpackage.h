#pragma once
// The parts of an XLSX file, which is a ZIP archive of XML documents, each
// streamed through a QXmlStreamReader while it is being inflated. Whatever
// goes wrong becomes one sentence that names the workbook and the part.
//
// The ZIP work is minizip's, the library libxlsxwriter itself uses. Not
// QuaZip: it exports its own, changed copy of minizip under the same symbol
// names, so with both in one process the dynamic linker sends one library's
// calls into the other's copy and the program crashes (it did, in tst_xlsx).
#include <QCoreApplication>
#include <QString>
#include <functional>

class QXmlStreamReader;

class XlsxPackage
{
    Q_DECLARE_TR_FUNCTIONS(XlsxPackage)

public:
    // name is how messages call the workbook (its file name).
    XlsxPackage(const QString &path, const QString &name);
    ~XlsxPackage();
    XlsxPackage(const XlsxPackage &) = delete;
    XlsxPackage &operator=(const XlsxPackage &) = delete;

    bool open();  // false when the file is not a ZIP archive
    bool has(const QString &part);

    // Runs parser over one part. A parser reports a problem with the content
    // through xml.raiseError(), so that it reaches the user like any XML
    // error: with the part and the line.
    bool parse(const QString &part, const std::function<void(QXmlStreamReader &)> &parser,
               QString *error);

private:
    QString m_path;
    QString m_name;
    void *m_zip = nullptr;  // minizip's unzFile
};
