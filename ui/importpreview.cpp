#include "importpreview.h"

#include "cellvalue.h"
#include "mappingmemory.h"
#include "statuswords.h"

#include <QFile>
#include <QSet>

bool ImportPreview::load(const QString &path, QString *error)
{
    m_path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Could not read %1: %2").arg(path, file.errorString());
        return false;
    }
    m_bytes = file.readAll();
    m_kind = ImportSource::kindOf(path, m_bytes, QStringLiteral("auto"));
    return true;
}

bool ImportPreview::decode(const QString &encoding, QString *error)
{
    m_table = TextTable();
    m_encoding.clear();
    if (m_kind == ImportSource::Kind::Json)
        return true;
    const std::optional<ImportSource::Table> read = ImportSource::readTable(m_path, m_bytes, m_kind, encoding, error);
    if (!read)
        return false;
    m_table = read->table;
    m_encoding = read->encoding;
    return true;
}

ImportPreview::Origin ImportPreview::origin() const
{
    if (ColumnMapping::detect(m_table.header))
        return Origin::Known;
    return MappingMemory::recall(m_table.header).isEmpty() ? Origin::None : Origin::Remembered;
}

std::optional<ColumnMapping> ImportPreview::startingMapping() const
{
    if (std::optional<ColumnMapping> known = ColumnMapping::detect(m_table.header))
        return known;
    const QString remembered = MappingMemory::recall(m_table.header);
    QString ignored; // a remembered mapping that no longer parses is simply not offered
    return remembered.isEmpty() ? std::nullopt : ColumnMapping::parse(remembered, &ignored);
}

QStringList ImportPreview::unknownStatusWords(const QString &column) const
{
    const int index = m_table.columnOf(column);
    if (index < 0)
        return {};
    // UPR Info marks pledges in the response column; the import leaves them out.
    const bool uprInfo = origin() == Origin::Known
        && ColumnMapping::detect(m_table.header)->layout == ColumnMapping::Layout::UprInfo;
    // The index's positions ("Supported, Noted") are read by its own reader.
    if (origin() == Origin::Known && ColumnMapping::detect(m_table.header)->layout == ColumnMapping::Layout::Uhri)
        return {};
    QStringList words;
    QSet<QString> seen;
    for (const TextTableRow &row : m_table.rows) {
        const QString word = CellValue::clean(row.cells.value(index));
        const QString key = StatusWords::userKey(word);
        if (key.isEmpty() || seen.contains(key) || (uprInfo && key == QLatin1String("voluntary pledge"))
            || StatusWords::read(word))
            continue;
        seen.insert(key);
        words << word;
    }
    return words;
}
