#include "chartexportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

namespace {
const QString settingsGroup = QStringLiteral("chartExport/");
}

ChartExportDialog::ChartExportDialog(Scope scope, ChartKind kind, ChartFormat format, QWidget *parent)
    : QDialog(parent), m_scope(scope)
{
    setWindowTitle(scope == Scope::AllCharts ? tr("Export all charts") : tr("Export chart"));
    QSettings settings;
    auto *layout = new QFormLayout(this);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("chartKind"));
    for (ChartKind each : ChartKinds::all())
        m_kind->addItem(ChartKinds::title(each), int(each));
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    if (scope == Scope::OneChart)
        layout->addRow(tr("&Chart:"), m_kind);
    else
        m_kind->hide();

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("format"));
    m_format->addItem(tr("PNG image"), int(ChartFormat::Png));
    m_format->addItem(tr("SVG vector drawing"), int(ChartFormat::Svg));
    m_format->addItem(tr("PDF page"), int(ChartFormat::Pdf));
    m_format->setCurrentIndex(m_format->findData(int(format)));
    layout->addRow(tr("&Format:"), m_format);

    auto makeSpin = [this](int minimum, int maximum, int value, const QString &suffix) {
        auto *spin = new QSpinBox(this);
        spin->setRange(minimum, maximum);
        spin->setValue(value);
        spin->setSuffix(suffix);
        spin->setAccelerated(true);
        return spin;
    };
    m_width = makeSpin(200, 20000, settings.value(settingsGroup + QStringLiteral("width"), 1600).toInt(), tr(" px"));
    m_height = makeSpin(150, 20000, settings.value(settingsGroup + QStringLiteral("height"), 1000).toInt(), tr(" px"));
    m_dpi = makeSpin(72, 1200, settings.value(settingsGroup + QStringLiteral("dpi"), 150).toInt(), tr(" DPI"));
    layout->addRow(tr("&Width:"), m_width);
    layout->addRow(tr("&Height:"), m_height);
    layout->addRow(tr("&Resolution:"), m_dpi);
    m_physicalSize = new QLabel(this);
    layout->addRow(QString(), m_physicalSize);

    m_page = new QComboBox(this);
    m_page->addItem(tr("A4"), int(QPageSize::A4));
    m_page->addItem(tr("Letter"), int(QPageSize::Letter));
    m_page->setCurrentIndex(qMax(0, m_page->findData(settings.value(settingsGroup + QStringLiteral("page"), int(QPageSize::A4)).toInt())));
    m_orientation = new QComboBox(this);
    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    m_orientation->setCurrentIndex(
        qMax(0, m_orientation->findData(settings.value(settingsGroup + QStringLiteral("orientation"), int(QPageLayout::Landscape)).toInt())));
    layout->addRow(tr("&Page:"), m_page);
    layout->addRow(tr("&Orientation:"), m_orientation);

    m_title = new QLineEdit(this);
    m_title->setPlaceholderText(tr("The chart's own title"));
    layout->addRow(tr("&Title:"), m_title);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    layout->addRow(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(scope == Scope::AllCharts ? tr("Choose folder...") : tr("Choose file..."));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addRow(buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ChartExportDialog::updateFields);
    for (QSpinBox *spin : {m_width, m_height, m_dpi})
        connect(spin, &QSpinBox::valueChanged, this, &ChartExportDialog::updateFields);
    updateFields();
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
    m_physicalSize->setText(tr("Prints %1 × %2 cm at this resolution")
                                .arg(m_width->value() * 2.54 / m_dpi->value(), 0, 'f', 1)
                                .arg(m_height->value() * 2.54 / m_dpi->value(), 0, 'f', 1));
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
