#pragma once
// The options of a chart export: which chart (unless all are exported),
// the format, the PNG's pixel size and DPI, the PDF's page and orientation,
// and an optional title. Remembers the last choices. Its texts follow a
// change of language.
#include "chartexporter.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

class ChartExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Scope { OneChart, AllCharts };
    ChartExportDialog(Scope scope, ChartKind kind, ChartFormat format, QWidget *parent = nullptr);

    ChartKind kind() const;
    ChartExportOptions options() const;
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void setRowLabel(QWidget *field, const QString &text);
    void updateFields();

    Scope m_scope;
    QComboBox *m_kind = nullptr;
    QComboBox *m_format = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QSpinBox *m_dpi = nullptr;
    QComboBox *m_page = nullptr;
    QComboBox *m_orientation = nullptr;
    QLineEdit *m_title = nullptr;
    QLabel *m_physicalSize = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_choose = nullptr; // "Choose file...": the dialog's OK
    QHash<QWidget *, QLabel *> m_rowLabels; // the label of each field's row
};
