#pragma once
// The options of a chart export: which chart (unless all are exported),
// the format, the PNG's pixel size and DPI, the PDF's page and orientation,
// and an optional title. Remembers the last choices.
#include "chartexporter.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
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

private:
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
};
