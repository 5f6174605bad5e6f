#include "mainwindowactions.h"

#include "languagemenu.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

namespace {
// The platform's keys for a standard action, or these where the platform
// has none (generic X11 has no Save As and no Quit key).
QList<QKeySequence> standardKeys(QKeySequence::StandardKey key, const QKeySequence &otherwise)
{
    const QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    return keys.isEmpty() ? QList<QKeySequence>{otherwise} : keys;
}
} // namespace

MainWindowActions::MainWindowActions(QMainWindow *window)
{
    QMenuBar *bar = window->menuBar();
    fileMenu = bar->addMenu(QString());
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    newDatabase = action("newDatabaseAction", fileMenu);
    newDatabase->setShortcuts(QKeySequence::New);
    open = action("openDatabaseAction", fileMenu);
    open->setShortcuts(QKeySequence::Open);
    recentMenu = fileMenu->addMenu(QString());
    recentMenu->setObjectName(QStringLiteral("recentMenu"));
    clearRecent = new QAction(window);
    clearRecent->setObjectName(QStringLiteral("clearRecentAction"));
    saveCopy = action("saveCopyAction", fileMenu);
    closeDatabase = action("closeDatabaseAction", fileMenu);
    closeDatabase->setShortcuts(QKeySequence::Close);
    fileMenu->addSeparator();
    loadSample = action("loadSampleAction", fileMenu);
    import = action("importAction", fileMenu);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    // Save As is what the records are saved as: an export of those matching the filters.
    exportRecords = action("exportRecordsAction", fileMenu);
    exportRecords->setShortcuts(standardKeys(QKeySequence::SaveAs, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
    fileMenu->addSeparator();
    exportChart = action("exportChartAction", fileMenu);
    exportChart->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAllCharts = action("exportAllChartsAction", fileMenu);
    exportAllCharts->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    copyChart = action("copyChartAction", fileMenu);
    copyChart->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    printChart = action("printChartAction", fileMenu);
    printChart->setShortcuts(QKeySequence::Print);
    fileMenu->addSeparator();
    quit = action("quitAction", fileMenu);
    quit->setShortcuts(standardKeys(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    quit->setMenuRole(QAction::QuitRole);

    editMenu = bar->addMenu(QString());
    editMenu->setObjectName(QStringLiteral("editMenu"));
    undo = action("undoAction", editMenu);
    undo->setShortcuts(QKeySequence::Undo);
    redo = action("redoAction", editMenu);
    redo->setShortcuts(QKeySequence::Redo);
    editMenu->addSeparator();
    copyRows = action("copyRowsAction", editMenu);
    copyRows->setShortcuts(QKeySequence::Copy);
    selectAll = action("selectAllAction", editMenu);
    selectAll->setShortcuts(QKeySequence::SelectAll);
    editMenu->addSeparator();
    add = action("addAction", editMenu);
    add->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), QKeySequence(Qt::Key_Insert)});
    duplicate = action("duplicateAction", editMenu);
    duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    editRecord = action("editRecordAction", editMenu);
    editRecord->setShortcut(QKeySequence(Qt::Key_F2));
    deleteRecords = action("deleteAction", editMenu);
    deleteRecords->setShortcuts(QKeySequence::Delete);
    editMenu->addSeparator();
    assignStatus = action("assignStatusAction", editMenu);
    assignStatus->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    find = action("findAction", editMenu);
    find->setShortcuts(QKeySequence::Find);
    clearFilters = action("clearFiltersAction", editMenu);

    viewMenu = bar->addMenu(QString());
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    showTable = action("showTableAction", viewMenu);
    showTable->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    showCharts = action("showChartsAction", viewMenu);
    showCharts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));

    toolsMenu = bar->addMenu(QString());
    toolsMenu->setObjectName(QStringLiteral("toolsMenu"));
    rebuildSearchIndex = action("rebuildSearchIndexAction", toolsMenu);

    // Retranslates itself; switching language retranslates everything else.
    languageMenu = new LanguageMenu(window);
    languageMenu->setObjectName(QStringLiteral("languageMenu"));
    bar->addMenu(languageMenu);

    helpMenu = bar->addMenu(QString());
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    about = action("aboutAction", helpMenu);
    about->setMenuRole(QAction::AboutRole);

    toolBar = window->addToolBar(QString());
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->addActions({undo, redo});
    toolBar->addSeparator();
    toolBar->addActions({add, duplicate, deleteRecords});
    retranslate();
}

QAction *MainWindowActions::action(const char *objectName, QMenu *menu)
{
    auto *created = new QAction(menu->parent());
    created->setObjectName(QString::fromLatin1(objectName));
    menu->addAction(created);
    return created;
}

void MainWindowActions::retranslate()
{
    fileMenu->setTitle(tr("&File"));
    newDatabase->setText(tr("&New database..."));
    open->setText(tr("&Open database..."));
    recentMenu->setTitle(tr("Open Recen&t"));
    clearRecent->setText(tr("&Clear recent"));
    saveCopy->setText(tr("Save a &copy..."));
    closeDatabase->setText(tr("C&lose database"));
    loadSample->setText(tr("Load the illustrative &sample"));
    import->setText(tr("&Import..."));
    exportRecords->setText(tr("Export &recommendations..."));
    exportChart->setText(tr("&Export chart..."));
    exportAllCharts->setText(tr("Export &all charts..."));
    copyChart->setText(tr("Cop&y chart"));
    printChart->setText(tr("&Print chart..."));
    quit->setText(tr("&Quit"));

    editMenu->setTitle(tr("&Edit"));
    showUndoTexts();
    copyRows->setText(tr("Cop&y"));
    copyRows->setStatusTip(tr("Copies the selected rows as a table, with a header row"));
    selectAll->setText(tr("Select a&ll"));
    add->setText(tr("&Add recommendation..."));
    duplicate->setText(tr("Dupl&icate"));
    editRecord->setText(tr("&Edit recommendation"));
    editRecord->setStatusTip(tr("Moves to the detail editor of the selected recommendation"));
    deleteRecords->setText(tr("&Delete..."));
    assignStatus->setText(tr("Assign &status..."));
    find->setText(tr("&Find"));
    clearFilters->setText(tr("&Clear filters"));

    viewMenu->setTitle(tr("&View"));
    showTable->setText(tr("&Recommendations"));
    showCharts->setText(tr("&Charts"));
    toolsMenu->setTitle(tr("&Tools"));
    rebuildSearchIndex->setText(tr("&Rebuild search index"));
    helpMenu->setTitle(tr("&Help"));
    about->setText(tr("&About Recommendation Tracker"));

    toolBar->setWindowTitle(tr("Main"));
    toolBar->setAccessibleName(tr("Main"));
}

void MainWindowActions::setUndoTexts(const QString &undoText, const QString &redoText)
{
    m_undoText = undoText;
    m_redoText = redoText;
    showUndoTexts();
}

void MainWindowActions::showUndoTexts()
{
    // As QUndoStack's own actions name them: "Undo Assign status".
    auto named = [](const QString &prefix, const QString &step) {
        return step.isEmpty() ? prefix : prefix + QLatin1Char(' ') + step;
    };
    undo->setText(named(tr("&Undo"), m_undoText));
    redo->setText(named(tr("&Redo"), m_redoText));
}

QList<QAction *> MainWindowActions::databaseActions() const
{
    return {saveCopy,    closeDatabase,   loadSample, import,       exportRecords, exportChart,
            exportAllCharts, copyChart,   printChart, copyRows,     selectAll,     add,
            duplicate,   editRecord,      deleteRecords, assignStatus, find,       clearFilters,
            showTable,   showCharts,      rebuildSearchIndex};
}
