#include "texttablemodel.h"

TextTableModel::TextTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void TextTableModel::setTable(const TextTable &table, int maximumRows)
{
    beginResetModel();
    m_header = table.header;
    m_rows = table.rows.mid(0, maximumRows);
    // Ragged rows: as many columns as the widest row, so nothing read is hidden.
    for (const TextTableRow &row : std::as_const(m_rows)) {
        while (m_header.size() < row.cells.size())
            m_header << QString();
    }
    endResetModel();
}

int TextTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TextTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_header.size());
}

QVariant TextTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const QString cell = m_rows.at(index.row()).cells.value(index.column());
    // One line per row in the table; the tooltip shows a cell's line breaks.
    if (role == Qt::ToolTipRole)
        return cell;
    QString line = cell;
    line.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return line.replace(QLatin1Char('\n'), QChar(0x21B5));
}

QVariant TextTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return m_header.value(section);
    return section < m_rows.size() ? QVariant(m_rows.at(section).line) : QVariant();
}
