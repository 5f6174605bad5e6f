#pragma once
// The main window: filters above two tabs, the recommendation table (with the
// detail editor and status assignment with the history beside it) and the
// charts of the same filtered records. Every change goes through
// the session's edit facade, so it is undoable and written at once.
//
// The window may have no database open (after File > Close database): then
// there is no session, no table model and no charts, a page saying so takes
// the place of the table, and every action that needs a database is
// disabled; each of them also checks for itself, so none can act on a
// database that is not there.
#include <QList>
#include <QMainWindow>
#include <memory>
#include <optional>

class ChartsDashboard;
struct ExportOptions;
struct RecommendationFilter;
class DatabaseSession;
class DroppedFiles;
class FilterBar;
class MainWindowActions;
class NoDatabasePage;
class QAction;
class QGroupBox;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QUndoGroup;
class RecordTransfer;
class RecommendationForm;
class RecommendationTableModel;
class StatusAssignPanel;
class StatusHistoryModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // session may be null: the window then opens with no database.
    explicit MainWindow(std::unique_ptr<DatabaseSession> session, QWidget *parent = nullptr);
    ~MainWindow() override;

    // On an empty database, asks once whether to load the bundled sample.
    void offerSampleIfEmpty();
    bool loadSample();

    bool hasDatabase() const { return m_session != nullptr; }
    // Only while hasDatabase().
    DatabaseSession &session() { return *m_session; }
    QList<qint64> selectedIds() const;
    void selectIds(const QList<qint64> &ids);
    RecommendationTableModel *tableModel() const { return m_tableModel; }
    ChartsDashboard *dashboard() const { return m_dashboard; }
    void showCharts();
    void showTable();

    // File > New database, Open, Save a copy and Close database once their
    // file is chosen; each says what went wrong through messageShown.
    bool createDatabase(const QString &path);
    bool openDatabaseFile(const QString &path);
    bool saveCopyTo(const QString &path);
    // False when the user kept unsaved edits of the detail editor.
    bool closeDatabase();

    // The import dialog on these files (File > Import calls it after its
    // file chooser, a drop on the window too); returns at once, the dialog
    // being window-modal.
    void importFiles(const QStringList &paths);
    // The records matching the current filters written to path.
    std::optional<int> exportRecords(const QString &path, const ExportOptions &options);
    RecordTransfer *transfer() const { return m_transfer; }
    // Tools > Rebuild search index, on a worker with a progress dialog.
    void rebuildSearchIndex();
    // Edit > Copy: the selected rows on the clipboard, as tab-separated text
    // with a header row and as an HTML table.
    void copySelectedRows();

signals:
    // Every message box the window opens, as it opens it.
    void messageShown(const QString &title, const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createLayout();
    void connectActions();
    void retranslateUi();
    void updateWindowTitle();
    void orderTabStops();

    void attachSession(std::unique_ptr<DatabaseSession> session);
    // Remembers what belongs to the open database (its filter, the table's
    // columns) and closes it; the window then shows the no-database page.
    // (closeEvent remembers them too.)
    void detachSession();
    void rememberViewState();
    void restoreFilter();
    void rememberFilter(const RecommendationFilter &filter);
    void chooseNewDatabase();
    void chooseDatabaseToOpen();
    void chooseCopyTarget();
    void fillRecentMenu();
    // Why a drop cannot be imported; empty when it can.
    QString importRefusal(const DroppedFiles &dropped) const;
    void openRecent(const QString &path);
    QString databaseFolder() const;

    void showCurrentRecord();
    void onSelectionChanged();
    // Runs of adjacent selected rows, (first, last), in row order.
    QList<QPair<int, int>> selectedRowRuns() const;
    void setTableFilter(const RecommendationFilter &filter);
    bool resolvePendingEdits();
    void applyFormEdits();
    void addRecommendation();
    void duplicateSelected();
    void deleteSelected();
    void assignStatusToSelected();
    void selectAllRows();
    void editCurrentRecord();
    void applySegmentFilter(const RecommendationFilter &filter, const QString &description);
    void updateCounts();
    void updateActions();
    void showError(const QString &title, const QString &message);
    void showInformation(const QString &title, const QString &message, const QString &details);
    void showStatus(const QString &message, int timeout = 8000);
    void showAbout();

    std::unique_ptr<DatabaseSession> m_session;
    RecommendationTableModel *m_tableModel = nullptr;
    StatusHistoryModel *m_historyModel = nullptr;
    qint64 m_shownId = 0;

    QStackedWidget *m_pages = nullptr;
    QWidget *m_workPage = nullptr;
    NoDatabasePage *m_noDatabasePage = nullptr;
    FilterBar *m_filterBar = nullptr;
    QTableView *m_table = nullptr;
    QTableView *m_history = nullptr;
    RecommendationForm *m_form = nullptr;
    StatusAssignPanel *m_statusPanel = nullptr;
    QGroupBox *m_statusBox = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QTabWidget *m_tabs = nullptr;
    ChartsDashboard *m_dashboard = nullptr;
    QSplitter *m_sideSplitter = nullptr;
    QLabel *m_countLabel = nullptr;
    RecordTransfer *m_transfer = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    std::unique_ptr<MainWindowActions> m_actions;
};
