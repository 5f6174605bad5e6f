#pragma once
// What the import dialog knows of the file it previews: the file read once,
// its table decoded again whenever the user picks another encoding, the
// layout its header is known by (or the mapping remembered for it), and the
// status words in a column that need the user to say what they mean. Reads
// through ImportSource, as the import itself does.
#include "columnmapping.h"
#include "importsource.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>
#include <optional>

class ImportPreview
{
    Q_DECLARE_TR_FUNCTIONS(ImportPreview)

public:
    enum class Origin { Known, Remembered, None };

    // Reads the file's bytes; false with *error when it cannot be read.
    bool load(const QString &path, QString *error);
    QString path() const { return m_path; }
    ImportSource::Kind kind() const { return m_kind; }

    // Reads the table again in this encoding (empty or "auto": detected).
    // On failure the table is empty and *error says why, naming line and column
    // where the reader can.
    bool decode(const QString &encoding, QString *error);
    const TextTable &table() const { return m_table; }
    QString encodingUsed() const { return m_encoding; }

    // The mapping to start from: the known layout of the header, else the
    // one the user chose for this header last time.
    Origin origin() const;
    std::optional<ColumnMapping> startingMapping() const;

    // The words in column (a header name) that StatusWords does not read, each
    // once (by StatusWords::userKey), in their first spelling, in file order.
    QStringList unknownStatusWords(const QString &column) const;

private:
    QString m_path;
    QByteArray m_bytes;
    ImportSource::Kind m_kind = ImportSource::Kind::Text;
    TextTable m_table;
    QString m_encoding;
};
