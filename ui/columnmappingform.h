#pragma once
// One choice per field of a recommendation: which column of the file holds
// it, or none. The import dialog fills it from the detected layout or the
// remembered mapping, and turns the choices into a mapping spec
// ("text=\"Recommendation\",state=\"Country\"") for the import. Its labels
// follow a change of language; the file's column names are shown as they are.
#include "columnmapping.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;

class ColumnMappingForm : public QWidget
{
    Q_OBJECT
public:
    explicit ColumnMappingForm(QWidget *parent = nullptr);

    static QString fieldLabel(ImportField field);

    // The file's columns; choices of columns still in the header are kept.
    void setHeader(const QStringList &header);
    // Selects the column of each field in the mapping (matched as the import
    // matches them: trimmed, in any case) and clears the others.
    void setColumns(const QHash<ImportField, QString> &columns);
    // The header names chosen, as the file spells them.
    QHash<ImportField, QString> columns() const;
    // columns() as ImportOptions::mapping expects it.
    QString spec() const;

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QHash<ImportField, QComboBox *> m_combos;
    QHash<ImportField, QLabel *> m_labels;
    QStringList m_header;
};
