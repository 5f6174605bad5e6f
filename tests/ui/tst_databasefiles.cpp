// The main window's database files, driven as a user would: File > New
// database, Open, Open Recent (its order, its limit, a file gone since),
// Save a copy, Close database (and every menu action in the closed state),
// the last filter remembered per database, and files dropped on the window.
// Real SQLite files in temporary folders; real QDropEvents.
#include "applicationlanguage.h"
#include "databasesession.h"
#include "filterbar.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "modalcloser.h"
#include "recentdatabases.h"
#include "recommendationfactory.h"
#include "recommendationtablemodel.h"
#include "temporarydatabase.h"

#include <QAction>
#include <QDir>
#include <QDropEvent>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

class DatabaseFilesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void newDatabaseCreatesAnEmptyCurrentSchemaFile();
    void newDatabaseRefusesAFileThatIsNotADatabase();
    void recentDatabasesMostRecentFirstAtMostTen();
    void recentDatabaseGoneSinceIsRemovedWithAMessage();
    void clearRecentEmptiesTheList();
    void saveCopyWritesAConsistentCopy();
    void saveCopyRefusesTheLiveDatabase();
    void closeShowsTheEmptyPageAndDisablesRecordActions();
    void everyMenuActionIsSafeWithNoDatabase();
    void filterIsRememberedPerDatabase();
    void rememberedFilterForgetsValuesNoLongerThere();
    void droppedDataFileOpensTheImportDialog();
    void droppedFolderOrOtherFileIsRefusedWithAMessage();
};

namespace {

std::unique_ptr<DatabaseSession> sessionOn(const QString &path)
{
    return std::make_unique<DatabaseSession>(
        Database::open(path, Database::Access::ReadWrite, Database::Creation::CreateIfMissing, nullptr));
}

void addRecords(MainWindow &window, const QList<Recommendation> &records)
{
    QList<RecommendationRecord> list;
    for (const Recommendation &record : records)
        list << RecommendationRecord{record, {}};
    QVERIFY(window.session().edits().addRecords(list, QStringLiteral("fixture")));
}

QList<QAction *> menuActions(QMenu *menu)
{
    QList<QAction *> actions;
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (action->menu())
            actions << menuActions(action->menu());
        else
            actions << action;
    }
    return actions;
}

QList<QAction *> allMenuActions(MainWindow &window)
{
    QList<QAction *> actions;
    for (QAction *top : window.menuBar()->actions())
        actions << menuActions(top->menu());
    return actions;
}

QAction *action(MainWindow &window, const char *name)
{
    return window.findChild<QAction *>(QString::fromLatin1(name));
}

QString canonical(const QString &path)
{
    return QFileInfo(path).canonicalFilePath();
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

QString integrityOf(const QString &path)
{
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next())
                result = query.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("integrity"));
    return result;
}

void drop(MainWindow &window, const QList<QUrl> &urls)
{
    QMimeData data;
    data.setUrls(urls);
    const QPoint centre = window.rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QDropEvent dropped(QPointF(centre), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &dropped);
}

} // namespace

void DatabaseFilesTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // keep QSettings away from the user's
}

void DatabaseFilesTest::init()
{
    QSettings().clear(); // each test starts with no recent databases and no remembered filters
}

void DatabaseFilesTest::newDatabaseCreatesAnEmptyCurrentSchemaFile()
{
    TemporaryDatabase first;
    MainWindow window(sessionOn(first.path()));
    addRecords(window, {RecommendationFactory::upr(1)});
    const QString path = QDir(first.folder()).filePath(QStringLiteral("new.sqlite"));
    QVERIFY(window.createDatabase(path));
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(canonical(window.session().database().path()), canonical(path));
    QCOMPARE(window.session().database().schemaVersion(), first.database().schemaVersion());
    QCOMPARE(window.tableModel()->rowCount(), 0);
    QCOMPARE(RecentDatabases::paths().value(0), canonical(path));
    QVERIFY(window.windowTitle().startsWith(QLatin1String("new.sqlite")));
    QVERIFY(action(window, "addAction")->isEnabled());
}

void DatabaseFilesTest::newDatabaseRefusesAFileThatIsNotADatabase()
{
    TemporaryDatabase first;
    MainWindow window(sessionOn(first.path()));
    QSignalSpy messages(&window, &MainWindow::messageShown);
    const QString notes = QDir(first.folder()).filePath(QStringLiteral("notes.sqlite"));
    const QByteArray text("My notes on the review, not a database.\n");
    QVERIFY(writeFile(notes, text));
    QVERIFY(!window.createDatabase(notes));
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().at(0).toString(), QStringLiteral("Could not create the database"));
    QVERIFY2(messages.first().at(1).toString().contains(QLatin1String("not a Recommendation Tracker database")),
             qPrintable(messages.first().at(1).toString()));
    QCOMPARE(contentsOf(notes), text); // untouched
    QCOMPARE(canonical(window.session().database().path()), canonical(first.path())); // still the first
}

void DatabaseFilesTest::recentDatabasesMostRecentFirstAtMostTen()
{
    QTemporaryDir folder;
    QStringList paths;
    for (int i = 0; i < 12; ++i)
        paths << folder.filePath(QStringLiteral("db%1.sqlite").arg(i));
    MainWindow window(sessionOn(paths.at(0)));
    for (int i = 1; i < 12; ++i)
        QVERIFY(window.createDatabase(paths.at(i)));
    QVERIFY(window.openDatabaseFile(paths.at(5))); // moves up, not listed twice

    QStringList expected{canonical(paths.at(5))};
    for (int i = 11; expected.size() < RecentDatabases::maximum; --i) {
        if (i != 5)
            expected << canonical(paths.at(i));
    }
    QCOMPARE(RecentDatabases::paths(), expected);

    auto *menu = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
    QStringList listed;
    for (QAction *entry : menu->actions()) {
        if (entry->data().isValid())
            listed << entry->data().toString();
    }
    QCOMPARE(listed, expected);
    QCOMPARE(menu->actions().first()->text(), QStringLiteral("&1 db5.sqlite"));

    // Choosing one opens it and puts it first.
    const QString third = expected.at(2);
    QAction *chosen = nullptr;
    for (QAction *entry : menu->actions()) {
        if (entry->data().toString() == third)
            chosen = entry;
    }
    QVERIFY(chosen);
    chosen->trigger();
    QCOMPARE(canonical(window.session().database().path()), third);
    QCOMPARE(RecentDatabases::paths().value(0), third);
}

void DatabaseFilesTest::recentDatabaseGoneSinceIsRemovedWithAMessage()
{
    QTemporaryDir folder;
    const QString kept = folder.filePath(QStringLiteral("kept.sqlite"));
    const QString gone = folder.filePath(QStringLiteral("gone.sqlite"));
    MainWindow window(sessionOn(gone));
    QVERIFY(window.createDatabase(kept));
    const QString goneListed = RecentDatabases::paths().value(1);
    QCOMPARE(goneListed, canonical(gone));
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(gone + QLatin1String(suffix));

    QSignalSpy messages(&window, &MainWindow::messageShown);
    auto *menu = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
    QAction *entry = nullptr;
    for (QAction *candidate : menu->actions()) {
        if (candidate->data().toString() == goneListed)
            entry = candidate;
    }
    QVERIFY(entry);
    entry->trigger();
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().at(1).toString().contains(QLatin1String("no longer exists")),
             qPrintable(messages.first().at(1).toString()));
    QCOMPARE(RecentDatabases::paths(), QStringList{canonical(kept)});
    for (QAction *candidate : menu->actions())
        QVERIFY(candidate->data().toString() != goneListed);
    QCOMPARE(canonical(window.session().database().path()), canonical(kept)); // still open
}

void DatabaseFilesTest::clearRecentEmptiesTheList()
{
    QTemporaryDir folder;
    MainWindow window(sessionOn(folder.filePath(QStringLiteral("a.sqlite"))));
    QVERIFY(window.createDatabase(folder.filePath(QStringLiteral("b.sqlite"))));
    QAction *clear = action(window, "clearRecentAction");
    QVERIFY(clear && clear->isEnabled());
    clear->trigger();
    QVERIFY(RecentDatabases::paths().isEmpty());
    QVERIFY(!clear->isEnabled());
    for (QAction *entry : window.findChild<QMenu *>(QStringLiteral("recentMenu"))->actions())
        QVERIFY(!entry->data().isValid());
}

void DatabaseFilesTest::saveCopyWritesAConsistentCopy()
{
    TemporaryDatabase file;
    MainWindow window(sessionOn(file.path()));
    QList<Recommendation> records;
    for (int i = 1; i <= 40; ++i)
        records << RecommendationFactory::upr(i);
    addRecords(window, records);
    const QString target = QDir(file.folder()).filePath(QStringLiteral("copy.sqlite"));
    QVERIFY(window.saveCopyTo(target));
    QCOMPARE(integrityOf(target), QStringLiteral("ok"));
    {
        auto copy = Database::open(target, Database::Access::ReadOnly, Database::Creation::MustExist, nullptr);
        QVERIFY(copy);
        QCOMPARE(RecommendationRepository(*copy).totalCount(), std::optional<int>(40));
    }
    QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("Saved a copy")));
    // The live database stays open and in use.
    addRecords(window, {RecommendationFactory::upr(41)});
    QCOMPARE(window.tableModel()->rowCount(), 41);
}

void DatabaseFilesTest::saveCopyRefusesTheLiveDatabase()
{
    TemporaryDatabase file;
    MainWindow window(sessionOn(file.path()));
    addRecords(window, {RecommendationFactory::upr(1)});
    QSignalSpy messages(&window, &MainWindow::messageShown);
    QVERIFY(!window.saveCopyTo(file.path()));
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().at(0).toString(), QStringLiteral("The copy could not be saved"));
    QVERIFY(messages.first().at(1).toString().contains(QLatin1String("open database itself")));
    QCOMPARE(window.tableModel()->rowCount(), 1);
}

void DatabaseFilesTest::closeShowsTheEmptyPageAndDisablesRecordActions()
{
    TemporaryDatabase file;
    MainWindow window(sessionOn(file.path()));
    addRecords(window, {RecommendationFactory::upr(1), RecommendationFactory::upr(2)});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.selectIds({window.tableModel()->idAt(0)});
    QVERIFY(action(window, "deleteAction")->isEnabled());

    action(window, "closeDatabaseAction")->trigger();
    QVERIFY(!window.hasDatabase());
    QVERIFY(!window.tableModel());
    QVERIFY(!window.dashboard());
    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("noDatabasePage"));
    QCOMPARE(window.windowTitle(), QStringLiteral("Recommendation Tracker"));
    for (const char *name : {"saveCopyAction", "closeDatabaseAction", "loadSampleAction", "importAction",
                             "exportRecordsAction", "exportChartAction", "exportAllChartsAction", "copyChartAction",
                             "printChartAction", "undoAction", "redoAction", "copyRowsAction", "selectAllAction",
                             "addAction", "duplicateAction", "editRecordAction", "deleteAction", "assignStatusAction",
                             "findAction", "clearFiltersAction", "showTableAction", "showChartsAction",
                             "rebuildSearchIndexAction"})
        QVERIFY2(!action(window, name)->isEnabled(), name);
    for (const char *name : {"newDatabaseAction", "openDatabaseAction", "quitAction", "aboutAction"})
        QVERIFY2(action(window, name)->isEnabled(), name);
    // The page's buttons lead on.
    for (const char *name : {"newDatabaseButton", "openDatabaseButton", "openRecentButton"}) {
        auto *button = window.findChild<QWidget *>(QString::fromLatin1(name));
        QVERIFY2(button && button->isVisible() && button->isEnabled(), name);
    }

    // And the database opens again from there.
    QVERIFY(window.openDatabaseFile(file.path()));
    QVERIFY(pages->currentWidget()->objectName() != QLatin1String("noDatabasePage"));
    QCOMPARE(window.tableModel()->rowCount(), 2);
    QVERIFY(action(window, "addAction")->isEnabled());
}

void DatabaseFilesTest::everyMenuActionIsSafeWithNoDatabase()
{
    QTemporaryDir folder;
    MainWindow window(nullptr);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.hasDatabase());
    ModalCloser closer;
    const QList<QAction *> actions = allMenuActions(window);
    QVERIFY(actions.size() >= 25);
    for (QAction *entry : actions) {
        if (entry->objectName() == QLatin1String("quitAction"))
            continue;
        // As the menu would, and then forced: every action checks for itself.
        entry->trigger();
        const bool enabled = entry->isEnabled();
        entry->setEnabled(true);
        entry->trigger();
        entry->setEnabled(enabled);
        QCoreApplication::processEvents();
        QVERIFY2(!window.hasDatabase(), qPrintable(entry->objectName()));
    }
    // The Language menu's entries were among them: back to the system's (English here).
    ApplicationLanguage::of(*QCoreApplication::instance()).followSystem();
    // The dialogs that make sense without a database did open.
    const QString seen = closer.seen().join(QLatin1Char('\n'));
    QVERIFY2(seen.contains(QLatin1String("QFileDialog: New database")), qPrintable(seen));
    QVERIFY2(seen.contains(QLatin1String("QFileDialog: Open database")), qPrintable(seen));
    QVERIFY2(seen.contains(QLatin1String("AboutDialog")), qPrintable(seen));
    QVERIFY(window.isVisible());
    action(window, "quitAction")->trigger();
    QVERIFY(!window.isVisible());
}

void DatabaseFilesTest::filterIsRememberedPerDatabase()
{
    QTemporaryDir folder;
    const QString first = folder.filePath(QStringLiteral("first.sqlite"));
    const QString second = folder.filePath(QStringLiteral("second.sqlite"));
    MainWindow window(sessionOn(first));
    addRecords(window, {RecommendationFactory::upr(1), RecommendationFactory::iccpr(2), RecommendationFactory::iccpr(3)});
    auto *filterBar = window.findChild<FilterBar *>(QStringLiteral("filterBar"));
    RecommendationFilter filter;
    filter.mechanisms = {QStringLiteral("iccpr")};
    filter.theme = QStringLiteral("Torture and other CID treatment");
    filter.yearFrom = 2011;
    filter.searchText = QStringLiteral("allegation");
    filterBar->setFilter(filter);
    QCOMPARE(window.tableModel()->rowCount(), 2);

    QVERIFY(window.createDatabase(second));
    QVERIFY(filterBar->filter().isEmpty()); // another database, its own (no) filter
    addRecords(window, {RecommendationFactory::upr(7)});
    RecommendationFilter upr;
    upr.mechanisms = {QStringLiteral("upr")};
    filterBar->setFilter(upr);

    QVERIFY(window.openDatabaseFile(first));
    QCOMPARE(filterBar->filter(), filter);
    QCOMPARE(window.tableModel()->rowCount(), 2);
    QVERIFY(window.openDatabaseFile(second));
    QCOMPARE(filterBar->filter(), upr);

    // Also across windows (the next start of the application).
    window.close();
    MainWindow later(sessionOn(first));
    QCOMPARE(later.findChild<FilterBar *>(QStringLiteral("filterBar"))->filter(), filter);
    QCOMPARE(later.tableModel()->rowCount(), 2);
}

void DatabaseFilesTest::rememberedFilterForgetsValuesNoLongerThere()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("db.sqlite"));
    QList<qint64> torture;
    {
        MainWindow window(sessionOn(path));
        addRecords(window, {RecommendationFactory::upr(1), RecommendationFactory::iccpr(2)});
        RecommendationFilter filter;
        filter.stateUnderReview = QStringLiteral("Kazakhstan");
        filter.theme = QStringLiteral("Torture and other CID treatment");
        window.findChild<FilterBar *>(QStringLiteral("filterBar"))->setFilter(filter);
        QCOMPARE(window.tableModel()->rowCount(), 1);
        torture << window.tableModel()->idAt(0);
        QVERIFY(window.closeDatabase());
    }
    {
        // The record with that theme is deleted meanwhile (by another program, say).
        auto database = Database::open(path, Database::Access::ReadWrite, Database::Creation::MustExist, nullptr);
        QVERIFY(RecommendationRepository(*database).remove(torture.first()));
    }
    MainWindow window(sessionOn(path));
    const RecommendationFilter restored = window.findChild<FilterBar *>(QStringLiteral("filterBar"))->filter();
    QVERIFY(restored.theme.isEmpty()); // gone: all themes
    QCOMPARE(restored.stateUnderReview, QStringLiteral("Kazakhstan")); // still there: kept
    QCOMPARE(window.tableModel()->rowCount(), 1);
}

void DatabaseFilesTest::droppedDataFileOpensTheImportDialog()
{
    TemporaryDatabase file;
    MainWindow window(sessionOn(file.path()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString csv = QDir(file.folder()).filePath(QStringLiteral("upr.csv"));
    QVERIFY(writeFile(csv, "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session\n"
                           "Kazakhstan,Asia,,Ratify the Optional Protocol,Norway,WEOG,,Supported,4,Torture,7\n"));
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(csv)});
    QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropped(QPointF(100, 100), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &dropped);
    QVERIFY(dropped.isAccepted());
    ImportDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ImportDialog *>()) != nullptr);
    QCOMPARE(dialog->paths(), QStringList{QFileInfo(csv).absoluteFilePath()});
    dialog->reject();
}

void DatabaseFilesTest::droppedFolderOrOtherFileIsRefusedWithAMessage()
{
    TemporaryDatabase file;
    MainWindow window(sessionOn(file.path()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString pdf = QDir(file.folder()).filePath(QStringLiteral("report.pdf"));
    QVERIFY(writeFile(pdf, "%PDF-1.4\n"));
    const QString subfolder = QDir(file.folder()).filePath(QStringLiteral("exports"));
    QVERIFY(QDir().mkpath(subfolder));
    const QString csv = QDir(file.folder()).filePath(QStringLiteral("fine.csv"));
    QVERIFY(writeFile(csv, "Text\nSomething\n"));

    struct Case {
        QList<QUrl> urls;
        QString says;
    };
    const QList<Case> cases{
        {{QUrl::fromLocalFile(subfolder)}, QStringLiteral("is a folder")},
        {{QUrl::fromLocalFile(pdf)}, QStringLiteral("report.pdf cannot be imported")},
        {{QUrl::fromLocalFile(csv), QUrl::fromLocalFile(pdf)}, QStringLiteral("report.pdf cannot be imported")},
        {{QUrl(QStringLiteral("https://example.org/recommendations.csv"))}, QStringLiteral("not a file on this computer")},
    };
    for (const Case &refused : cases) {
        QMimeData data;
        data.setUrls(refused.urls);
        QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(!enter.isAccepted());
        QVERIFY2(window.statusBar()->currentMessage().contains(refused.says),
                 qPrintable(window.statusBar()->currentMessage()));
        // Refused on entering, the drag has no target: the drop goes nowhere.
        QDropEvent dropped(QPointF(100, 100), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &dropped);
        QVERIFY(!dropped.isAccepted());
        QCoreApplication::processEvents();
        QVERIFY(!window.findChild<ImportDialog *>());
    }

    // With no database open, even a data file is refused, with a message.
    QVERIFY(window.closeDatabase());
    drop(window, {QUrl::fromLocalFile(csv)});
    QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("Open a database first")));
    QVERIFY(!window.findChild<ImportDialog *>());
}

QTEST_MAIN(DatabaseFilesTest)
#include "tst_databasefiles.moc"
