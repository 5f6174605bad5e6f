#pragma once
// The main window's menus, actions and toolbar: created with their names and
// shortcuts (the platform's standard keys where there is one), and given
// their texts by retranslate(), which the window calls again when the
// language changes. The window connects them. The texts are the window's own
// (translation context MainWindow).
#include <QCoreApplication>
#include <QList>
#include <QString>

class QAction;
class QMainWindow;
class QMenu;
class QToolBar;

class MainWindowActions
{
    Q_DECLARE_TR_FUNCTIONS(MainWindow)

public:
    explicit MainWindowActions(QMainWindow *window);

    void retranslate();
    // The step that Undo and Redo would undo or redo, named after them.
    void setUndoTexts(const QString &undoText, const QString &redoText);
    // The actions that need an open database (enabled by the window as the
    // database, its write permission and the selection allow).
    QList<QAction *> databaseActions() const;

    QMenu *fileMenu = nullptr;
    QMenu *recentMenu = nullptr;
    QMenu *editMenu = nullptr;
    QMenu *viewMenu = nullptr;
    QMenu *toolsMenu = nullptr;
    QMenu *languageMenu = nullptr;
    QMenu *helpMenu = nullptr;
    QToolBar *toolBar = nullptr;

    // File
    QAction *newDatabase = nullptr;
    QAction *open = nullptr;
    QAction *clearRecent = nullptr;
    QAction *saveCopy = nullptr;
    QAction *closeDatabase = nullptr;
    QAction *loadSample = nullptr;
    QAction *import = nullptr;
    QAction *exportRecords = nullptr;
    QAction *exportChart = nullptr;
    QAction *exportAllCharts = nullptr;
    QAction *copyChart = nullptr;
    QAction *printChart = nullptr;
    QAction *quit = nullptr;
    // Edit
    QAction *undo = nullptr;
    QAction *redo = nullptr;
    QAction *copyRows = nullptr;
    QAction *selectAll = nullptr;
    QAction *add = nullptr;
    QAction *duplicate = nullptr;
    QAction *editRecord = nullptr;
    QAction *deleteRecords = nullptr;
    QAction *assignStatus = nullptr;
    QAction *find = nullptr;
    QAction *clearFilters = nullptr;
    // View, Tools, Help
    QAction *showTable = nullptr;
    QAction *showCharts = nullptr;
    QAction *rebuildSearchIndex = nullptr;
    QAction *about = nullptr;

private:
    QAction *action(const char *objectName, QMenu *menu);
    void showUndoTexts();

    QString m_undoText;
    QString m_redoText;
};
