// The main window's database: attaching a session to the window and
// detaching it, File > New database, Open, Open Recent, Save a copy and
// Close database, and files dropped on the window for the import. What
// belongs to one database (its last filter) is remembered per database.
#include "mainwindow.h"

#include "chartsdashboard.h"
#include "database.h"
#include "databasecopy.h"
#include "databasesession.h"
#include "droppedfiles.h"
#include "filterbar.h"
#include "filtersettings.h"
#include "mainwindowactions.h"
#include "nodatabasepage.h"
#include "recentdatabases.h"
#include "recommendationform.h"
#include "recommendationtablemodel.h"
#include "recordtransfer.h"
#include "statusassignpanel.h"
#include "statushistorymodel.h"
#include "waitwithprogress.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QUndoGroup>

namespace {

const QString tableHeaderKey = QStringLiteral("mainWindow/tableHeader");
const QString databaseFilter = QStringLiteral("*.sqlite *.db *.rectracker");

// Where the last filter of a database is kept: by its canonical path, so
// that one file reached by two names has one filter.
QString filterKeyFor(const QString &databasePath)
{
    QString canonical = QFileInfo(databasePath).canonicalFilePath();
    if (canonical.isEmpty())
        canonical = QFileInfo(databasePath).absoluteFilePath();
    return QStringLiteral("databaseFilters/")
           + QString::fromLatin1(QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1).toHex());
}

} // namespace

void MainWindow::attachSession(std::unique_ptr<DatabaseSession> session)
{
    const bool chartsShown = m_dashboard && m_tabs->currentWidget() == m_dashboard;
    detachSession();
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
    m_undoGroup->addStack(edits.undoStack());
    m_undoGroup->setActiveStack(edits.undoStack());

    m_tableModel = new RecommendationTableModel(m_session->repository(), *edits.notifier(), this);
    m_table->setModel(m_tableModel);
    // The column header draws each section knowing whether the columns
    // beside it are wholly selected, and Qt 6.4 finds that out row by row:
    // 15-25 ms on the GUI thread after any change to a selection of all
    // 250,000 rows (an import, Select all). Rows are what gets selected, so
    // the header gets a selection of its own that stays empty.
    m_table->horizontalHeader()->setSelectionModel(new QItemSelectionModel(m_tableModel, m_tableModel));
    m_historyModel = new StatusHistoryModel(m_session->repository(), *edits.notifier(), this);
    m_history->setModel(m_historyModel);
    m_table->horizontalHeader()->restoreState(QSettings().value(tableHeaderKey).toByteArray());

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onSelectionChanged);
    connect(m_tableModel, &RecommendationTableModel::queryFailed, this,
            [this](const QString &message) { showError(tr("Could not read the recommendations"), message); });
    connect(&edits, &RecommendationEdits::editFailed, this,
            [this](const QString &message) { showError(tr("The change could not be saved"), message); });
    auto refresh = [this](const QList<qint64> &ids) {
        if (ids.contains(m_shownId) && !m_form->isDirty())
            showCurrentRecord();
        updateCounts();
    };
    // The filter's choices (states, themes, recommending states,
    // institutions) come from the records, not from their statuses: a status
    // given to thousands of records does not read them again (20 ms at
    // 250,000, on the GUI thread).
    auto refreshWithChoices = [this, refresh](const QList<qint64> &ids) {
        m_filterBar->refreshChoices(m_session->repository());
        refresh(ids);
    };
    connect(edits.notifier(), &RecordNotifier::recordsAdded, this, refreshWithChoices);
    connect(edits.notifier(), &RecordNotifier::recordsChanged, this, refreshWithChoices);
    connect(edits.notifier(), &RecordNotifier::recordsRemoved, this, refreshWithChoices);
    connect(edits.notifier(), &RecordNotifier::historyChanged, this, refresh);

    m_dashboard = new ChartsDashboard(m_session->database(), *edits.notifier(), m_tabs);
    m_dashboard->setObjectName(QStringLiteral("chartsDashboard"));
    m_tabs->addTab(m_dashboard, tr("Charts"));
    if (chartsShown)
        m_tabs->setCurrentWidget(m_dashboard);
    connect(m_dashboard, &ChartsDashboard::segmentActivated, this, &MainWindow::applySegmentFilter);
    connect(m_dashboard, &ChartsDashboard::exported, this, [this](const QString &message) { showStatus(message, 6000); });

    m_filterBar->refreshChoices(m_session->repository());
    // The header's saved order (restoreState above) is the model's too.
    m_tableModel->sort(m_table->horizontalHeader()->sortIndicatorSection(),
                       m_table->horizontalHeader()->sortIndicatorOrder());
    restoreFilter();
    setTableFilter(m_filterBar->filter());
    m_dashboard->setFilter(m_filterBar->filter());
    RecentDatabases::add(m_session->database().path());
    fillRecentMenu();
    m_pages->setCurrentWidget(m_workPage);
    updateWindowTitle();
    onSelectionChanged();
    updateCounts();
    orderTabStops();
}

void MainWindow::detachSession()
{
    // Written as the database closes rather than at every change: a
    // settings file written at each keystroke of a search would slow it.
    if (m_session) {
        rememberViewState();
        rememberFilter(m_filterBar->filter());
    }
    if (QItemSelectionModel *selection = m_table->selectionModel())
        disconnect(selection, nullptr, this, nullptr);
    m_table->setModel(nullptr);
    m_history->setModel(nullptr);
    delete m_dashboard;
    m_dashboard = nullptr;
    delete m_tableModel;
    m_tableModel = nullptr;
    delete m_historyModel;
    m_historyModel = nullptr;
    m_shownId = 0;
    m_form->setRecommendation(std::nullopt);
    m_statusPanel->setSelectionCount(0);
    m_transfer->setSession(nullptr);
    m_session.reset(); // its undo stack leaves the group as it goes
    m_pages->setCurrentWidget(m_noDatabasePage);
    updateWindowTitle();
    updateCounts();
    updateActions();
}

void MainWindow::rememberViewState()
{
    // Only while a model gives the header its columns: an empty header
    // would forget the widths and order.
    if (m_tableModel)
        QSettings().setValue(tableHeaderKey, m_table->horizontalHeader()->saveState());
}

void MainWindow::rememberFilter(const RecommendationFilter &filter)
{
    if (m_session)
        QSettings().setValue(filterKeyFor(m_session->database().path()), FilterSettings::toMap(filter));
}

// The filter last used on this database, without the values it no longer
// has: a theme deleted since shows every theme rather than an empty table.
void MainWindow::restoreFilter()
{
    const RecommendationFilter remembered =
        FilterSettings::fromMap(QSettings().value(filterKeyFor(m_session->database().path())).toMap());
    RecommendationRepository &repository = m_session->repository();
    FilterSettings::Vocabulary vocabulary; // read only for the fields that are set
    if (!remembered.stateUnderReview.isEmpty())
        vocabulary.statesUnderReview = repository.statesUnderReview();
    if (!remembered.theme.isEmpty() || !remembered.alsoThemes.isEmpty())
        vocabulary.themes = repository.distinctValues(RecommendationList::Themes);
    if (!remembered.recommendedBy.isEmpty())
        vocabulary.recommendingStates = repository.distinctValues(RecommendationList::RecommendingStates);
    if (!remembered.institution.isEmpty())
        vocabulary.institutions = repository.distinctValues(RecommendationList::Institutions);
    m_filterBar->setFilter(FilterSettings::withKnownValues(remembered, vocabulary));
}

QString MainWindow::databaseFolder() const
{
    if (m_session)
        return QFileInfo(m_session->database().path()).absolutePath();
    const QStringList recent = RecentDatabases::paths();
    return recent.isEmpty() ? QDir::homePath() : QFileInfo(recent.first()).absolutePath();
}

void MainWindow::chooseNewDatabase()
{
    if (!resolvePendingEdits())
        return;
    // No "replace?" question: an existing database is opened, never replaced.
    QString path = QFileDialog::getSaveFileName(
        this, tr("New database"), databaseFolder(),
        tr("Recommendation Tracker databases (*.sqlite *.db *.rectracker);;All files (*)"), nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty() && !QFileInfo::exists(path))
        path += QStringLiteral(".sqlite");
    createDatabase(path);
}

bool MainWindow::createDatabase(const QString &path)
{
    if (!resolvePendingEdits())
        return false;
    const bool existed = QFileInfo::exists(path) && QFileInfo(path).size() > 0;
    QString error;
    std::unique_ptr<Database> database =
        Database::open(path, Database::Access::ReadWrite, Database::Creation::CreateIfMissing, &error);
    if (!database) {
        showError(tr("Could not create the database"), error);
        return false;
    }
    attachSession(std::make_unique<DatabaseSession>(std::move(database)));
    const QString shown = QDir::toNativeSeparators(m_session->database().path());
    showStatus(existed ? tr("%1 is an existing database; it was opened as it is.").arg(shown)
                       : tr("Created the database %1.").arg(shown));
    return true;
}

void MainWindow::chooseDatabaseToOpen()
{
    if (!resolvePendingEdits())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open database"), databaseFolder(),
        tr("Recommendation Tracker databases (*.sqlite *.db *.rectracker);;All files (*)"));
    if (!path.isEmpty())
        openDatabaseFile(path);
}

bool MainWindow::openDatabaseFile(const QString &path)
{
    if (!resolvePendingEdits())
        return false;
    QString error;
    std::unique_ptr<Database> database =
        Database::open(path, Database::Access::ReadWrite, Database::Creation::MustExist, &error);
    if (!database) {
        showError(tr("Could not open the database"), error);
        return false;
    }
    attachSession(std::make_unique<DatabaseSession>(std::move(database)));
    return true;
}

void MainWindow::fillRecentMenu()
{
    // Not QMenu::clear(), which would delete Clear recent with the entries;
    // and later, since the entry chosen may be the one emitting now.
    QMenu *menu = m_actions->recentMenu;
    for (QAction *action : menu->actions()) {
        menu->removeAction(action);
        if (action != m_actions->clearRecent)
            action->deleteLater();
    }
    const QStringList paths = RecentDatabases::paths();
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QString &path = paths.at(i);
        // "&1 name" for the first nine: a key for each, as desktop applications do.
        const QString name = QFileInfo(path).fileName().replace(QLatin1Char('&'), QLatin1String("&&"));
        auto *action = new QAction(i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(name) : name, menu);
        action->setData(path);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openRecent(path); });
        menu->addAction(action);
    }
    menu->addSeparator();
    menu->addAction(m_actions->clearRecent);
    m_actions->clearRecent->setEnabled(!paths.isEmpty());
    m_noDatabasePage->setRecentAvailable(!paths.isEmpty());
}

void MainWindow::openRecent(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        RecentDatabases::remove(path);
        fillRecentMenu();
        showError(tr("Could not open the database"),
                  tr("%1 no longer exists; it was removed from the recent databases.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    openDatabaseFile(path);
}

void MainWindow::chooseCopyTarget()
{
    if (!m_session)
        return;
    const QFileInfo live(m_session->database().path());
    const QString suggested =
        live.absoluteDir().filePath(tr("%1 copy.%2").arg(live.completeBaseName(), live.suffix().isEmpty()
                                                                                         ? QStringLiteral("sqlite")
                                                                                         : live.suffix()));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save a copy of the database"), suggested,
        tr("Recommendation Tracker databases (*.sqlite *.db *.rectracker);;All files (*)"));
    if (!path.isEmpty())
        saveCopyTo(path);
}

bool MainWindow::saveCopyTo(const QString &path)
{
    if (!m_session || !resolvePendingEdits())
        return false;
    // On a worker, since a large database takes a moment; the copy reads
    // through a connection of its own, so edits made meanwhile are either
    // wholly in it or not at all.
    Database &database = m_session->database();
    QString error;
    const WaitWithProgress::Outcome outcome = WaitWithProgress::run(
        this, database, tr("Saving a copy of the database..."), false,
        [&database, &path, &error](DatabaseWork::Control &) { return DatabaseCopy::save(database, path, &error); },
        &error);
    if (outcome != WaitWithProgress::Outcome::Done) {
        showError(tr("The copy could not be saved"), error);
        return false;
    }
    showStatus(tr("Saved a copy of the database to %1.").arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    return true;
}

bool MainWindow::closeDatabase()
{
    if (!m_session)
        return true;
    if (!resolvePendingEdits())
        return false;
    detachSession();
    showStatus(tr("The database was closed."), 4000);
    return true;
}

void MainWindow::importFiles(const QStringList &paths)
{
    if (m_session && !m_session->database().isReadOnly()) {
        m_transfer->importFiles(paths);
        return;
    }
    // Files named on the command line, when the database could not be
    // opened or is read-only: said, never dropped in silence.
    showError(tr("Nothing was imported"),
              m_session ? tr("The database is open read-only; nothing can be imported into it.")
                        : tr("No database is open, so the files were not imported."));
}

std::optional<int> MainWindow::exportRecords(const QString &path, const ExportOptions &options)
{
    if (!m_session)
        return std::nullopt;
    return m_transfer->exportTo(path, options, m_filterBar->filter());
}

// Files dropped on the window are imported (through the import dialog, as
// File > Import does); anything else is refused while it is dragged, with a
// sentence in the status bar saying why.
QString MainWindow::importRefusal(const DroppedFiles &dropped) const
{
    if (!dropped.isImportable())
        return dropped.problem();
    if (!m_session)
        return tr("Open a database first, then drop the files on it to import them.");
    if (m_session->database().isReadOnly())
        return tr("The database is open read-only; nothing can be imported into it.");
    return QString();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!event->mimeData()->hasUrls()) {
        event->ignore();
        return;
    }
    const QString refusal = importRefusal(DroppedFiles(event->mimeData()->urls()));
    if (!refusal.isEmpty()) {
        showStatus(refusal);
        event->ignore();
        return;
    }
    event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const DroppedFiles dropped(event->mimeData()->urls());
    const QString refusal = importRefusal(dropped);
    if (!refusal.isEmpty()) {
        showStatus(refusal);
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    importFiles(dropped.paths());
}
