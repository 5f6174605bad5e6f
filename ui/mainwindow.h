#pragma once
// The main window: filters above two tabs, the recommendation table (with the
// detail editor and status assignment with the history beside it) and the
// charts of the same filtered records. Every change goes through
// the session's edit facade, so it is undoable and written at once.
#include <QList>
#include <QMainWindow>
#include <memory>
#include <optional>

class ChartsDashboard;
struct ExportOptions;
struct RecommendationFilter;
class DatabaseSession;
class FilterBar;
class QAction;
class QLabel;
class QSplitter;
class QTabWidget;
class QTableView;
class RecordTransfer;
class RecommendationForm;
class RecommendationTableModel;
class StatusAssignPanel;
class StatusHistoryModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<DatabaseSession> session, QWidget *parent = nullptr);
    ~MainWindow() override;

    // On an empty database, asks once whether to load the bundled sample.
    void offerSampleIfEmpty();
    bool loadSample();

    QList<qint64> selectedIds() const;
    void selectIds(const QList<qint64> &ids);
    DatabaseSession &session() { return *m_session; }
    RecommendationTableModel *tableModel() const { return m_tableModel; }
    ChartsDashboard *dashboard() const { return m_dashboard; }
    void showCharts();
    void showTable();

    // The import dialog on these files (File > Import calls it after its
    // file chooser); returns at once, the dialog being window-modal.
    void importFiles(const QStringList &paths);
    // The records matching the current filters written to path.
    std::optional<int> exportRecords(const QString &path, const ExportOptions &options);
    RecordTransfer *transfer() const { return m_transfer; }
    // Tools > Rebuild search index, on a worker with a progress dialog.
    void rebuildSearchIndex();

signals:
    // Every message box the window opens, as it opens it.
    void messageShown(const QString &title, const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createLayout();
    void attachSession(std::unique_ptr<DatabaseSession> session);
    void openDatabase();
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
    void applySegmentFilter(const RecommendationFilter &filter, const QString &description);
    void updateCounts();
    void updateActions();
    void showError(const QString &title, const QString &message);
    void showInformation(const QString &title, const QString &message, const QString &details);
    void showAbout();

    std::unique_ptr<DatabaseSession> m_session;
    RecommendationTableModel *m_tableModel = nullptr;
    StatusHistoryModel *m_historyModel = nullptr;
    qint64 m_shownId = 0;

    FilterBar *m_filterBar = nullptr;
    QTableView *m_table = nullptr;
    QTableView *m_history = nullptr;
    RecommendationForm *m_form = nullptr;
    StatusAssignPanel *m_statusPanel = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QTabWidget *m_tabs = nullptr;
    ChartsDashboard *m_dashboard = nullptr;
    QSplitter *m_sideSplitter = nullptr;
    QLabel *m_countLabel = nullptr;
    RecordTransfer *m_transfer = nullptr;

    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_assignAction = nullptr;
    QAction *m_importAction = nullptr;
};
