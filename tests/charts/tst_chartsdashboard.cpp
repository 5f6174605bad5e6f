// The charts tab of the real main window on the bundled sample: a mouse click
// on a bar segment filters the table to exactly the records it counts, the
// charts follow the filter and every edit (debounced), tooltips give exact
// numbers, and the status palette stays readable in greyscale. Each chart's
// context menu, by right click or by the Menu key, copies, exports and prints.
#include "chartbuilder.h"
#include "chartexportdialog.h"
#include "chartsdashboard.h"
#include "databasesession.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "recommendationtablemodel.h"
#include "sampledatabase.h"
#include "statuspresentation.h"
#include "temporarydatabase.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QSpinBox>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QTimer>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>

namespace {

QBarSet *barSet(QChart *chart, const QString &key)
{
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets()) {
                if (ChartBuilder::segmentKey(set) == key)
                    return set;
            }
        }
    }
    return nullptr;
}

// The middle of one segment of a stacked bar, in viewport pixels.
QPoint segmentCentre(QChartView *view, const QString &key, int category, Qt::Orientation orientation = Qt::Vertical)
{
    QChart *chart = view->chart();
    auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().constFirst());
    double below = 0;
    double value = 0;
    for (QBarSet *set : series->barSets()) {
        if (ChartBuilder::segmentKey(set) == key) {
            value = set->at(category);
            break;
        }
        below += set->at(category);
    }
    const QPointF point = orientation == Qt::Vertical ? QPointF(category, below + value / 2)
                                                      : QPointF(below + value / 2, category);
    const QPointF inChart = chart->mapToPosition(point, series);
    return view->mapFromScene(chart->mapToScene(inChart));
}

int statusCountAt(const ChartData &data, int year, Status status)
{
    for (const YearStatusCounts &counts : data.progress) {
        if (counts.year == year)
            return counts.counts[status];
    }
    return -1;
}

// Runs handle on the next popup menu once it is open (the menu's own event
// loop is running by then, so the test cannot wait for it in line).
void whenMenuOpens(const std::function<void(QMenu *)> &handle)
{
    auto *poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, poll, [poll, handle] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu || !menu->isVisible())
            return;
        poll->deleteLater();
        poll->stop();
        handle(menu);
    });
    poll->start(10);
}

QAction *actionNamed(QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

} // namespace

class ChartsDashboardTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void clickingASegmentFiltersTheTable();
    void clickingAThemeSegmentFiltersByThemeAndStatus();
    void clickingAnotherThemeWhileFilteredByThemeNeedsBoth();
    void chartsFollowTheFilterAndEdits();
    void aChangeDuringARefreshEndsOnTheLatestFilter();
    void tooltipsGiveExactNumbers();
    void copyPutsTheChartOnTheClipboard();
    void menuKeyOpensTheChartsMenu();
    void rightClickOpensTheChartsMenu();
    void paletteIsReadableInGreyscale();
    void exportDialogRefusesWhatCannotBeExported();

private:
    ChartsDashboard *openCharts();

    std::unique_ptr<TemporaryDatabase> m_file;
    std::unique_ptr<MainWindow> m_window;
};

void ChartsDashboardTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // keep QSettings away from the user's
}

void ChartsDashboardTest::init()
{
    m_file = std::make_unique<TemporaryDatabase>();
    QString error;
    QVERIFY2(SampleDatabase::fill(m_file->database(), &error), qPrintable(error));
    m_window = std::make_unique<MainWindow>(std::make_unique<DatabaseSession>(
        Database::open(m_file->path(), Database::Access::ReadWrite, Database::Creation::MustExist, nullptr)));
    m_window->resize(1400, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void ChartsDashboardTest::cleanup()
{
    m_window.reset();
    m_file.reset();
}

ChartsDashboard *ChartsDashboardTest::openCharts()
{
    m_window->showCharts();
    ChartsDashboard *dashboard = m_window->dashboard();
    if (!QTest::qWaitFor([dashboard] { return !dashboard->isRefreshPending(); }))
        QTest::qFail("the charts did not finish refreshing", __FILE__, __LINE__);
    QCoreApplication::processEvents();
    return dashboard;
}

void ChartsDashboardTest::clickingASegmentFiltersTheTable()
{
    ChartsDashboard *dashboard = openCharts();
    QVERIFY(dashboard->data() && !dashboard->isRefreshPending());
    const ChartData data = *dashboard->data();
    // The sample's UPR review of 2010: on 31 December 2012, how many stood accepted.
    const int category = 2;
    const int year = data.progress.at(category).year;
    const int expected = statusCountAt(data, year, Status::Accepted);
    QVERIFY2(expected > 0, "the sample must have accepted recommendations at the end of that year");
    QChartView *view = dashboard->view(ChartKind::Progress);
    QBarSet *accepted = barSet(view->chart(), StatusInfo::key(Status::Accepted));
    QVERIFY(accepted);
    QSignalSpy clicks(accepted, &QBarSet::clicked);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, segmentCentre(view, StatusInfo::key(Status::Accepted), category));
    QCOMPARE(clicks.size(), 1);
    QCOMPARE(clicks.first().first().toInt(), category);

    // The table now lists exactly those records, as the repository selects them.
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("viewTabs"));
    QVERIFY(tabs->currentWidget() != dashboard);
    RecommendationTableModel *model = m_window->tableModel();
    QTRY_COMPARE(model->rowCount(), expected);
    RecommendationFilter filter;
    filter.statusesOnDates = {{QDate(year, 12, 31), {Status::Accepted}}};
    QList<qint64> shown;
    for (int row = 0; row < model->rowCount(); ++row)
        shown << model->idAt(row);
    QList<qint64> selected = m_window->session().repository().matchingIds(filter);
    std::sort(shown.begin(), shown.end());
    std::sort(selected.begin(), selected.end());
    QCOMPARE(shown, selected);
    // The filter bar says so, and can drop it again.
    auto *note = m_window->findChild<QLabel *>(QStringLiteral("chartSelectionNote"));
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(StatusInfo::label(Status::Accepted)), qPrintable(note->text()));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QString::number(year)));
}

void ChartsDashboardTest::clickingAThemeSegmentFiltersByThemeAndStatus()
{
    ChartsDashboard *dashboard = openCharts();
    const ChartData data = *dashboard->data();
    QVERIFY(!data.themes.isEmpty());
    // The largest theme is the top bar, the last category of the horizontal axis.
    const GroupStatusCounts largest = data.themes.first();
    Status status = Status::Pending;
    for (Status candidate : StatusInfo::all()) {
        if (largest.counts[candidate] > 0) {
            status = candidate;
            break;
        }
    }
    QChartView *view = dashboard->view(ChartKind::Themes);
    QBarSet *set = barSet(view->chart(), StatusInfo::key(status));
    QVERIFY(set);
    const int top = int(data.themes.size()) - 1;
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      segmentCentre(view, StatusInfo::key(status), top, Qt::Horizontal));
    RecommendationTableModel *model = m_window->tableModel();
    QTRY_COMPARE(model->rowCount(), largest.counts[status]);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, 0).data(RecommendationTableModel::StatusKeyRole).toString(), StatusInfo::key(status));
}

void ChartsDashboardTest::clickingAnotherThemeWhileFilteredByThemeNeedsBoth()
{
    ChartsDashboard *dashboard = openCharts();
    // Filter on the largest theme: the theme bars are then that theme and the
    // themes its records also carry.
    RecommendationFilter byTheme;
    byTheme.theme = dashboard->data()->themes.first().group;
    m_window->findChild<FilterBar *>(QStringLiteral("filterBar"))->setFilter(byTheme);
    QTRY_VERIFY(!dashboard->isRefreshPending());
    const ChartData data = *dashboard->data();
    QVERIFY(data.themes.size() >= 2);
    QCOMPARE(data.themes.first().group, byTheme.theme);
    const GroupStatusCounts other = data.themes.at(1);
    Status status = Status::Pending;
    for (Status candidate : StatusInfo::all()) {
        if (other.counts[candidate] > 0) {
            status = candidate;
            break;
        }
    }
    QChartView *view = dashboard->view(ChartKind::Themes);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      segmentCentre(view, StatusInfo::key(status), int(data.themes.size()) - 2, Qt::Horizontal));
    // The records with both themes in that status: the segment's own count.
    QTRY_COMPARE(m_window->tableModel()->rowCount(), other.counts[status]);
    auto *note = m_window->findChild<QLabel *>(QStringLiteral("chartSelectionNote"));
    QVERIFY2(note->text().contains(other.group), qPrintable(note->text()));
}

void ChartsDashboardTest::chartsFollowTheFilterAndEdits()
{
    ChartsDashboard *dashboard = openCharts();
    const int allRecords = dashboard->data()->progress.constLast().counts.total();
    QVERIFY(allRecords > 0);
    QVERIFY(dashboard->view(ChartKind::Progress)->chart()->title().contains(QStringLiteral("All recommendations")));

    // Filter to ICCPR: the charts say so in their subtitle and count fewer records.
    RecommendationFilter iccpr;
    iccpr.mechanisms = {QStringLiteral("iccpr")};
    dashboard->setFilter(iccpr);
    QTRY_VERIFY(!dashboard->isRefreshPending());
    const int iccprRecords = dashboard->data()->progress.constLast().counts.total();
    QVERIFY(iccprRecords > 0 && iccprRecords < allRecords);
    QVERIFY(dashboard->view(ChartKind::Progress)->chart()->title().contains(QStringLiteral("ICCPR")));

    // An edit: one more implemented this year, shown after the debounce.
    const int thisYear = QDate::currentDate().year();
    const int implementedBefore = statusCountAt(*dashboard->data(), thisYear, Status::Implemented);
    const QList<qint64> ids = m_window->session().repository().matchingIds(iccpr);
    qint64 target = 0;
    for (qint64 id : ids) {
        if (m_window->session().repository().currentStatus(id) != Status::Implemented) {
            target = id;
            break;
        }
    }
    QVERIFY(target > 0);
    QVERIFY(m_window->session().edits().assignStatus({target}, Status::Implemented, QDate::currentDate(), QStringLiteral("law adopted"), QString()));
    QVERIFY(dashboard->isRefreshPending());
    QTRY_VERIFY(!dashboard->isRefreshPending());
    QCOMPARE(statusCountAt(*dashboard->data(), thisYear, Status::Implemented), implementedBefore + 1);
    QBarSet *implemented = barSet(dashboard->view(ChartKind::Progress)->chart(), StatusInfo::key(Status::Implemented));
    QCOMPARE(int(implemented->at(implemented->count() - 1)), implementedBefore + 1);

    // Undo takes it back.
    m_window->session().edits().undoStack()->undo();
    QTRY_VERIFY(!dashboard->isRefreshPending());
    QCOMPARE(statusCountAt(*dashboard->data(), thisYear, Status::Implemented), implementedBefore);
}

void ChartsDashboardTest::aChangeDuringARefreshEndsOnTheLatestFilter()
{
    // The statistics are read on a worker; filters changed in quick
    // succession, each while the read for the one before may still run,
    // must end with the charts of the last filter, never an earlier one.
    ChartsDashboard *dashboard = openCharts();
    QSignalSpy refreshed(dashboard, &ChartsDashboard::refreshed);
    const QList<QStringList> mechanismSets{{QStringLiteral("iccpr")}, {QStringLiteral("upr")}, {}, {QStringLiteral("iccpr")}};
    RecommendationFilter last;
    for (const QStringList &mechanisms : mechanismSets) {
        last.mechanisms = mechanisms;
        dashboard->setFilter(last);
        QVERIFY(dashboard->isRefreshPending());
        // Let the delayed read start, then change again while it may run.
        QTest::qWait(210);
    }
    QTRY_VERIFY(!dashboard->isRefreshPending());
    QCOMPARE(dashboard->data()->filter, last);
    // The counts are those of the last filter, read afresh on this thread.
    const std::optional<ChartData> expected = [&] {
        QString error;
        return ChartData::load(m_window->session().database(), last, &error);
    }();
    QVERIFY(expected);
    QCOMPARE(dashboard->data()->progress.constLast().counts.total(), expected->progress.constLast().counts.total());
    QVERIFY(refreshed.size() >= 1);
    QVERIFY(dashboard->view(ChartKind::Progress)->chart()->title().contains(QStringLiteral("ICCPR")));
}

void ChartsDashboardTest::tooltipsGiveExactNumbers()
{
    ChartsDashboard *dashboard = openCharts();
    const ChartData data = *dashboard->data();
    const int last = int(data.progress.size()) - 1;
    const YearStatusCounts &year = data.progress.at(last);
    const QString tip = ChartBuilder::segmentToolTip(ChartKind::Progress, data, StatusInfo::key(Status::Pending), last);
    QVERIFY2(tip.contains(QStringLiteral("%1 of %2").arg(year.counts[Status::Pending]).arg(year.counts.total())), qPrintable(tip));
    QVERIFY(tip.contains(QString::number(year.year)));
    QVERIFY(tip.contains(StatusInfo::label(Status::Pending)));
    QVERIFY(ChartBuilder::segmentToolTip(ChartKind::Progress, data, StatusInfo::key(Status::Pending), last + 1).isEmpty());
}

void ChartsDashboardTest::copyPutsTheChartOnTheClipboard()
{
    ChartsDashboard *dashboard = openCharts();
    QGuiApplication::clipboard()->clear();
    dashboard->copyChart(ChartKind::Rate);
    const QImage image = QGuiApplication::clipboard()->image();
    QCOMPARE(image.size(), QSize(1600, 1000));
    // Not a blank image: the implemented line's colour is drawn.
    const QRgb implemented = StatusPresentation::colour(Status::Implemented).rgb() & 0xFFFFFF;
    int linePixels = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            linePixels += (image.pixel(x, y) & 0xFFFFFF) == implemented;
    }
    QVERIFY2(linePixels > 200, qPrintable(QString::number(linePixels)));
    QVERIFY(m_window->statusBar()->currentMessage().contains(ChartKinds::title(ChartKind::Rate)));
}

void ChartsDashboardTest::menuKeyOpensTheChartsMenu()
{
    ChartsDashboard *dashboard = openCharts();
    QChartView *view = dashboard->view(ChartKind::Progress);
    view->setFocus(Qt::TabFocusReason);
    QGuiApplication::clipboard()->clear();
    QStringList offered;
    QRect menuAt;
    whenMenuOpens([&](QMenu *menu) {
        for (QAction *action : menu->actions())
            offered << action->text();
        menuAt = menu->geometry();
        QAction *copy = actionNamed(menu, ChartsDashboard::tr("&Copy chart"));
        if (!copy) {
            menu->close();
            return;
        }
        // Chosen from the keyboard, as the Menu key's user would.
        menu->setActiveAction(copy);
        QTest::keyClick(menu, Qt::Key_Return);
    });
    // What the platform sends for the Menu key (or Shift+F10) to the focused widget.
    QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, QPoint(0, 0), view->mapToGlobal(QPoint(0, 0)));
    QCoreApplication::sendEvent(view, &menuKey);
    for (const QString &expected : {ChartsDashboard::tr("&Copy chart"), ChartsDashboard::tr("&Export chart..."),
                                    ChartsDashboard::tr("P&rint chart...")})
        QVERIFY2(offered.contains(expected), qPrintable(offered.join(u'|')));
    // It opens over the chart (from its middle), not at a corner far from it.
    QVERIFY2(menuAt.topLeft() == view->mapToGlobal(view->rect().center()), qPrintable(QStringLiteral("%1,%2").arg(menuAt.x()).arg(menuAt.y())));
    QCOMPARE(dashboard->currentKind(), ChartKind::Progress);
    const QImage image = QGuiApplication::clipboard()->image();
    QCOMPARE(image.size(), QSize(1600, 1000));
    QVERIFY(m_window->statusBar()->currentMessage().contains(ChartKinds::title(ChartKind::Progress)));
}

void ChartsDashboardTest::rightClickOpensTheChartsMenu()
{
    ChartsDashboard *dashboard = openCharts();
    QChartView *view = dashboard->view(ChartKind::Received);
    QStringList offered;
    std::optional<ChartKind> exporting;
    whenMenuOpens([&](QMenu *menu) {
        for (QAction *action : menu->actions())
            offered << action->text();
        QAction *exportChart = actionNamed(menu, ChartsDashboard::tr("&Export chart..."));
        if (!exportChart) {
            menu->close();
            return;
        }
        // The export dialog opens for this chart; it is cancelled here.
        QTimer::singleShot(0, [&] {
            if (auto *dialog = qobject_cast<ChartExportDialog *>(QApplication::activeModalWidget())) {
                exporting = dialog->kind();
                dialog->reject();
            }
        });
        exportChart->trigger();
        menu->close();
    });
    // A right click: the press, then the context menu event the window
    // sends with it (QTest's own events bypass the window).
    const QPoint middle = view->viewport()->rect().center();
    QTest::mousePress(view->viewport(), Qt::RightButton, {}, middle);
    QContextMenuEvent click(QContextMenuEvent::Mouse, middle, view->viewport()->mapToGlobal(middle));
    QCoreApplication::sendEvent(view->viewport(), &click);
    QTest::mouseRelease(view->viewport(), Qt::RightButton, {}, middle);
    QTRY_VERIFY(!offered.isEmpty());
    QVERIFY2(offered.contains(ChartsDashboard::tr("P&rint chart...")), qPrintable(offered.join(u'|')));
    QTRY_VERIFY(exporting.has_value());
    QCOMPARE(*exporting, ChartKind::Received);
    QCOMPARE(dashboard->currentKind(), ChartKind::Received);
}

void ChartsDashboardTest::paletteIsReadableInGreyscale()
{
    // Each pair of statuses differs in grey by a clear step, or by texture.
    auto grey = [](const QColor &colour) { return 0.2126 * colour.red() + 0.7152 * colour.green() + 0.0722 * colour.blue(); };
    const QList<Status> &statuses = StatusInfo::all();
    for (int i = 0; i < statuses.size(); ++i) {
        for (int j = i + 1; j < statuses.size(); ++j) {
            const QBrush a = StatusPresentation::brush(statuses.at(i));
            const QBrush b = StatusPresentation::brush(statuses.at(j));
            const bool textured = a.style() != b.style();
            const double step = qAbs(grey(a.color()) - grey(b.color()));
            QVERIFY2(textured || step >= 30,
                     qPrintable(QStringLiteral("%1 and %2 differ by %3 in grey")
                                    .arg(StatusInfo::key(statuses.at(i)), StatusInfo::key(statuses.at(j)))
                                    .arg(step)));
        }
    }
}

void ChartsDashboardTest::exportDialogRefusesWhatCannotBeExported()
{
    ChartExportDialog dialog(ChartExportDialog::Scope::OneChart, ChartKind::Themes, ChartFormat::Pdf);
    QCOMPARE(dialog.kind(), ChartKind::Themes);
    QCOMPARE(dialog.options().format, ChartFormat::Pdf);
    auto *format = dialog.findChild<QComboBox *>(QStringLiteral("format"));
    format->setCurrentIndex(format->findData(int(ChartFormat::Png)));
    QList<QSpinBox *> spins = dialog.findChildren<QSpinBox *>();
    QCOMPARE(spins.size(), 3); // width, height, resolution
    spins.at(0)->setValue(400);
    spins.at(1)->setValue(300);
    spins.at(2)->setValue(1200);
    // 400 pixels at 1200 DPI leave no room for a chart: said, and not accepted.
    dialog.show();
    dialog.accept();
    QVERIFY(dialog.result() != QDialog::Accepted);
    QLabel *problem = nullptr;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->isVisible() && label->text().contains(QStringLiteral("1200 DPI")))
            problem = label;
    }
    QVERIFY(problem);
    spins.at(2)->setValue(96);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const ChartExportOptions options = dialog.options();
    QCOMPARE(options.format, ChartFormat::Png);
    QCOMPARE(options.pixelSize, QSize(400, 300));
    QCOMPARE(options.dpi, 96);
}

QTEST_MAIN(ChartsDashboardTest)
#include "tst_chartsdashboard.moc"
