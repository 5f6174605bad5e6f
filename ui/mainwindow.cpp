#include "mainwindow.h"

#include "chartsdashboard.h"
#include "database.h"
#include "databasesession.h"
#include "filterbar.h"
#include "newrecommendationdialog.h"
#include "recommendationform.h"
#include "recommendationtablemodel.h"
#include "recordtransfer.h"
#include "searchindex.h"
#include "sampledataset.h"
#include "statusassignpanel.h"
#include "statushistorymodel.h"
#include "waitwithprogress.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUndoGroup>
#include <QVBoxLayout>

MainWindow::MainWindow(std::unique_ptr<DatabaseSession> session, QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_transfer = new RecordTransfer(this);
    createLayout();
    createActions();
    attachSession(std::move(session));

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    m_mainSplitter->restoreState(settings.value(QStringLiteral("mainWindow/mainSplitter")).toByteArray());
    m_sideSplitter->restoreState(settings.value(QStringLiteral("mainWindow/sideSplitter")).toByteArray());
}

MainWindow::~MainWindow()
{
    // Models and charts refer to the session's database; they go first.
    delete m_dashboard;
    delete m_tableModel;
    delete m_historyModel;
}

void MainWindow::createLayout()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    m_filterBar = new FilterBar(central);
    m_filterBar->setObjectName(QStringLiteral("filterBar"));
    layout->addWidget(m_filterBar);

    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("viewTabs"));
    m_tabs->setDocumentMode(true);
    m_mainSplitter = new QSplitter(Qt::Horizontal, m_tabs);
    m_table = new QTableView(m_mainSplitter);
    m_table->setObjectName(QStringLiteral("recommendationTable"));
    m_table->setAccessibleName(tr("Recommendations"));
    m_table->setAccessibleDescription(tr("The recommendations that match the filters"));
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

    m_sideSplitter = new QSplitter(Qt::Vertical, m_mainSplitter);
    auto *formScroll = new QScrollArea(m_sideSplitter);
    formScroll->setWidgetResizable(true);
    m_form = new RecommendationForm(formScroll);
    m_form->setObjectName(QStringLiteral("recommendationForm"));
    formScroll->setWidget(m_form);

    auto *statusBox = new QGroupBox(tr("Status"), m_sideSplitter);
    auto *statusLayout = new QVBoxLayout(statusBox);
    m_statusPanel = new StatusAssignPanel(statusBox);
    m_statusPanel->setObjectName(QStringLiteral("statusPanel"));
    statusLayout->addWidget(m_statusPanel);
    m_history = new QTableView(statusBox);
    m_history->setObjectName(QStringLiteral("historyTable"));
    m_history->setAccessibleName(tr("Status history"));
    m_history->setAccessibleDescription(tr("Every status the selected recommendation has had; "
                                           "the bold entry defines the current status"));
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setStretchLastSection(true);
    statusLayout->addWidget(m_history, 1);

    m_mainSplitter->setStretchFactor(0, 3);
    m_mainSplitter->setStretchFactor(1, 2);
    m_mainSplitter->setSizes({780, 500});
    m_sideSplitter->setSizes({420, 380});
    m_tabs->addTab(m_mainSplitter, tr("Recommendations"));
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_countLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_countLabel);

    connect(m_filterBar, &FilterBar::filterChanged, this, [this](const RecommendationFilter &filter) {
        setTableFilter(filter);
        m_dashboard->setFilter(filter);
        updateCounts();
    });
    connect(m_form, &RecommendationForm::applyRequested, this, &MainWindow::applyFormEdits);
    connect(m_form, &RecommendationForm::revertRequested, this, &MainWindow::showCurrentRecord);
    connect(m_statusPanel, &StatusAssignPanel::assignRequested, this, &MainWindow::assignStatusToSelected);
    resize(1280, 800);
}

void MainWindow::createActions()
{
    auto *undoGroup = new QUndoGroup(this);
    undoGroup->setObjectName(QStringLiteral("undoGroup"));

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *open = fileMenu->addAction(tr("&Open database..."), this, &MainWindow::openDatabase);
    open->setShortcut(QKeySequence::Open);
    fileMenu->addAction(tr("Load the illustrative &sample"), this, &MainWindow::loadSample);
    fileMenu->addSeparator();
    m_importAction = fileMenu->addAction(tr("&Import..."), m_transfer, &RecordTransfer::chooseFilesToImport);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction *exportRecords = fileMenu->addAction(tr("Export &recommendations..."), this,
                                                 [this] { m_transfer->chooseFileToExport(m_filterBar->filter()); });
    exportRecords->setObjectName(QStringLiteral("exportRecordsAction"));
    exportRecords->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    fileMenu->addSeparator();
    // The chart actions apply to the chart last clicked or focused on the Charts tab.
    QAction *exportChart = fileMenu->addAction(tr("&Export chart..."), this,
                                               [this] { m_dashboard->exportChart(m_dashboard->currentKind()); });
    exportChart->setObjectName(QStringLiteral("exportChartAction"));
    exportChart->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *exportAll = fileMenu->addAction(tr("Export &all charts..."), this, [this] { m_dashboard->exportAllCharts(); });
    exportAll->setObjectName(QStringLiteral("exportAllChartsAction"));
    exportAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction *copyChart = fileMenu->addAction(tr("C&opy chart"), this,
                                             [this] { m_dashboard->copyChart(m_dashboard->currentKind()); });
    copyChart->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QAction *printChart = fileMenu->addAction(tr("&Print chart..."), this,
                                              [this] { m_dashboard->printChart(m_dashboard->currentKind()); });
    printChart->setShortcut(QKeySequence::Print);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    m_undoAction = undoGroup->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = undoGroup->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    editMenu->addAction(m_undoAction);
    editMenu->addAction(m_redoAction);
    editMenu->addSeparator();
    m_addAction = editMenu->addAction(tr("&Add recommendation..."), this, &MainWindow::addRecommendation);
    m_addAction->setObjectName(QStringLiteral("addAction"));
    m_addAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), QKeySequence(Qt::Key_Insert)});
    m_duplicateAction = editMenu->addAction(tr("D&uplicate"), this, &MainWindow::duplicateSelected);
    m_duplicateAction->setObjectName(QStringLiteral("duplicateAction"));
    m_duplicateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_deleteAction = editMenu->addAction(tr("&Delete..."), this, &MainWindow::deleteSelected);
    m_deleteAction->setObjectName(QStringLiteral("deleteAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    editMenu->addSeparator();
    m_assignAction = editMenu->addAction(tr("Assign &status..."), this, [this] { m_statusPanel->focusStatus(); });
    m_assignAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    QAction *find = editMenu->addAction(tr("&Find"), this, [this] { m_filterBar->focusSearch(); });
    find->setShortcut(QKeySequence::Find);
    editMenu->addAction(tr("&Clear filters"), m_filterBar, &FilterBar::clear);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *table = viewMenu->addAction(tr("&Recommendations"), this, &MainWindow::showTable);
    table->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *charts = viewMenu->addAction(tr("&Charts"), this, &MainWindow::showCharts);
    charts->setObjectName(QStringLiteral("showChartsAction"));
    charts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));

    QMenu *toolsMenu = menuBar()->addMenu(tr("&Tools"));
    QAction *rebuildIndex = toolsMenu->addAction(tr("&Rebuild search index"), this, &MainWindow::rebuildSearchIndex);
    rebuildIndex->setObjectName(QStringLiteral("rebuildSearchIndexAction"));

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Recommendation Tracker"), this, &MainWindow::showAbout);

    // The table's own context menu offers the same record actions.
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_addAction, m_duplicateAction, m_deleteAction});

    connect(m_transfer, &RecordTransfer::failed, this, &MainWindow::showError);
    connect(m_transfer, &RecordTransfer::reported, this, &MainWindow::showInformation);
    connect(m_transfer, &RecordTransfer::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    // The table is up to date already (the notifier); show what was added.
    connect(m_transfer, &RecordTransfer::imported, this, [this](const QList<qint64> &ids) {
        showTable();
        selectIds(ids);
    });

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->addActions({m_undoAction, m_redoAction});
    toolBar->addSeparator();
    toolBar->addActions({m_addAction, m_duplicateAction, m_deleteAction});
}

void MainWindow::attachSession(std::unique_ptr<DatabaseSession> session)
{
    const bool chartsShown = m_dashboard && m_tabs->currentWidget() == m_dashboard;
    delete m_dashboard;
    delete m_tableModel;
    delete m_historyModel;
    m_shownId = 0;
    m_session = std::move(session);
    m_transfer->setSession(m_session.get());
    RecommendationEdits &edits = m_session->edits();
    // Every edit, its undo and its redo write on a worker thread: the window
    // keeps painting, and a long one (a status for thousands of records, the
    // undo of a big import) shows its progress.
    Database &database = m_session->database();
    edits.setWorkRunner([this, &database](const QString &label, bool cancellable,
                                          const std::function<bool()> &work, QString *error) {
        return WaitWithProgress::run(this, database, label, cancellable,
                                     [&work](DatabaseWork::Control &) { return work(); }, error)
               == WaitWithProgress::Outcome::Done;
    });

    auto *undoGroup = findChild<QUndoGroup *>(QStringLiteral("undoGroup"));
    undoGroup->addStack(edits.undoStack());
    undoGroup->setActiveStack(edits.undoStack());

    m_tableModel = new RecommendationTableModel(m_session->repository(), *edits.notifier(), this);
    m_table->setModel(m_tableModel);
    m_historyModel = new StatusHistoryModel(m_session->repository(), *edits.notifier(), this);
    m_history->setModel(m_historyModel);
    m_table->horizontalHeader()->restoreState(
        QSettings().value(QStringLiteral("mainWindow/tableHeader")).toByteArray());

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onSelectionChanged);
    connect(m_tableModel, &RecommendationTableModel::queryFailed, this,
            [this](const QString &message) { showError(tr("Could not read the recommendations"), message); });
    connect(&edits, &RecommendationEdits::editFailed, this,
            [this](const QString &message) { showError(tr("The change could not be saved"), message); });
    auto refresh = [this](const QList<qint64> &ids) {
        m_filterBar->refreshChoices(m_session->repository());
        if (ids.contains(m_shownId) && !m_form->isDirty())
            showCurrentRecord();
        updateCounts();
    };
    connect(edits.notifier(), &RecordNotifier::recordsAdded, this, refresh);
    connect(edits.notifier(), &RecordNotifier::recordsChanged, this, refresh);
    connect(edits.notifier(), &RecordNotifier::recordsRemoved, this, refresh);
    connect(edits.notifier(), &RecordNotifier::historyChanged, this, refresh);

    m_dashboard = new ChartsDashboard(m_session->database(), *edits.notifier(), m_tabs);
    m_dashboard->setObjectName(QStringLiteral("chartsDashboard"));
    m_tabs->addTab(m_dashboard, tr("Charts"));
    if (chartsShown)
        m_tabs->setCurrentWidget(m_dashboard);
    connect(m_dashboard, &ChartsDashboard::segmentActivated, this, &MainWindow::applySegmentFilter);
    connect(m_dashboard, &ChartsDashboard::exported, this,
            [this](const QString &message) { statusBar()->showMessage(message, 6000); });

    m_filterBar->refreshChoices(m_session->repository());
    // The header's saved order (restoreState above) is the model's too.
    m_tableModel->sort(m_table->horizontalHeader()->sortIndicatorSection(),
                       m_table->horizontalHeader()->sortIndicatorOrder());
    setTableFilter(m_filterBar->filter());
    m_dashboard->setFilter(m_filterBar->filter());
    setWindowFilePath(m_session->database().path());
    setWindowTitle(tr("%1 - Recommendation Tracker%2")
                       .arg(QFileInfo(m_session->database().path()).fileName(),
                            m_session->database().isReadOnly() ? tr(" (read-only)") : QString()));
    onSelectionChanged();
    updateCounts();
}

void MainWindow::openDatabase()
{
    if (!resolvePendingEdits())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open database"), QFileInfo(m_session->database().path()).absolutePath(),
        tr("Recommendation Tracker databases (*.sqlite *.db *.rectracker);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    std::unique_ptr<Database> database =
        Database::open(path, Database::Access::ReadWrite, Database::Creation::MustExist, &error);
    if (!database) {
        showError(tr("Could not open the database"), error);
        return;
    }
    attachSession(std::make_unique<DatabaseSession>(std::move(database)));
}

void MainWindow::importFiles(const QStringList &paths)
{
    m_transfer->importFiles(paths);
}

std::optional<int> MainWindow::exportRecords(const QString &path, const ExportOptions &options)
{
    return m_transfer->exportTo(path, options, m_filterBar->filter());
}

void MainWindow::showCharts()
{
    m_tabs->setCurrentWidget(m_dashboard);
}

void MainWindow::showTable()
{
    m_tabs->setCurrentWidget(m_mainSplitter);
    m_table->setFocus();
}

void MainWindow::applySegmentFilter(const RecommendationFilter &filter, const QString &description)
{
    m_filterBar->setFilter(filter);
    showTable();
    statusBar()->showMessage(tr("Showing %1").arg(description), 8000);
}

// The table follows a search as a mail client's does: when a search starts
// and no order has been chosen, the Relevance column appears and the best
// matches come first; when the search ends the column goes, and an order by
// relevance gives way to the default order again. An order the user chose
// stays, and relevance is one click on its header away.
void MainWindow::setTableFilter(const RecommendationFilter &filter)
{
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
    m_form->setRecommendation(std::nullopt);
    return true;
}

void MainWindow::applyFormEdits()
{
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
    statusBar()->showMessage(tr("Saved."), 3000);
}

void MainWindow::addRecommendation()
{
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
    if (dialog.exec() != QDialog::Accepted)
        return;
    const std::optional<qint64> id = m_session->edits().addRecommendation({dialog.recommendation(), {}});
    if (!id) {
        showError(tr("The recommendation could not be added"), m_session->edits().lastError());
        return;
    }
    if (m_tableModel->rowOf(*id) < 0)
        statusBar()->showMessage(tr("Added; the current filters hide the new recommendation."), 5000);
    selectIds({*id});
}

void MainWindow::duplicateSelected()
{
    const std::optional<QList<qint64>> ids = m_session->edits().duplicate(selectedIds());
    if (!ids) {
        showError(tr("Could not duplicate"), m_session->edits().lastError());
        return;
    }
    selectIds(*ids);
}

void MainWindow::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete recommendations"),
        tr("Delete %n recommendation(s) with their status history? You can undo this with Edit > Undo.",
           nullptr, int(ids.size())),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (!m_session->edits().deleteRecommendations(ids))
        showError(tr("Could not delete"), m_session->edits().lastError());
}

void MainWindow::assignStatusToSelected()
{
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
    statusBar()->showMessage(tr("Status assigned to %n recommendation(s).", nullptr, int(ids.size())), 4000);
}

bool MainWindow::loadSample()
{
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
    statusBar()->showMessage(tr("Loaded %n illustrative sample recommendation(s).", nullptr,
                                int(sample->records.size())),
                             6000);
    return true;
}

void MainWindow::offerSampleIfEmpty()
{
    if (m_session->database().isReadOnly() || m_session->repository().totalCount().value_or(1) > 0)
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
    const int shown = m_tableModel->rowCount();
    const int total = m_session->repository().totalCount().value_or(shown);
    m_countLabel->setText(shown == total ? tr("%n recommendation(s)", nullptr, total)
                                         : tr("%1 of %n recommendation(s) shown", nullptr, total).arg(shown));
}

void MainWindow::updateActions()
{
    const bool writable = !m_session->database().isReadOnly();
    const bool hasSelection = m_table->selectionModel()->hasSelection();
    m_addAction->setEnabled(writable);
    m_duplicateAction->setEnabled(writable && hasSelection);
    m_deleteAction->setEnabled(writable && hasSelection);
    m_assignAction->setEnabled(writable && hasSelection);
    m_importAction->setEnabled(writable);
}

// Message boxes are opened, not exec'd: modal to this window, they return at
// once instead of running an event loop of their own, so whatever reported
// has finished and left everything consistent before the user reads it, and
// a test reads messageShown() instead of fighting a blocking box.
void MainWindow::showError(const QString &title, const QString &message)
{
    statusBar()->showMessage(message, 8000);
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
    QMessageBox::about(this, tr("About Recommendation Tracker"),
                       tr("<h3>Recommendation Tracker %1</h3>"
                          "<p>Follow up the recommendations of the UN human rights mechanisms: the "
                          "Universal Periodic Review and the treaty bodies.</p>"
                          "<p>The bundled sample is illustrative: its texts paraphrase A/HRC/14/10 and "
                          "CCPR/C/KAZ/CO/1 and its status histories are invented.</p>")
                           .arg(QCoreApplication::applicationVersion()));
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
    settings.setValue(QStringLiteral("mainWindow/tableHeader"), m_table->horizontalHeader()->saveState());
    event->accept();
}

void MainWindow::rebuildSearchIndex()
{
    // On a worker, cancellable: the index is rebuilt in one transaction, so
    // a cancel leaves the old one, and searching goes on meanwhile.
    Database &database = m_session->database();
    QString error;
    const WaitWithProgress::Outcome outcome = WaitWithProgress::run(
        this, database, tr("Rebuilding the search index..."), true,
        [&database, &error](DatabaseWork::Control &) { return SearchIndex::rebuild(database, &error); }, &error);
    switch (outcome) {
    case WaitWithProgress::Outcome::Done:
        statusBar()->showMessage(tr("The search index was rebuilt."), 8000);
        break;
    case WaitWithProgress::Outcome::Cancelled:
        statusBar()->showMessage(tr("Rebuilding the search index was cancelled; the index is as it was."), 8000);
        break;
    case WaitWithProgress::Outcome::Failed:
        showError(tr("The search index could not be rebuilt"), error);
        break;
    }
}
