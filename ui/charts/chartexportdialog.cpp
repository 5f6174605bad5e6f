#include "chartexportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

namespace {
const QString settingsGroup = QStringLiteral("chartExport/");
}

ChartExportDialog::ChartExportDialog(Scope scope, ChartKind kind, ChartFormat format, QWidget *parent)
    : QDialog(parent), m_scope(scope)
{
    // Every text is set in retranslateUi(), the size on paper in updateFields().
    QSettings settings;
    auto *layout = new QFormLayout(this);
    auto addRow = [this, layout](QWidget *field) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        layout->addRow(label, field);
        m_rowLabels.insert(field, label);
    };

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("chartKind"));
    for (ChartKind each : ChartKinds::all())
        m_kind->addItem(QString(), int(each));
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    if (scope == Scope::OneChart)
        addRow(m_kind);
    else
        m_kind->hide();

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("format"));
    for (ChartFormat each : {ChartFormat::Png, ChartFormat::Svg, ChartFormat::Pdf})
        m_format->addItem(QString(), int(each));
    m_format->setCurrentIndex(m_format->findData(int(format)));
    addRow(m_format);

    auto makeSpin = [this](int minimum, int maximum, int value) {
        auto *spin = new QSpinBox(this);
        spin->setRange(minimum, maximum);
        spin->setValue(value);
        spin->setAccelerated(true);
        return spin;
    };
    m_width = makeSpin(200, 20000, settings.value(settingsGroup + QStringLiteral("width"), 1600).toInt());
    m_height = makeSpin(150, 20000, settings.value(settingsGroup + QStringLiteral("height"), 1000).toInt());
    m_dpi = makeSpin(72, 1200, settings.value(settingsGroup + QStringLiteral("dpi"), 150).toInt());
    addRow(m_width);
    addRow(m_height);
    addRow(m_dpi);
    m_physicalSize = new QLabel(this);
    layout->addRow(QString(), m_physicalSize);

    m_page = new QComboBox(this);
    m_page->addItem(QString(), int(QPageSize::A4));
    m_page->addItem(QString(), int(QPageSize::Letter));
    m_page->setCurrentIndex(qMax(0, m_page->findData(settings.value(settingsGroup + QStringLiteral("page"), int(QPageSize::A4)).toInt())));
    m_orientation = new QComboBox(this);
    m_orientation->addItem(QString(), int(QPageLayout::Landscape));
    m_orientation->addItem(QString(), int(QPageLayout::Portrait));
    m_orientation->setCurrentIndex(
        qMax(0, m_orientation->findData(settings.value(settingsGroup + QStringLiteral("orientation"), int(QPageLayout::Landscape)).toInt())));
    addRow(m_page);
    addRow(m_orientation);

    m_title = new QLineEdit(this);
    addRow(m_title);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    layout->addRow(m_error);

    // Not the standard OK button, whose text Qt itself sets back to "OK"
    // whenever the language changes.
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_choose = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_choose->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addRow(m_buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ChartExportDialog::updateFields);
    for (QSpinBox *spin : {m_width, m_height, m_dpi})
        connect(spin, &QSpinBox::valueChanged, this, &ChartExportDialog::updateFields);
    retranslateUi();
}

void ChartExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ChartExportDialog::retranslateUi()
{
    const bool all = m_scope == Scope::AllCharts;
    setWindowTitle(all ? tr("Export all charts") : tr("Export chart"));

    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, ChartKinds::title(ChartKind(m_kind->itemData(i).toInt())));
    m_kind->setAccessibleDescription(tr("Which of the charts to export"));
    setRowLabel(m_kind, tr("&Chart:"));

    for (int i = 0; i < m_format->count(); ++i) {
        switch (ChartFormat(m_format->itemData(i).toInt())) {
        case ChartFormat::Png: m_format->setItemText(i, tr("PNG image")); break;
        case ChartFormat::Svg: m_format->setItemText(i, tr("SVG vector drawing")); break;
        case ChartFormat::Pdf: m_format->setItemText(i, tr("PDF page")); break;
        }
    }
    m_format->setAccessibleDescription(tr("An image of a fixed size, or a drawing that stays sharp at any size"));
    setRowLabel(m_format, tr("&Format:"));

    m_width->setSuffix(tr(" px"));
    m_width->setAccessibleDescription(tr("The width of the image in pixels"));
    setRowLabel(m_width, tr("&Width:"));
    m_height->setSuffix(tr(" px"));
    m_height->setAccessibleDescription(tr("The height of the image in pixels"));
    setRowLabel(m_height, tr("&Height:"));
    m_dpi->setSuffix(tr(" DPI"));
    m_dpi->setAccessibleDescription(tr("The resolution of the image, which sets the size it prints at"));
    setRowLabel(m_dpi, tr("&Resolution:"));

    m_page->setItemText(0, tr("A4"));
    m_page->setItemText(1, tr("Letter"));
    m_page->setAccessibleDescription(tr("The paper size of the PDF page"));
    setRowLabel(m_page, tr("&Page:"));
    m_orientation->setItemText(0, tr("Landscape"));
    m_orientation->setItemText(1, tr("Portrait"));
    m_orientation->setAccessibleDescription(tr("Whether the PDF page lies wide or stands tall"));
    setRowLabel(m_orientation, tr("&Orientation:"));

    m_title->setPlaceholderText(tr("The chart's own title"));
    m_title->setAccessibleDescription(tr("A title to show instead of the chart's own; empty keeps the chart's"));
    setRowLabel(m_title, tr("&Title:"));

    m_choose->setText(all ? tr("Choose folder...") : tr("Choose file..."));
    m_choose->setAccessibleDescription(all ? tr("Asks for the folder to write the charts into")
                                           : tr("Asks for the file to write the chart into"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleDescription(tr("Closes the dialog without exporting"));
    updateFields(); // the size on paper and any problem, said again
}

void ChartExportDialog::setRowLabel(QWidget *field, const QString &text)
{
    if (QLabel *label = m_rowLabels.value(field))
        label->setText(text);
}

ChartKind ChartExportDialog::kind() const
{
    return ChartKind(m_kind->currentData().toInt());
}

ChartExportOptions ChartExportDialog::options() const
{
    ChartExportOptions options;
    options.format = ChartFormat(m_format->currentData().toInt());
    options.pixelSize = QSize(m_width->value(), m_height->value());
    options.dpi = m_dpi->value();
    options.pageSize = QPageSize::PageSizeId(m_page->currentData().toInt());
    options.orientation = QPageLayout::Orientation(m_orientation->currentData().toInt());
    options.title = m_title->text();
    return options;
}

void ChartExportDialog::updateFields()
{
    const ChartFormat format = ChartFormat(m_format->currentData().toInt());
    const bool raster = format == ChartFormat::Png;
    const bool paged = format == ChartFormat::Pdf;
    auto *form = static_cast<QFormLayout *>(layout());
    form->setRowVisible(m_width, format != ChartFormat::Pdf);
    form->setRowVisible(m_height, format != ChartFormat::Pdf);
    form->setRowVisible(m_dpi, raster);
    form->setRowVisible(m_physicalSize, raster);
    form->setRowVisible(m_page, paged);
    form->setRowVisible(m_orientation, paged);
    // What the pixels make on paper, which is what a report author thinks in.
    const QLocale locale;
    m_physicalSize->setText(tr("Prints %1 × %2 cm at this resolution")
                                .arg(locale.toString(m_width->value() * 2.54 / m_dpi->value(), 'f', 1),
                                     locale.toString(m_height->value() * 2.54 / m_dpi->value(), 'f', 1)));
    const QString problem = ChartExporter::validate(options());
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    adjustSize();
}

void ChartExportDialog::accept()
{
    const QString problem = ChartExporter::validate(options());
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    QSettings settings;
    settings.setValue(settingsGroup + QStringLiteral("width"), m_width->value());
    settings.setValue(settingsGroup + QStringLiteral("height"), m_height->value());
    settings.setValue(settingsGroup + QStringLiteral("dpi"), m_dpi->value());
    settings.setValue(settingsGroup + QStringLiteral("page"), m_page->currentData());
    settings.setValue(settingsGroup + QStringLiteral("orientation"), m_orientation->currentData());
    settings.setValue(settingsGroup + QStringLiteral("format"), m_format->currentData());
    QDialog::accept();
}
