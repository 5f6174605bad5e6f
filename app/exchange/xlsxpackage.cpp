#include "xlsxpackage.h"

#include <minizip/unzip.h>

#include <QFile>
#include <QIODevice>
#include <QXmlStreamReader>

namespace {

// The open entry of a ZIP archive as a QIODevice, so that QXmlStreamReader
// reads it as it is inflated instead of from a copy of the whole part.
class ZipEntryDevice : public QIODevice
{
public:
    explicit ZipEntryDevice(unzFile zip) : m_zip(zip) { QIODevice::open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }
    bool failed() const { return m_failed; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const int read = unzReadCurrentFile(m_zip, data, static_cast<unsigned>(qMin<qint64>(maxSize, 1 << 20)));
        m_failed = m_failed || read < 0;
        return read < 0 ? -1 : read;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    unzFile m_zip;
    bool m_failed = false;
};

} // namespace

XlsxPackage::XlsxPackage(const QString &path, const QString &name) : m_path(path), m_name(name) {}

XlsxPackage::~XlsxPackage()
{
    if (m_zip)
        unzClose(m_zip);
}

bool XlsxPackage::open()
{
    if (!m_zip)
        m_zip = unzOpen64(QFile::encodeName(m_path).constData());
    return m_zip != nullptr;
}

// Part names are case-insensitive in the Open Packaging Conventions.
bool XlsxPackage::has(const QString &part)
{
    constexpr int CaseInsensitive = 2;
    return m_zip && unzLocateFile(m_zip, part.toUtf8().constData(), CaseInsensitive) == UNZ_OK;
}

bool XlsxPackage::parse(const QString &part, const std::function<void(QXmlStreamReader &)> &parser,
                        QString *error)
{
    QString problem;
    const QString undecompressable =
        tr("The workbook \"%1\" is damaged: its part %2 cannot be decompressed.").arg(m_name, part);
    if (!has(part)) {
        problem = tr("The workbook \"%1\" is damaged: its part %2 is missing.").arg(m_name, part);
    } else if (unzOpenCurrentFile(m_zip) != UNZ_OK) {
        problem = undecompressable;
    } else {
        ZipEntryDevice entry(m_zip);
        QXmlStreamReader xml(&entry);
        parser(xml);
        if (entry.failed()) {
            problem = undecompressable;
        } else if (xml.hasError()) {
            problem = tr("The workbook \"%1\" is damaged: %2 (in %3, line %4).")
                          .arg(m_name, xml.errorString(), part, QString::number(xml.lineNumber()));
        }
        // Reports a CRC mismatch when the whole part was read.
        if (unzCloseCurrentFile(m_zip) != UNZ_OK && problem.isEmpty())
            problem = undecompressable;
    }
    if (problem.isEmpty())
        return true;
    if (error)
        *error = problem + u' ' + tr("Open it in your spreadsheet program and save it again.");
    return false;
}
