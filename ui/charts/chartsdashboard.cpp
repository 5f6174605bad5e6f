#include "chartsdashboard.h"

#include "chartbuilder.h"
#include "chartexportdialog.h"
#include "recordnotifier.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QCursor>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineSeries>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QSettings>
#include <QStandardPaths>
#include <QToolTip>

namespace {

const QString folderSetting = QStringLiteral("chartExport/folder");

QString lastFolder()
{
    return QSettings()
        .value(folderSetting, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

QString fileFilter(ChartFormat format)
{
    switch (format) {
    case ChartFormat::Png: return ChartsDashboard::tr("PNG images (*.png)");
    case ChartFormat::Svg: return ChartsDashboard::tr("SVG drawings (*.svg)");
    case ChartFormat::Pdf: return ChartsDashboard::tr("PDF documents (*.pdf)");
    }
    return {};
}

ChartFormat rememberedFormat()
{
    return ChartFormat(QSettings().value(QStringLiteral("chartExport/format"), int(ChartFormat::Png)).toInt());
}

} // namespace

ChartsDashboard::ChartsDashboard(Database &database, RecordNotifier &notifier, QWidget *parent)
    : QWidget(parent), m_database(database), m_reader(database)
{
    // Charts keep a size at which every label is whole; a small window scrolls.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Tab goes from chart to chart, and the area scrolls to the one focused.
    scroll->setFocusPolicy(Qt::NoFocus);
    outer->addWidget(scroll);
    auto *canvas = new QWidget(scroll);
    scroll->setWidget(canvas);
    auto *layout = new QGridLayout(canvas);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *error = new QLabel(this);
    error->setObjectName(QStringLiteral("chartsError"));
    error->setWordWrap(true);
    error->hide();
    layout->addWidget(error, 0, 0, 1, 2);
    const QList<ChartKind> &kinds = ChartKinds::all();
    for (int i = 0; i < kinds.size(); ++i) {
        const ChartKind kind = kinds.at(i);
        auto *view = new QChartView(canvas);
        view->setObjectName(ChartKinds::key(kind) + QStringLiteral("Chart"));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(600, 440);
        view->setFocusPolicy(Qt::StrongFocus);
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        view->installEventFilter(this);
        view->viewport()->installEventFilter(this);
        connect(view, &QWidget::customContextMenuRequested, this,
                [this, kind](const QPoint &position) { showContextMenu(kind, position); });
        m_views.insert(int(kind), view);
        layout->addWidget(view, 1 + i / 2, i % 2);
    }
    layout->setRowStretch(1, 1);
    layout->setRowStretch(2, 1);
    retranslateUi();

    // A burst of edits (a bulk status change, an undo of many) reads once.
    m_refreshDelay.setSingleShot(true);
    m_refreshDelay.setInterval(200);
    // A refresh due when the tab was left waits for it to be shown again.
    connect(&m_refreshDelay, &QTimer::timeout, this, [this] {
        if (isVisible())
            startLoad();
    });
    connect(&m_loading, &QFutureWatcherBase::finished, this, &ChartsDashboard::onLoaded);
    connect(&notifier, &RecordNotifier::recordsAdded, this, &ChartsDashboard::scheduleRefresh);
    connect(&notifier, &RecordNotifier::recordsChanged, this, &ChartsDashboard::scheduleRefresh);
    connect(&notifier, &RecordNotifier::recordsRemoved, this, &ChartsDashboard::scheduleRefresh);
    connect(&notifier, &RecordNotifier::historyChanged, this, &ChartsDashboard::scheduleRefresh);
}

void ChartsDashboard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ChartsDashboard::retranslateUi()
{
    for (ChartKind kind : ChartKinds::all()) {
        QChartView *view = m_views.value(int(kind));
        view->setAccessibleName(ChartKinds::title(kind));
        view->setAccessibleDescription(tr("Right-click or press the Menu key to copy, export or print this chart"));
    }
    auto *errorLabel = findChild<QLabel *>(QStringLiteral("chartsError"));
    if (!errorLabel->isHidden())
        errorLabel->setText(tr("The charts could not be brought up to date: %1").arg(m_lastError));
    // Titles, legends, axes and tooltips are made when a chart is built: the
    // statistics already read are drawn again, not read again.
    if (m_data) {
        for (ChartKind kind : ChartKinds::all())
            showChart(kind);
    }
}

void ChartsDashboard::setFilter(const RecommendationFilter &filter)
{
    if (m_data && filter == m_filter && !m_stale)
        return;
    m_filter = filter;
    scheduleRefresh();
}

ChartsDashboard::~ChartsDashboard()
{
    // The read uses the database, which is closed after this widget goes.
    if (m_loading.isRunning()) {
        m_loadControl->cancel();
        m_loading.waitForFinished();
    }
}

void ChartsDashboard::scheduleRefresh()
{
    m_stale = true;
    ++m_generation;
    if (m_loading.isRunning())
        m_loadControl->cancel(); // its answer would be out of date anyway
    if (isVisible())
        m_refreshDelay.start();
}

void ChartsDashboard::startLoad()
{
    // One read at a time; a cancelled one finishes quickly and onLoaded()
    // starts the read for the latest change.
    if (m_loading.isRunning() || !m_stale)
        return;
    m_loadingGeneration = m_generation;
    m_loadControl = std::make_shared<DatabaseWork::Control>();
    Database *database = &m_database;
    const RecommendationFilter filter = m_filter;
    m_loading.setFuture(m_reader.start<LoadResult>(m_loadControl, [database, filter](DatabaseWork::Control &) {
        LoadResult result;
        result.data = ChartData::load(*database, filter, &result.error);
        return result;
    }));
}

void ChartsDashboard::onLoaded()
{
    const LoadResult result = m_loading.result();
    // Superseded by a change made while it ran, or by refreshNow().
    if (m_loadingGeneration != m_generation || !m_stale || m_loadControl->cancelled()) {
        if (m_stale && isVisible())
            m_refreshDelay.start(0);
        return;
    }
    const QString connectionError = m_loadControl->connectionError();
    apply(result.data, connectionError.isEmpty() ? result.error : connectionError);
}

bool ChartsDashboard::isRefreshPending() const
{
    return m_stale;
}

void ChartsDashboard::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        m_refreshDelay.start(0);
}

bool ChartsDashboard::refreshNow()
{
    m_refreshDelay.stop();
    if (!m_stale && m_data)
        return true;
    QString error;
    std::optional<ChartData> data = ChartData::load(m_database, m_filter, &error);
    return apply(std::move(data), error);
}

bool ChartsDashboard::apply(std::optional<ChartData> data, const QString &error)
{
    auto *errorLabel = findChild<QLabel *>(QStringLiteral("chartsError"));
    if (!data) {
        // The previous charts stay, marked out of date; the next change, the
        // next showing or an export tries again.
        m_lastError = error;
        errorLabel->setText(tr("The charts could not be brought up to date: %1").arg(error));
        errorLabel->show();
        return false;
    }
    errorLabel->hide();
    m_data = std::move(data);
    m_stale = false;
    for (ChartKind kind : ChartKinds::all())
        showChart(kind);
    emit refreshed();
    return true;
}

void ChartsDashboard::showChart(ChartKind kind)
{
    QChartView *view = m_views.value(int(kind));
    QChart *chart = ChartBuilder::build(kind, *m_data);
    // Swapped in one repaint, so the old chart never flashes empty.
    view->setUpdatesEnabled(false);
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
    connectSegments(kind, chart);
    view->setUpdatesEnabled(true);
}

void ChartsDashboard::connectSegments(ChartKind kind, QObject *chartObject)
{
    auto *chart = static_cast<QChart *>(chartObject);
    QChartView *view = m_views.value(int(kind));
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets()) {
                const QString key = ChartBuilder::segmentKey(set);
                connect(set, &QBarSet::hovered, view, [this, kind, key, view](bool entered, int index) {
                    if (entered && m_data)
                        QToolTip::showText(QCursor::pos(), ChartBuilder::segmentToolTip(kind, *m_data, key, index), view);
                    else
                        QToolTip::hideText();
                });
                connect(set, &QBarSet::clicked, this, [this, kind, key](int index) {
                    if (!m_data)
                        return;
                    m_currentKind = kind;
                    if (const auto filter = ChartBuilder::segmentFilter(kind, *m_data, key, index))
                        emit segmentActivated(*filter, ChartBuilder::segmentToolTip(kind, *m_data, key, index));
                });
            }
        } else if (auto *line = qobject_cast<QLineSeries *>(series)) {
            connect(line, &QLineSeries::hovered, view, [this, kind, view](const QPointF &point, bool entered) {
                if (entered && m_data)
                    QToolTip::showText(QCursor::pos(),
                                       ChartBuilder::segmentToolTip(kind, *m_data, QString(), qRound(point.x())), view);
                else
                    QToolTip::hideText();
            });
        }
    }
}

bool ChartsDashboard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::MouseButtonPress) {
        for (auto it = m_views.cbegin(); it != m_views.cend(); ++it) {
            if (watched == it.value() || watched == it.value()->viewport())
                m_currentKind = ChartKind(it.key());
        }
    }
    // The Menu key (or Shift+F10) asks the focused chart for its menu with
    // a position Qt takes from the text cursor, which a chart has none of:
    // the menu opens in the middle of the chart instead.
    if (event->type() == QEvent::ContextMenu
        && static_cast<QContextMenuEvent *>(event)->reason() == QContextMenuEvent::Keyboard) {
        for (auto it = m_views.cbegin(); it != m_views.cend(); ++it) {
            if (watched == it.value() || watched == it.value()->viewport()) {
                showContextMenu(ChartKind(it.key()), it.value()->rect().center());
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ChartsDashboard::showContextMenu(ChartKind kind, const QPoint &position)
{
    m_currentKind = kind;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("chartContextMenu"));
    menu.addAction(tr("&Copy chart"), this, [this, kind] { copyChart(kind); });
    menu.addAction(tr("&Export chart..."), this, [this, kind] { exportChart(kind); });
    menu.addAction(tr("P&rint chart..."), this, [this, kind] { printChart(kind); });
    menu.addSeparator();
    menu.addAction(tr("Export as &PNG..."), this, [this, kind] { exportChart(kind, ChartFormat::Png); });
    menu.addAction(tr("Export as &SVG..."), this, [this, kind] { exportChart(kind, ChartFormat::Svg); });
    menu.addAction(tr("Export as P&DF..."), this, [this, kind] { exportChart(kind, ChartFormat::Pdf); });
    menu.addAction(tr("Export &all charts..."), this, &ChartsDashboard::exportAllCharts);
    menu.exec(m_views.value(int(kind))->mapToGlobal(position));
}

bool ChartsDashboard::ensureData()
{
    // Never export charts older than the data: read again first if due.
    if (!refreshNow()) {
        reportError(tr("The charts could not be brought up to date"), m_lastError);
        return false;
    }
    return true;
}

void ChartsDashboard::reportError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

void ChartsDashboard::exportChart(ChartKind kind, std::optional<ChartFormat> format)
{
    ChartExportDialog dialog(ChartExportDialog::Scope::OneChart, kind, format.value_or(rememberedFormat()), this);
    if (dialog.exec() != QDialog::Accepted || !ensureData())
        return;
    const ChartExportOptions options = dialog.options();
    const ChartKind chosen = dialog.kind();
    const QString extension = ChartExporter::formatKey(options.format);
    const QString suggested = QDir(lastFolder()).filePath(ChartKinds::fileBaseName(chosen) + QLatin1Char('.') + extension);
    // The dialog adds the extension to a bare name before it asks about
    // replacing a file, so the question is asked about the file written.
    QFileDialog chooser(this, tr("Export chart"), QFileInfo(suggested).absolutePath(), fileFilter(options.format));
    chooser.setAcceptMode(QFileDialog::AcceptSave);
    chooser.setDefaultSuffix(extension);
    chooser.selectFile(QFileInfo(suggested).fileName());
    if (chooser.exec() != QDialog::Accepted || chooser.selectedFiles().isEmpty())
        return;
    const QString path = chooser.selectedFiles().constFirst();
    const std::optional<ChartFormat> named = ChartExporter::formatOfPath(path);
    if (named && *named != options.format) {
        reportError(tr("The chart could not be exported"),
                    tr("The name %1 ends in .%2, but the format chosen is %3. Choose a name ending in .%4, or "
                       "that format.")
                        .arg(QFileInfo(path).fileName(), ChartExporter::formatKey(*named),
                             ChartExporter::formatKey(options.format).toUpper(), extension));
        return;
    }
    QString error;
    if (!ChartExporter::write(chosen, *m_data, options, path, &error)) {
        reportError(tr("The chart could not be exported"), error);
        return;
    }
    QSettings().setValue(folderSetting, QFileInfo(path).absolutePath());
    emit exported(tr("Exported %1.").arg(QDir::toNativeSeparators(path)));
}

void ChartsDashboard::exportAllCharts()
{
    ChartExportDialog dialog(ChartExportDialog::Scope::AllCharts, m_currentKind, rememberedFormat(), this);
    if (dialog.exec() != QDialog::Accepted || !ensureData())
        return;
    const ChartExportOptions options = dialog.options();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export all charts into"), lastFolder());
    if (folder.isEmpty())
        return;
    QStringList existing;
    for (const QString &path : ChartExporter::pathsForAll(options.format, folder)) {
        if (QFileInfo::exists(path))
            existing << QFileInfo(path).fileName();
    }
    if (!existing.isEmpty()
        && QMessageBox::question(this, tr("Replace files?"),
                                 tr("These files exist in %1 and will be replaced:\n%2")
                                     .arg(QDir::toNativeSeparators(folder), existing.join(QLatin1Char('\n'))),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
        return;
    QString error;
    const std::optional<QStringList> paths = ChartExporter::writeAll(*m_data, options, folder, &error);
    if (!paths) {
        reportError(tr("The charts could not be exported"), error);
        return;
    }
    QSettings().setValue(folderSetting, folder);
    emit exported(tr("Exported %n chart(s) into %1.", nullptr, int(paths->size())).arg(QDir::toNativeSeparators(folder)));
}

void ChartsDashboard::copyChart(ChartKind kind)
{
    if (!ensureData())
        return;
    QGuiApplication::clipboard()->setImage(ChartExporter::image(kind, *m_data, QSize(1600, 1000), 150));
    emit exported(tr("Copied the chart “%1” to the clipboard.").arg(ChartKinds::title(kind)));
}

void ChartsDashboard::printChart(ChartKind kind)
{
    if (!ensureData())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print chart"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!ChartExporter::print(kind, *m_data, &printer, QString(), &error))
        reportError(tr("The chart could not be printed"), error);
}
