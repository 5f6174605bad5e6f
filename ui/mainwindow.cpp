#include "mainwindow.h"

#include "aboutdialog.h"
#include "backgroundcheckpoint.h"
#include "chartsdashboard.h"
#include "copiedrows.h"
#include "database.h"
#include "databasesession.h"
#include "filterbar.h"
#include "mainwindowactions.h"
#include "newrecommendationdialog.h"
#include "nodatabasepage.h"
#include "recentdatabases.h"
#include "recommendationform.h"
#include "recommendationtablemodel.h"
#include "recordtransfer.h"
#include "rowclipboard.h"
#include "searchindex.h"
#include "sampledataset.h"
#include "statusassignpanel.h"
#include "statushistorymodel.h"
#include "waitwithprogress.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUndoGroup>
#include <QVBoxLayout>

namespace {

// The widgets under root that Tab stops at, in their focus chain order;
// those inside a spin box or combo box are reached through their owner.
QList<QWidget *> tabStopsUnder(QWidget *root)
{
    QList<QWidget *> stops;
    for (QWidget *widget = root->nextInFocusChain(); widget && widget != root; widget = widget->nextInFocusChain()) {
        if (!root->isAncestorOf(widget) || !(widget->focusPolicy() & Qt::TabFocus) || widget->focusProxy())
            continue;
        QWidget *owner = widget->parentWidget();
        if (qobject_cast<QAbstractSpinBox *>(owner) || qobject_cast<QComboBox *>(owner))
            continue;
        stops << widget;
    }
    return stops;
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<DatabaseSession> session, QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/rectracker.svg")));
    setAcceptDrops(true);
    m_transfer = new RecordTransfer(this);
    m_undoGroup = new QUndoGroup(this);
    m_undoGroup->setObjectName(QStringLiteral("undoGroup"));
    createLayout();
    m_actions = std::make_unique<MainWindowActions>(this);
    connectActions();

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    m_mainSplitter->restoreState(settings.value(QStringLiteral("mainWindow/mainSplitter")).toByteArray());
    m_sideSplitter->restoreState(settings.value(QStringLiteral("mainWindow/sideSplitter")).toByteArray());

    if (session)
        attachSession(std::move(session));
    else
        detachSession();
    retranslateUi();
    orderTabStops();
}

MainWindow::~MainWindow()
{
    // Models and charts refer to the session's database; they go first.
    delete m_dashboard;
    delete m_tableModel;
    delete m_historyModel;
    // The session's undo stack tells the group it goes, and the group would
    // tell the actions' texts, which are gone by the time members are.
    disconnect(m_undoGroup, nullptr, this, nullptr);
    m_session.reset();
}

void MainWindow::createLayout()
{
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_workPage = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(m_workPage);
    layout->setContentsMargins(0, 0, 0, 0);
    m_filterBar = new FilterBar(m_workPage);
    m_filterBar->setObjectName(QStringLiteral("filterBar"));
    layout->addWidget(m_filterBar);

    m_tabs = new QTabWidget(m_workPage);
    m_tabs->setObjectName(QStringLiteral("viewTabs"));
    m_tabs->setDocumentMode(true);
    m_mainSplitter = new QSplitter(Qt::Horizontal, m_tabs);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_table = new QTableView(m_mainSplitter);
    m_table->setObjectName(QStringLiteral("recommendationTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    // Rows are selected, never columns: no section is highlighted as
    // selected (see attachSession for why the header keeps out of it).
    m_table->horizontalHeader()->setHighlightSections(false);

    m_sideSplitter = new QSplitter(Qt::Vertical, m_mainSplitter);
    m_sideSplitter->setObjectName(QStringLiteral("sideSplitter"));
    auto *formScroll = new QScrollArea(m_sideSplitter);
    formScroll->setWidgetResizable(true);
    m_form = new RecommendationForm(formScroll);
    m_form->setObjectName(QStringLiteral("recommendationForm"));
    formScroll->setWidget(m_form);

    m_statusBox = new QGroupBox(m_sideSplitter);
    auto *statusLayout = new QVBoxLayout(m_statusBox);
    m_statusPanel = new StatusAssignPanel(m_statusBox);
    m_statusPanel->setObjectName(QStringLiteral("statusPanel"));
    statusLayout->addWidget(m_statusPanel);
    m_history = new QTableView(m_statusBox);
    m_history->setObjectName(QStringLiteral("historyTable"));
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setStretchLastSection(true);
    statusLayout->addWidget(m_history, 1);

    m_mainSplitter->setStretchFactor(0, 3);
    m_mainSplitter->setStretchFactor(1, 2);
    m_mainSplitter->setSizes({780, 500});
    m_sideSplitter->setSizes({420, 380});
    m_tabs->addTab(m_mainSplitter, QString());
    layout->addWidget(m_tabs, 1);

    m_noDatabasePage = new NoDatabasePage(m_pages);
    m_noDatabasePage->setObjectName(QStringLiteral("noDatabasePage"));
    m_pages->addWidget(m_workPage);
    m_pages->addWidget(m_noDatabasePage);
    setCentralWidget(m_pages);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    statusBar()->addPermanentWidget(m_countLabel);

    connect(m_filterBar, &FilterBar::filterChanged, this, [this](const RecommendationFilter &filter) {
        if (!m_session)
            return;
        setTableFilter(filter);
        if (m_dashboard)
            m_dashboard->setFilter(filter);
        updateCounts();
    });
    connect(m_form, &RecommendationForm::applyRequested, this, &MainWindow::applyFormEdits);
    connect(m_form, &RecommendationForm::revertRequested, this, &MainWindow::showCurrentRecord);
    connect(m_statusPanel, &StatusAssignPanel::assignRequested, this, &MainWindow::assignStatusToSelected);
    resize(1280, 800);
}

void MainWindow::connectActions()
{
    MainWindowActions &a = *m_actions;
    connect(a.newDatabase, &QAction::triggered, this, &MainWindow::chooseNewDatabase);
    connect(a.open, &QAction::triggered, this, &MainWindow::chooseDatabaseToOpen);
    connect(a.clearRecent, &QAction::triggered, this, [this] {
        RecentDatabases::clear();
        fillRecentMenu();
        showStatus(tr("The list of recent databases was cleared."), 4000);
    });
    connect(a.saveCopy, &QAction::triggered, this, &MainWindow::chooseCopyTarget);
    connect(a.closeDatabase, &QAction::triggered, this, &MainWindow::closeDatabase);
    connect(a.loadSample, &QAction::triggered, this, &MainWindow::loadSample);
    connect(a.import, &QAction::triggered, this, [this] {
        if (m_session && !m_session->database().isReadOnly())
            m_transfer->chooseFilesToImport();
    });
    connect(a.exportRecords, &QAction::triggered, this, [this] {
        if (m_session)
            m_transfer->chooseFileToExport(m_filterBar->filter());
    });
    // The chart actions apply to the chart last clicked or focused on the Charts tab.
    connect(a.exportChart, &QAction::triggered, this, [this] {
        if (m_dashboard)
            m_dashboard->exportChart(m_dashboard->currentKind());
    });
    connect(a.exportAllCharts, &QAction::triggered, this, [this] {
        if (m_dashboard)
            m_dashboard->exportAllCharts();
    });
    connect(a.copyChart, &QAction::triggered, this, [this] {
        if (m_dashboard)
            m_dashboard->copyChart(m_dashboard->currentKind());
    });
    connect(a.printChart, &QAction::triggered, this, [this] {
        if (m_dashboard)
            m_dashboard->printChart(m_dashboard->currentKind());
    });
    connect(a.quit, &QAction::triggered, this, &QWidget::close);

    // Undo and redo of the open database's stack (none while none is open).
    connect(a.undo, &QAction::triggered, m_undoGroup, &QUndoGroup::undo);
    connect(a.redo, &QAction::triggered, m_undoGroup, &QUndoGroup::redo);
    connect(m_undoGroup, &QUndoGroup::canUndoChanged, a.undo, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::canRedoChanged, a.redo, &QAction::setEnabled);
    auto showUndoTexts = [this] { m_actions->setUndoTexts(m_undoGroup->undoText(), m_undoGroup->redoText()); };
    connect(m_undoGroup, &QUndoGroup::undoTextChanged, this, showUndoTexts);
    connect(m_undoGroup, &QUndoGroup::redoTextChanged, this, showUndoTexts);
    a.undo->setEnabled(false);
    a.redo->setEnabled(false);

    connect(a.copyRows, &QAction::triggered, this, &MainWindow::copySelectedRows);
    connect(a.selectAll, &QAction::triggered, this, &MainWindow::selectAllRows);
    connect(a.add, &QAction::triggered, this, &MainWindow::addRecommendation);
    connect(a.duplicate, &QAction::triggered, this, &MainWindow::duplicateSelected);
    connect(a.editRecord, &QAction::triggered, this, &MainWindow::editCurrentRecord);
    connect(a.deleteRecords, &QAction::triggered, this, &MainWindow::deleteSelected);
    connect(a.assignStatus, &QAction::triggered, this, [this] {
        if (m_session)
            m_statusPanel->focusStatus();
    });
    connect(a.find, &QAction::triggered, this, [this] {
        if (m_session)
            m_filterBar->focusSearch();
    });
    connect(a.clearFilters, &QAction::triggered, this, [this] {
        if (m_session)
            m_filterBar->clear();
    });
    connect(a.showTable, &QAction::triggered, this, &MainWindow::showTable);
    connect(a.showCharts, &QAction::triggered, this, &MainWindow::showCharts);
    connect(a.rebuildSearchIndex, &QAction::triggered, this, &MainWindow::rebuildSearchIndex);
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);

    // The table's own context menu offers the record actions.
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto separator = [this] {
        auto *line = new QAction(m_table);
        line->setSeparator(true);
        return line;
    };
    m_table->addActions({a.add, a.duplicate, a.deleteRecords, separator(), a.copyRows, a.selectAll, separator(),
                         a.assignStatus});

    m_noDatabasePage->setRecentMenu(a.recentMenu);
    connect(m_noDatabasePage, &NoDatabasePage::newRequested, this, &MainWindow::chooseNewDatabase);
    connect(m_noDatabasePage, &NoDatabasePage::openRequested, this, &MainWindow::chooseDatabaseToOpen);
    fillRecentMenu();

    connect(m_transfer, &RecordTransfer::failed, this, &MainWindow::showError);
    connect(m_transfer, &RecordTransfer::reported, this, &MainWindow::showInformation);
    connect(m_transfer, &RecordTransfer::statusMessage, this, [this](const QString &message) { showStatus(message); });
    // The table is up to date already (the notifier); show what was added.
    connect(m_transfer, &RecordTransfer::imported, this, [this](const QList<qint64> &ids) {
        showTable();
        selectIds(ids);
    });
}

void MainWindow::retranslateUi()
{
    m_actions->retranslate();
    m_table->setAccessibleName(tr("Recommendations"));
    m_table->setAccessibleDescription(tr("The recommendations that match the filters"));
    m_history->setAccessibleName(tr("Status history"));
    m_history->setAccessibleDescription(tr("Every status the selected recommendation has had; "
                                           "the bold entry defines the current status"));
    m_statusBox->setTitle(tr("Status"));
    m_tabs->setTabText(m_tabs->indexOf(m_mainSplitter), tr("Recommendations"));
    if (m_dashboard)
        m_tabs->setTabText(m_tabs->indexOf(m_dashboard), tr("Charts"));
    m_tabs->setAccessibleName(tr("Views"));
    m_tabs->setAccessibleDescription(tr("The recommendation table with its detail editor, and the charts"));
    m_filterBar->setAccessibleName(tr("Filters"));
    m_form->setAccessibleName(tr("Recommendation details"));
    m_statusPanel->setAccessibleName(tr("Assign a status"));
    m_countLabel->setAccessibleName(tr("Number of recommendations"));
    m_countLabel->setAccessibleDescription(tr("How many recommendations match the filters, of how many stored"));
    updateWindowTitle();
    updateCounts();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::updateWindowTitle()
{
    if (!m_session) {
        setWindowFilePath(QString());
        setWindowTitle(tr("Recommendation Tracker"));
        return;
    }
    setWindowFilePath(m_session->database().path());
    setWindowTitle(tr("%1 - Recommendation Tracker%2")
                       .arg(QFileInfo(m_session->database().path()).fileName(),
                            m_session->database().isReadOnly() ? tr(" (read-only)") : QString()));
}

// Tab goes from the filters to the table, then through the detail editor and
// the status fields to the history, whatever order the widgets were made in.
void MainWindow::orderTabStops()
{
    QList<QWidget *> stops = tabStopsUnder(m_filterBar);
    stops << m_table;
    stops << tabStopsUnder(m_form);
    stops << tabStopsUnder(m_statusPanel);
    stops << m_history;
    for (qsizetype i = 1; i < stops.size(); ++i)
        QWidget::setTabOrder(stops.at(i - 1), stops.at(i));
}

// --- The table and the records --------------------------------------------

void MainWindow::showCharts()
{
    if (m_dashboard)
        m_tabs->setCurrentWidget(m_dashboard);
}

void MainWindow::showTable()
{
    if (!m_session)
        return;
    m_tabs->setCurrentWidget(m_mainSplitter);
    m_table->setFocus();
}

void MainWindow::applySegmentFilter(const RecommendationFilter &filter, const QString &description)
{
    m_filterBar->setFilter(filter);
    showTable();
    showStatus(tr("Showing %1").arg(description));
}

// The table follows a search as a mail client's does: when a search starts
// and no order has been chosen, the Relevance column appears and the best
// matches come first; when the search ends the column goes, and an order by
// relevance gives way to the default order again. An order the user chose
// stays, and relevance is one click on its header away.
void MainWindow::setTableFilter(const RecommendationFilter &filter)
{
    if (!m_tableModel)
        return;
    QHeaderView *header = m_table->horizontalHeader();
    const bool searching = RecommendationListing::hasSearch(filter);
    // Chosen before the search is in the model, relevance moves no row yet;
    // the new filter then reads its first page in that order at once.
    if (searching && !m_tableModel->isSearching() && header->sortIndicatorSection() < 0)
        m_table->sortByColumn(RecommendationTableModel::RelevanceColumn, Qt::DescendingOrder);
    m_tableModel->setFilter(filter);
    if (!searching && m_tableModel->sortKey() == RecommendationSortKey::Relevance)
        header->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setColumnHidden(RecommendationTableModel::RelevanceColumn, !searching);
}

QList<QPair<int, int>> MainWindow::selectedRowRuns() const
{
    if (!m_tableModel || !m_table->selectionModel())
        return {};
    // From the selection's ranges, never row by row: a selection of every
    // row of a large database is one range.
    QList<QPair<int, int>> runs;
    for (const QItemSelectionRange &range : m_table->selectionModel()->selection())
        runs.append({range.top(), range.bottom()});
    std::sort(runs.begin(), runs.end());
    QList<QPair<int, int>> merged;
    for (const auto &run : runs) {
        if (!merged.isEmpty() && run.first <= merged.last().second + 1)
            merged.last().second = std::max(merged.last().second, run.second);
        else
            merged.append(run);
    }
    return merged;
}

QList<qint64> MainWindow::selectedIds() const
{
    // One query per run of adjacent rows, in row order.
    QList<qint64> ids;
    for (const auto &run : selectedRowRuns())
        ids << m_tableModel->idsInRows(run.first, run.second);
    return ids;
}

void MainWindow::selectIds(const QList<qint64> &ids)
{
    if (!m_tableModel)
        return;
    if (ids.size() > RecommendationTableModel::addedRecordsPlaced) {
        // Thousands of records (an import) are all selected when they are
        // the whole table; otherwise finding their rows would hold the
        // window up, and the table shows its top with nothing selected.
        m_table->clearSelection();
        if (ids.size() == m_tableModel->rowCount() && m_tableModel->rowCount() > 0) {
            m_table->selectAll();
            m_table->selectionModel()->setCurrentIndex(m_tableModel->index(0, 0), QItemSelectionModel::NoUpdate);
        }
        m_table->scrollToTop();
        return;
    }
    const QHash<qint64, int> rowOf = m_tableModel->rowsOf(ids);
    QList<int> rows = rowOf.values();
    std::sort(rows.begin(), rows.end());
    QItemSelection selection;
    const int lastColumn = RecommendationTableModel::ColumnCount - 1;
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype next = i + 1;
        while (next < rows.size() && rows.at(next) == rows.at(next - 1) + 1)
            ++next;
        selection.select(m_tableModel->index(rows.at(i), 0), m_tableModel->index(rows.at(next - 1), lastColumn));
        i = next;
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!rows.isEmpty()) {
        int firstRow = rows.first();
        for (qint64 id : ids) {
            if (rowOf.contains(id)) {
                firstRow = rowOf.value(id);
                break;
            }
        }
        m_table->selectionModel()->setCurrentIndex(m_tableModel->index(firstRow, 0),
                                                   QItemSelectionModel::NoUpdate);
        m_table->scrollTo(m_tableModel->index(firstRow, 0));
    }
}

void MainWindow::selectAllRows()
{
    if (!m_tableModel)
        return;
    showTable();
    m_table->selectAll();
}

void MainWindow::copySelectedRows()
{
    const QList<QPair<int, int>> runs = selectedRowRuns();
    if (runs.isEmpty() || !m_session)
        return;
    CopiedRows::Table table{m_tableModel->filter(), m_tableModel->sortKey(), m_tableModel->sortOrder(),
                            m_tableModel->rowCount(), RowClipboard::shownColumns(*m_table->horizontalHeader())};
    QStringList titles;
    for (int column : std::as_const(table.columns))
        titles << m_tableModel->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    int selected = 0;
    for (const auto &run : runs)
        selected += run.second - run.first + 1;
    // Read on a worker: thousands of rows take a while, and the window goes on.
    RowClipboard clipboard(titles);
    Database &database = m_session->database();
    QString error;
    const WaitWithProgress::Outcome outcome = WaitWithProgress::run(
        this, database, tr("Copying %n row(s)...", nullptr, selected), true,
        [&](DatabaseWork::Control &control) {
            return CopiedRows::read(database, table, runs, clipboard, control, &error);
        },
        &error);
    switch (outcome) {
    case WaitWithProgress::Outcome::Done:
        QGuiApplication::clipboard()->setMimeData(clipboard.mimeData());
        showStatus(tr("Copied %n row(s).", nullptr, clipboard.rowCount()), 4000);
        break;
    case WaitWithProgress::Outcome::Cancelled:
        showStatus(tr("Copying was cancelled; the clipboard is as it was."), 4000);
        break;
    case WaitWithProgress::Outcome::Failed:
        showError(tr("Could not copy the rows"), error);
        break;
    }
}

// F2 moves to the detail editor of the record shown there, as F2 starts
// editing in a spreadsheet.
void MainWindow::editCurrentRecord()
{
    if (!m_session || m_shownId <= 0)
        return;
    showTable();
    const QList<QWidget *> fields = tabStopsUnder(m_form);
    for (QWidget *field : fields) {
        if (field->isEnabled() && field->isVisibleTo(m_form)) {
            field->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

void MainWindow::onSelectionChanged()
{
    // Counted from the ranges: only a single row's id is read.
    int selected = 0;
    const QList<QPair<int, int>> runs = selectedRowRuns();
    for (const auto &run : runs)
        selected += run.second - run.first + 1;
    const qint64 id = selected == 1 ? m_tableModel->idAt(runs.first().first) : 0;
    if (id != m_shownId) {
        if (m_form->isDirty())
            resolvePendingEdits();
        m_shownId = id;
        showCurrentRecord();
    }
    m_statusPanel->setSelectionCount(selected);
    updateActions();
}

void MainWindow::showCurrentRecord()
{
    if (!m_session) {
        m_form->setRecommendation(std::nullopt);
        return;
    }
    m_form->setRecommendation(m_shownId > 0 ? m_session->repository().find(m_shownId)
                                            : std::optional<Recommendation>());
    if (m_historyModel->recommendation() != m_shownId)
        m_historyModel->setRecommendation(m_shownId);
    m_history->resizeColumnsToContents();
}

bool MainWindow::resolvePendingEdits()
{
    if (!m_form->isDirty())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"), tr("The recommendation being edited has changes that are not saved yet."),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save) {
        applyFormEdits();
        if (m_form->isDirty())
            return false; // the edit was refused; its message is on the form
    }
    // Saved or discarded: the form shows the stored record again, which
    // stays on screen when what asked (a file dialog, Save a copy) goes on
    // without changing the database.
    showCurrentRecord();
    return true;
}

void MainWindow::applyFormEdits()
{
    if (!m_session)
        return;
    QString error;
    const std::optional<Recommendation> edited = m_form->edited(&error);
    if (!edited) {
        m_form->showError(error);
        return;
    }
    if (!m_session->edits().updateRecommendation(*edited)) {
        m_form->showError(m_session->edits().lastError());
        return;
    }
    m_form->setRecommendation(m_session->repository().find(edited->id));
    showStatus(tr("Saved."), 3000);
}

void MainWindow::addRecommendation()
{
    if (!m_session || m_session->database().isReadOnly())
        return;
    Recommendation defaults;
    const RecommendationFilter filter = m_filterBar->filter();
    defaults.mechanism = filter.mechanisms.value(0, QStringLiteral("upr"));
    defaults.stateUnderReview = filter.stateUnderReview;
    if (m_shownId > 0) {
        // Recommendations are usually entered document by document.
        if (const auto shown = m_session->repository().find(m_shownId)) {
            defaults.mechanism = shown->mechanism;
            defaults.stateUnderReview = shown->stateUnderReview;
            defaults.symbol = shown->symbol;
            defaults.documentDate = shown->documentDate;
            defaults.uprCycle = shown->uprCycle;
            defaults.uprSession = shown->uprSession;
        }
    }
    NewRecommendationDialog dialog(defaults, this);
    if (dialog.exec() != QDialog::Accepted || !m_session)
        return;
    const std::optional<qint64> id = m_session->edits().addRecommendation({dialog.recommendation(), {}});
    if (!id) {
        showError(tr("The recommendation could not be added"), m_session->edits().lastError());
        return;
    }
    if (m_tableModel->rowOf(*id) < 0)
        showStatus(tr("Added; the current filters hide the new recommendation."), 5000);
    selectIds({*id});
}

void MainWindow::duplicateSelected()
{
    if (!m_session || m_session->database().isReadOnly())
        return;
    const QList<qint64> selected = selectedIds();
    if (selected.isEmpty())
        return;
    const std::optional<QList<qint64>> ids = m_session->edits().duplicate(selected);
    if (!ids) {
        showError(tr("Could not duplicate"), m_session->edits().lastError());
        return;
    }
    selectIds(*ids);
}

void MainWindow::deleteSelected()
{
    if (!m_session || m_session->database().isReadOnly())
        return;
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete recommendations"),
        tr("Delete %n recommendation(s) with their status history? You can undo this with Edit > Undo.",
           nullptr, int(ids.size())),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes || !m_session)
        return;
    if (!m_session->edits().deleteRecommendations(ids))
        showError(tr("Could not delete"), m_session->edits().lastError());
}

void MainWindow::assignStatusToSelected()
{
    if (!m_session)
        return;
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const QString problem = m_statusPanel->validationError();
    if (!problem.isEmpty()) {
        showError(tr("The status was not assigned"), problem);
        return;
    }
    if (!m_session->edits().assignStatus(ids, m_statusPanel->status(), m_statusPanel->effectiveDate(),
                                         m_statusPanel->note(), m_statusPanel->evidenceLink())) {
        showError(tr("The status was not assigned"), m_session->edits().lastError());
        return;
    }
    m_statusPanel->resetEntryFields();
    showStatus(tr("Status assigned to %n recommendation(s).", nullptr, int(ids.size())), 4000);
}

bool MainWindow::loadSample()
{
    if (!m_session || m_session->database().isReadOnly())
        return false;
    QString error;
    const auto sample = SampleDataset::load(&error);
    if (!sample) {
        showError(tr("The sample could not be loaded"), error);
        return false;
    }
    if (!m_session->edits().addRecords(sample->records, tr("Load the illustrative sample"))) {
        showError(tr("The sample could not be loaded"), m_session->edits().lastError());
        return false;
    }
    showStatus(tr("Loaded %n illustrative sample recommendation(s).", nullptr, int(sample->records.size())), 6000);
    return true;
}

void MainWindow::offerSampleIfEmpty()
{
    if (!m_session || m_session->database().isReadOnly() || m_session->repository().totalCount().value_or(1) > 0)
        return;
    QSettings settings;
    const QString key = QStringLiteral("sampleOffered/") + QString::fromLatin1(m_session->database().path().toUtf8().toHex());
    if (settings.value(key).toBool())
        return;
    settings.setValue(key, true);
    QString error;
    const auto sample = SampleDataset::load(&error);
    const QString label = sample ? sample->label : QString();
    const auto answer = QMessageBox::question(
        this, tr("Start with the sample?"),
        tr("The database is empty. Load the bundled sample so you can try the application?\n\n%1\n\n"
           "You can remove it with Edit > Undo, or load it later from the File menu.")
            .arg(label),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        loadSample();
}

void MainWindow::updateCounts()
{
    if (!m_tableModel) {
        m_countLabel->clear();
        return;
    }
    const int shown = m_tableModel->rowCount();
    // Without a filter the table shows every record: no second count of
    // them all (a few milliseconds at 250,000, after every edit).
    const int total = m_tableModel->filter() == RecommendationFilter()
        ? shown
        : m_session->repository().totalCount().value_or(shown);
    m_countLabel->setText(shown == total ? tr("%n recommendation(s)", nullptr, total)
                                         : tr("%1 of %n recommendation(s) shown", nullptr, total).arg(shown));
}

void MainWindow::updateActions()
{
    const bool open = m_session != nullptr;
    const bool writable = open && !m_session->database().isReadOnly();
    const bool hasSelection = m_tableModel && m_table->selectionModel()->hasSelection();
    MainWindowActions &a = *m_actions;
    for (QAction *action : a.databaseActions())
        action->setEnabled(open);
    for (QAction *action : {a.loadSample, a.import, a.add, a.rebuildSearchIndex})
        action->setEnabled(writable);
    for (QAction *action : {a.duplicate, a.deleteRecords, a.assignStatus})
        action->setEnabled(writable && hasSelection);
    a.copyRows->setEnabled(hasSelection);
    a.editRecord->setEnabled(open && m_shownId > 0);
}

// --- Messages -------------------------------------------------------------

void MainWindow::showStatus(const QString &message, int timeout)
{
    statusBar()->showMessage(message, timeout);
}

// Message boxes are opened, not exec'd: modal to this window, they return at
// once instead of running an event loop of their own, so whatever reported
// has finished and left everything consistent before the user reads it, and
// a test reads messageShown() instead of fighting a blocking box.
void MainWindow::showError(const QString &title, const QString &message)
{
    showStatus(message);
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    emit messageShown(title, message);
}

void MainWindow::showInformation(const QString &title, const QString &message, const QString &details)
{
    auto *box = new QMessageBox(QMessageBox::Information, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDetailedText(details);
    box->open();
    emit messageShown(title, details.isEmpty() ? message : message + QStringLiteral("\n\n") + details);
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!resolvePendingEdits()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("mainWindow/sideSplitter"), m_sideSplitter->saveState());
    rememberViewState();
    if (m_session)
        rememberFilter(m_filterBar->filter());
    event->accept();
}

void MainWindow::rebuildSearchIndex()
{
    if (!m_session || m_session->database().isReadOnly())
        return;
    // On a worker, cancellable: the index is rebuilt in one transaction, so
    // a cancel leaves the old one, and searching goes on meanwhile.
    Database &database = m_session->database();
    QString error;
    const WaitWithProgress::Outcome outcome = WaitWithProgress::run(
        this, database, tr("Rebuilding the search index..."), true,
        [&database, &error](DatabaseWork::Control &) { return SearchIndex::rebuild(database, &error); }, &error);
    switch (outcome) {
    case WaitWithProgress::Outcome::Done:
        showStatus(tr("The search index was rebuilt."));
        if (BackgroundCheckpoint *checkpoint = m_session->checkpoint())
            checkpoint->schedule(); // no edit reports the rewritten index
        break;
    case WaitWithProgress::Outcome::Cancelled:
        showStatus(tr("Rebuilding the search index was cancelled; the index is as it was."));
        break;
    case WaitWithProgress::Outcome::Failed:
        showError(tr("The search index could not be rebuilt"), error);
        break;
    }
}
