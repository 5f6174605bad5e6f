#pragma once
// The first rows of an import file's table, read-only, for the import
// dialog's preview: the file's header across the top and, down the side,
// the line each row starts on, the numbers an import error would name.
#include "texttable.h"

#include <QAbstractTableModel>

class TextTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit TextTableModel(QObject *parent = nullptr);

    void setTable(const TextTable &table, int maximumRows);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_header;
    QList<TextTableRow> m_rows;
};
