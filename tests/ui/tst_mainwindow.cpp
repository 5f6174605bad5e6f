// Drives the real main window with QTest: select a row, assign a status,
// undo and redo it, edit a record in the detail editor, filter by typing;
// the standard keys (each pressed, each doing its own thing, none claimed
// twice), copying rows, the table's context menu, live retranslation, the
// order of Tab, accessible names, the icon and the About dialog.
#include "aboutdialog.h"
#include "databasesession.h"
#include "filterbar.h"
#include "mainwindow.h"
#include "modalcloser.h"
#include "recommendationfactory.h"
#include "recommendationform.h"
#include "recommendationtablemodel.h"
#include "statusassignpanel.h"
#include "temporarydatabase.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTranslator>

class MainWindowTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void assignStatusToSelectedRowAndUndo();
    void assignOneStatusToSeveralRows();
    void thousandsAddedAreSelectedWhenTheyAreTheWholeTable();
    void columnHeaderKeepsOutOfTheRowSelection();
    void countSaysHowManyAreShownOfAll();
    void stateChosenInAnotherCaseIsTheOneOffered();
    void editInDetailEditorAndUndo();
    void discardingBeforeACancelledDialogKeepsTheRecordShown();
    void typingInSearchFiltersTheTable();
    void loadsTheSampleAsOneUndoStep();
    void controlsHaveAccessibleNames();
    void mainControlsHaveAccessibleNamesAndDescriptions();
    void tabGoesFromFiltersToTableFormStatusAndHistory();
    void noTwoMenuEntriesShareAnAccessKey();
    void noTwoActionsShareAShortcut();
    void standardKeysDoWhatTheySay();
    void copiesThousandsOfRowsInTheShownColumnOrder();
    void copiedRelevanceIsWhatTheTableShows_data();
    void copiedRelevanceIsWhatTheTableShows();
    void tableContextMenuOffersTheRecordActions();
    void retranslatesLive();
    void windowIconIsTheApplicationIcon();
    void sizeSplittersAndColumnsAreRemembered();
    void aboutNamesVersionLicenceSourcesAndQt();
};

namespace {

std::unique_ptr<MainWindow> windowWith(TemporaryDatabase &file, int records)
{
    auto window = std::make_unique<MainWindow>(std::make_unique<DatabaseSession>(
        Database::open(file.path(), Database::Access::ReadWrite, Database::Creation::MustExist, nullptr)));
    QList<RecommendationRecord> list;
    for (int i = 1; i <= records; ++i)
        list << RecommendationRecord{RecommendationFactory::upr(i), {}};
    if (records > 0)
        window->session().edits().addRecords(list, QStringLiteral("fixture"));
    window->session().edits().undoStack()->clear();
    window->show();
    return window;
}

void clickRow(QTableView *table, int row, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    const QModelIndex index = table->model()->index(row, RecommendationTableModel::SymbolColumn);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers, table->visualRect(index).center());
}

void chooseStatus(StatusAssignPanel *panel, Status status)
{
    auto *combo = panel->findChild<QComboBox *>();
    combo->setCurrentIndex(combo->findData(StatusInfo::key(status)));
}

QPushButton *assignButton(StatusAssignPanel *panel)
{
    for (QPushButton *button : panel->findChildren<QPushButton *>()) {
        if (button->accessibleName() == QLatin1String("Assign status"))
            return button;
    }
    return nullptr;
}

// Every translation marked, so that a text that escaped retranslation shows.
class MarkingTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *sourceText, const char * = nullptr, int = -1) const override
    {
        return QStringLiteral("⟦") + QString::fromUtf8(sourceText) + QStringLiteral("⟧");
    }
};

QStringList warnings;
QtMessageHandler previousHandler = nullptr;
void collectWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg)
        warnings << message;
    if (previousHandler)
        previousHandler(type, context, message);
}

QList<QAction *> menuActions(QMenu *menu)
{
    QList<QAction *> actions;
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        actions << action;
        if (action->menu())
            actions << menuActions(action->menu());
    }
    return actions;
}

QWidget *focusedWidget()
{
    return QApplication::focusWidget();
}

} // namespace

void MainWindowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // keep QSettings away from the user's
}

void MainWindowTest::init()
{
    QSettings().clear(); // no test sees the window state another left
}

void MainWindowTest::thousandsAddedAreSelectedWhenTheyAreTheWholeTable()
{
    // What an import added is selected; thousands of records are selected
    // without finding each one's row: all of them when they are the whole
    // table, none when other rows are in between.
    TemporaryDatabase file;
    QVERIFY(file.isValid());
    auto window = windowWith(file, 0);
    const int many = RecommendationTableModel::addedRecordsPlaced + 5;
    QList<RecommendationRecord> records;
    for (int i = 1; i <= many; ++i)
        records << RecommendationRecord{RecommendationFactory::upr(i), {}};
    const QList<qint64> ids = window->session().edits().addRecords(records, QStringLiteral("import")).value_or(QList<qint64>());
    QCOMPARE(ids.size(), many);
    window->selectIds(ids);
    QCOMPARE(window->selectedIds().size(), many);
    const QList<qint64> more = window->session().edits().addRecords(records, QStringLiteral("again")).value_or(QList<qint64>());
    QCOMPARE(more.size(), many);
    window->selectIds(more);
    QVERIFY(window->selectedIds().isEmpty());
    // A few are found and selected one by one, as before.
    window->selectIds(more.mid(0, 3));
    QCOMPARE(window->selectedIds().size(), 3);
}

void MainWindowTest::columnHeaderKeepsOutOfTheRowSelection()
{
    // The header does not follow the rows' selection (finding out whether a
    // whole column is selected asks every row), yet a click on it still sorts.
    TemporaryDatabase file;
    auto window = windowWith(file, 5);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto *table = window->findChild<QTableView *>(QStringLiteral("recommendationTable"));
    QHeaderView *header = table->horizontalHeader();
    table->selectAll();
    QCOMPARE(window->selectedIds().size(), 5);
    QVERIFY(header->selectionModel() != table->selectionModel());
    QVERIFY(!header->selectionModel()->hasSelection());
    const int column = RecommendationTableModel::ParagraphColumn;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(column) + 4, header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), column);
    QVERIFY(!header->selectionModel()->hasSelection());
}

void MainWindowTest::countSaysHowManyAreShownOfAll()
{
    TemporaryDatabase file;
    auto window = windowWith(file, 3);
    auto *count = window->findChild<QLabel *>(QStringLiteral("countLabel"));
    // As MainWindow words it, in whatever language the test runs.
    const auto all = [](int n) { return QCoreApplication::translate("MainWindow", "%n recommendation(s)", nullptr, n); };
    const auto some = [](int shown, int n) {
        return QCoreApplication::translate("MainWindow", "%1 of %n recommendation(s) shown", nullptr, n).arg(shown);
    };
    QCOMPARE(count->text(), all(3));
    RecommendationFilter filter;
    filter.searchText = RecommendationFactory::upr(2).paragraph;
    auto *filterBar = window->findChild<FilterBar *>(QStringLiteral("filterBar"));
    filterBar->setFilter(filter);
    QTRY_COMPARE(window->tableModel()->rowCount(), 1);
    QTRY_COMPARE(count->text(), some(1, 3));
    // Edits count again, with the filter and without it.
    QVERIFY(window->session().edits().addRecommendation({RecommendationFactory::upr(7), {}}));
    QCOMPARE(count->text(), some(1, 4));
    filterBar->setFilter(RecommendationFilter());
    QTRY_COMPARE(count->text(), all(4));
    QVERIFY(window->session().edits().addRecommendation({RecommendationFactory::upr(8), {}}));
    QCOMPARE(count->text(), all(5));
}

void MainWindowTest::stateChosenInAnotherCaseIsTheOneOffered()
{
    // The filter's states are listed once whatever their case, as the
    // earliest record spells them; a state chosen (or restored) in another
    // spelling is that choice, never a second one beside it.
    TemporaryDatabase file;
    auto window = windowWith(file, 0);
    QList<RecommendationRecord> records;
    // SQLite's NOCASE folds only A-Z: the Cyrillic spellings are two states.
    for (const QString &state : {QStringLiteral("Kazakhstan"), QStringLiteral("kazakhstan"), QStringLiteral("Armenia"),
                                 QStringLiteral("Қазақстан"), QStringLiteral("ҚАЗАҚСТАН")}) {
        Recommendation recommendation = RecommendationFactory::upr(int(records.size()) + 1);
        recommendation.stateUnderReview = state;
        records << RecommendationRecord{recommendation, {}};
    }
    const QList<qint64> ids =
        window->session().edits().addRecords(records, QStringLiteral("fixture")).value_or(QList<qint64>());
    QCOMPARE(ids.size(), 5);
    auto *filterBar = window->findChild<FilterBar *>(QStringLiteral("filterBar"));
    QComboBox *states = nullptr;
    for (QComboBox *combo : filterBar->findChildren<QComboBox *>()) {
        if (combo->accessibleName() == QLatin1String("State under review filter"))
            states = combo;
    }
    QVERIFY(states);
    auto offered = [states] {
        QStringList texts;
        for (int i = 1; i < states->count(); ++i)
            texts << states->itemText(i);
        return texts;
    };
    // In NOCASE's order, which for these letters is their code points'.
    const QStringList cyrillic{QStringLiteral("ҚАЗАҚСТАН"), QStringLiteral("Қазақстан")};
    QCOMPARE(offered(), QStringList({QStringLiteral("Armenia"), QStringLiteral("Kazakhstan")}) + cyrillic);
    RecommendationFilter filter;
    filter.stateUnderReview = QStringLiteral("KAZAKHSTAN");
    filterBar->setFilter(filter);
    QCOMPARE(offered(), QStringList({QStringLiteral("Armenia"), QStringLiteral("Kazakhstan")}) + cyrillic);
    QCOMPARE(states->currentText(), QStringLiteral("Kazakhstan"));
    QTRY_COMPARE(window->tableModel()->rowCount(), 2);
    // The record that gave the spelling goes: the other one is offered, still chosen.
    QVERIFY(window->session().edits().deleteRecommendations({ids.at(0)}));
    QCOMPARE(offered(), QStringList({QStringLiteral("Armenia"), QStringLiteral("kazakhstan")}) + cyrillic);
    QCOMPARE(states->currentText(), QStringLiteral("kazakhstan"));
    QTRY_COMPARE(window->tableModel()->rowCount(), 1);
    // A Cyrillic spelling chosen stays the one chosen after an edit.
    filter.stateUnderReview = cyrillic.at(1);
    filterBar->setFilter(filter);
    QTRY_COMPARE(window->tableModel()->rowCount(), 1);
    QVERIFY(window->session().edits().deleteRecommendations({ids.at(2)})); // Armenia
    QCOMPARE(offered(), QStringList{QStringLiteral("kazakhstan")} + cyrillic);
    QCOMPARE(states->currentText(), cyrillic.at(1));
    QCOMPARE(filterBar->filter().stateUnderReview, cyrillic.at(1));
}

void MainWindowTest::assignStatusToSelectedRowAndUndo()
{
    TemporaryDatabase file;
    QVERIFY(file.isValid());
    auto window = windowWith(file, 5);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto *table = window->findChild<QTableView *>(QStringLiteral("recommendationTable"));
    auto *panel = window->findChild<StatusAssignPanel *>(QStringLiteral("statusPanel"));
    QVERIFY(table && panel);
    QCOMPARE(table->model()->rowCount(), 5);

    clickRow(table, 2);
    const QList<qint64> selected = window->selectedIds();
    QCOMPARE(selected.size(), 1);
    const qint64 id = selected.first();

    chooseStatus(panel, Status::Implemented);
    panel->findChild<QDateEdit *>()->setDate(QDate(2022, 3, 24));
    QLineEdit *note = nullptr;
    for (QLineEdit *edit : panel->findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == QLatin1String("Note"))
            note = edit;
    }
    QVERIFY(note);
    QTest::keyClicks(note, QStringLiteral("Law adopted"));
    QPushButton *assign = assignButton(panel);
    QVERIFY(assign && assign->isEnabled());
    QTest::mouseClick(assign, Qt::LeftButton);

    RecommendationRepository &repository = window->session().repository();
    QCOMPARE(repository.currentStatus(id), std::optional<Status>(Status::Implemented));
    const QList<StatusChange> history = repository.history(id);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().note, QStringLiteral("Law adopted"));
    QCOMPARE(history.first().effectiveDate, QDate(2022, 3, 24));
    const int row = window->tableModel()->rowOf(id);
    QCOMPARE(table->model()->index(row, RecommendationTableModel::StatusColumn).data().toString(),
             StatusInfo::label(Status::Implemented));
    auto *historyTable = window->findChild<QTableView *>(QStringLiteral("historyTable"));
    QCOMPARE(historyTable->model()->rowCount(), 1);

    auto *undo = window->findChild<QAction *>(QStringLiteral("undoAction"));
    QVERIFY(undo && undo->isEnabled());
    undo->trigger();
    QCOMPARE(repository.currentStatus(id), std::optional<Status>(Status::Pending));
    QCOMPARE(repository.history(id).size(), 0);
    QCOMPARE(historyTable->model()->rowCount(), 0);
    QCOMPARE(window->selectedIds(), QList<qint64>{id}); // the selection stays on the record

    auto *redo = window->findChild<QAction *>(QStringLiteral("redoAction"));
    redo->trigger();
    QCOMPARE(repository.currentStatus(id), std::optional<Status>(Status::Implemented));
}

void MainWindowTest::assignOneStatusToSeveralRows()
{
    TemporaryDatabase file;
    auto window = windowWith(file, 6);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto *table = window->findChild<QTableView *>(QStringLiteral("recommendationTable"));
    auto *panel = window->findChild<StatusAssignPanel *>(QStringLiteral("statusPanel"));
    clickRow(table, 1);
    clickRow(table, 3, Qt::ShiftModifier);
    QCOMPARE(window->selectedIds().size(), 3);
    chooseStatus(panel, Status::Accepted);
    QTest::mouseClick(assignButton(panel), Qt::LeftButton);
    QCOMPARE(window->session().edits().undoStack()->count(), 1);
    for (qint64 id : window->selectedIds())
        QCOMPARE(window->session().repository().currentStatus(id), std::optional<Status>(Status::Accepted));
    RecommendationFilter accepted;
    accepted.statuses = {Status::Accepted};
    QCOMPARE(window->session().repository().count(accepted), std::optional<int>(3));
    window->session().edits().undoStack()->undo();
    QCOMPARE(window->session().repository().count(accepted), std::optional<int>(0));
}

void MainWindowTest::editInDetailEditorAndUndo()
{
    TemporaryDatabase file;
    auto window = windowWith(file, 3);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto *table = window->findChild<QTableView *>(QStringLiteral("recommendationTable"));
    clickRow(table, 0);
    const qint64 id = window->selectedIds().value(0);
    auto *form = window->findChild<RecommendationForm *>(QStringLiteral("recommendationForm"));
    QVERIFY(form->isEnabled());
    QPlainTextEdit *text = nullptr;
    for (QPlainTextEdit *edit : form->findChildren<QPlainTextEdit *>()) {
        if (edit->accessibleName() == QLatin1String("Text"))
            text = edit;
    }
    QVERIFY(text);
    text->selectAll();
    QTest::keyClicks(text, QStringLiteral("Abolish the death penalty."));
    QVERIFY(form->isDirty());
    QPushButton *apply = nullptr;
    for (QPushButton *button : form->findChildren<QPushButton *>()) {
        if (button->text().contains(QLatin1String("Apply")))
            apply = button;
    }
    QVERIFY(apply && apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(!form->isDirty());
    QCOMPARE(window->session().repository().find(id)->text, QStringLiteral("Abolish the death penalty."));

    // An edit that empties a required field is refused and changes nothing.
    text->clear();
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(form->isDirty());
    QCOMPARE(window->session().repository().find(id)->text, QStringLiteral("Abolish the death penalty."));
    QCOMPARE(window->session().edits().undoStack()->count(), 1);

    form->setRecommendation(window->session().repository().find(id));
    window->session().edits().undoStack()->undo();
    QCOMPARE(window->session().repository().find(id)->text, RecommendationFactory::upr(1).text);
    QCOMPARE(text->toPlainText(), RecommendationFactory::upr(1).text); // the form follows the undo
}

// Unsaved changes discarded before a file dialog that is then cancelled:
// the record stays in the detail editor, as stored.
void MainWindowTest::discardingBeforeACancelledDialogKeepsTheRecordShown()
{
    TemporaryDatabase file;
    auto window = windowWith(file, 2);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto *table = window->findChild<QTableView *>(QStringLiteral("recommendationTable"));
    clickRow(table, 0);
    auto *form = window->findChild<RecommendationForm *>(QStringLiteral("recommendationForm"));
    QPlainTextEdit *text = nullptr;
    for (QPlainTextEdit *edit : form->findChildren<QPlainTextEdit *>()) {
        if (edit->accessibleName() == QLatin1String("Text"))
            text = edit;
    }
    QVERIFY(text);
    const QString stored = text->toPlainText();
    QVERIFY(!stored.isEmpty());
    text->selectAll();
    QTest::keyClicks(text, QStringLiteral("Not kept."));
    QVERIFY(form->isDirty());

    // The question is answered Discard; the file dialog that follows, Cancel.
    QStringList seen;
    QTimer answer;
    QObject::connect(&answer, &QTimer::timeout, [&seen] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible())
            return;
        seen << QString::fromLatin1(modal->metaObject()->className());
        if (auto *box = qobject_cast<QMessageBox *>(modal))
            box->button(QMessageBox::Discard)->click();
        else if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
    });
    answer.start(10);
    window->findChild<QAction *>(QStringLiteral("openDatabaseAction"))->trigger();
    answer.stop();
    QCOMPARE(seen, (QStringList{QStringLiteral("QMessageBox"), QStringLiteral("QFileDialog")}));
    QVERIFY(!form->isDirty());
    QVERIFY(form->isEnabled());
    QCOMPARE(text->toPlainText(), stored);
}

void MainWindowTest::typingInSearchFiltersTheTable()
{
    TemporaryDatabase file;
    auto window = windowWith(file, 4);
    window->session().edits().addRecommendation({RecommendationFactory::iccpr(9), {}});
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto *table = window->findChild<QTableView *>(QStringLiteral("recommendationTable"));
    QCOMPARE(table->model()->rowCount(), 5);
    QLineEdit *search = nullptr;
    for (QLineEdit *edit : window->findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == QLatin1String("Search"))
            search = edit;
    }
    QVERIFY(search);
    QTest::keyClicks(search, QStringLiteral("tortur"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    search->clear();
    QTRY_COMPARE(table->model()->rowCount(), 5);
}

void MainWindowTest::loadsTheSampleAsOneUndoStep()
{
    TemporaryDatabase file;
    auto window = windowWith(file, 0);
    QVERIFY(window->loadSample());
    const int loaded = window->tableModel()->rowCount();
    QVERIFY2(loaded >= 30 && loaded <= 60, qPrintable(QString::number(loaded)));
    QCOMPARE(window->session().edits().undoStack()->count(), 1);
    window->session().edits().undoStack()->undo();
    QCOMPARE(window->tableModel()->rowCount(), 0);
}

void MainWindowTest::controlsHaveAccessibleNames()
{
    TemporaryDatabase file;
    auto window = windowWith(file, 1);
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    QStringList unnamed;
    for (QWidget *widget : widgets) {
        const bool isInput = qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
            || qobject_cast<QPlainTextEdit *>(widget) || qobject_cast<QTableView *>(widget);
        // Line edits inside spin boxes and combo boxes are named by their owner.
        if (isInput && widget->accessibleName().isEmpty()
            && !qobject_cast<QAbstractSpinBox *>(widget->parentWidget())
            && !qobject_cast<QComboBox *>(widget->parentWidget()))
            unnamed << QString::fromLatin1(widget->metaObject()->className());
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void MainWindowTest::mainControlsHaveAccessibleNamesAndDescriptions()
{
    TemporaryDatabase file;
    auto window = windowWith(file, 1);
    for (const char *name : {"recommendationTable", "historyTable", "viewTabs", "countLabel", "filterBar",
                             "recommendationForm", "statusPanel"}) {
        auto *widget = window->findChild<QWidget *>(QString::fromLatin1(name));
        QVERIFY2(widget && !widget->accessibleName().isEmpty(), name);
    }
    for (const char *name : {"recommendationTable", "historyTable", "viewTabs", "countLabel"})
        QVERIFY2(!window->findChild<QWidget *>(QString::fromLatin1(name))->accessibleDescription().isEmpty(), name);
    QVERIFY(!window->findChild<QToolBar *>(QStringLiteral("mainToolBar"))->accessibleName().isEmpty());
    // The count says it in words, not by a colour.
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("countLabel"))->text().startsWith(QLatin1String("1 recommendation")));
}

void MainWindowTest::tabGoesFromFiltersToTableFormStatusAndHistory()
{
    TemporaryDatabase file;
    auto window = windowWith(file, 3);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto *table = window->findChild<QTableView *>(QStringLiteral("recommendationTable"));
    clickRow(table, 0); // the form is enabled with a record in it
    auto *form = window->findChild<RecommendationForm *>(QStringLiteral("recommendationForm"));
    auto *filterBar = window->findChild<FilterBar *>(QStringLiteral("filterBar"));
    auto *panel = window->findChild<StatusAssignPanel *>(QStringLiteral("statusPanel"));
    auto *history = window->findChild<QTableView *>(QStringLiteral("historyTable"));

    // The stops Tab makes, as QWidget::focusNextPrevChild finds them.
    QList<QWidget *> stops;
    QWidget *widget = window.get();
    do {
        widget = widget->nextInFocusChain();
        if ((widget->focusPolicy() & Qt::TabFocus) && widget->isVisibleTo(window.get()) && widget->isEnabled()
            && !widget->focusProxy())
            stops << widget;
    } while (widget != window.get());
    auto firstUnder = [&](QWidget *root) -> qsizetype {
        for (qsizetype i = 0; i < stops.size(); ++i) {
            if (root == stops.at(i) || root->isAncestorOf(stops.at(i)))
                return i;
        }
        return -1;
    };
    auto lastUnder = [&](QWidget *root) -> qsizetype {
        for (qsizetype i = stops.size() - 1; i >= 0; --i) {
            if (root == stops.at(i) || root->isAncestorOf(stops.at(i)))
                return i;
        }
        return -1;
    };
    const qsizetype tableStop = stops.indexOf(table);
    QVERIFY(firstUnder(filterBar) >= 0 && tableStop >= 0 && firstUnder(form) >= 0 && firstUnder(panel) >= 0);
    QCOMPARE(tableStop, lastUnder(filterBar) + 1);
    QCOMPARE(firstUnder(form), tableStop + 1);
    QCOMPARE(firstUnder(panel), lastUnder(form) + 1);
    QCOMPARE(stops.indexOf(history), lastUnder(panel) + 1);
}

// Alt and a letter reach one item: the menu bar's titles, and each menu's
// entries, underline different letters.
void MainWindowTest::noTwoMenuEntriesShareAnAccessKey()
{
    TemporaryDatabase file;
    auto window = windowWith(file, 1);
    const auto accessKey = [](const QString &text) {
        const int at = text.indexOf(QRegularExpression(QStringLiteral("&[^&]")));
        return at < 0 ? QChar() : text.at(at + 1).toLower();
    };
    const auto checkDistinct = [&accessKey](const QList<QAction *> &actions, const QString &where) {
        QHash<QChar, QString> owners;
        for (QAction *action : actions) {
            const QChar key = accessKey(action->text());
            if (action->isSeparator() || key.isNull())
                continue;
            QVERIFY2(!owners.contains(key), qPrintable(QStringLiteral("%1: \"%2\" and \"%3\" both use Alt+%4")
                                                           .arg(where, owners.value(key), action->text(), key)));
            owners.insert(key, action->text());
        }
    };
    checkDistinct(window->menuBar()->actions(), QStringLiteral("menu bar"));
    for (QAction *title : window->menuBar()->actions()) {
        if (title->menu())
            checkDistinct(title->menu()->actions(), title->text());
    }
}

void MainWindowTest::noTwoActionsShareAShortcut()
{
    TemporaryDatabase file;
    auto window = windowWith(file, 1);
    QHash<QKeySequence, QString> owners;
    QStringList clashes;
    auto claim = [&](const QKeySequence &key, const QString &owner) {
        if (owners.contains(key) && owners.value(key) != owner)
            clashes << key.toString() + QStringLiteral(": ") + owners.value(key) + QStringLiteral(", ") + owner;
        owners.insert(key, owner);
    };
    for (QAction *action : window->findChildren<QAction *>()) {
        for (const QKeySequence &key : action->shortcuts())
            claim(key, action->objectName().isEmpty() ? action->text() : action->objectName());
    }
    for (QShortcut *shortcut : window->findChildren<QShortcut *>())
        claim(shortcut->key(), shortcut->parent()->objectName() + QStringLiteral(" shortcut"));
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    // The standard keys are the platform's.
    for (auto [name, key] : {std::pair{"newDatabaseAction", QKeySequence::New}, {"openDatabaseAction", QKeySequence::Open},
                             {"undoAction", QKeySequence::Undo},
                             {"redoAction", QKeySequence::Redo}, {"findAction", QKeySequence::Find},
                             {"deleteAction", QKeySequence::Delete}, {"selectAllAction", QKeySequence::SelectAll},
                             {"copyRowsAction", QKeySequence::Copy}, {"closeDatabaseAction", QKeySequence::Close}})
        QCOMPARE(window->findChild<QAction *>(QString::fromLatin1(name))->shortcuts(), QKeySequence::keyBindings(key));
    // Where the platform has none, the usual ones.
    for (auto [name, key, usual] : {std::tuple{"exportRecordsAction", QKeySequence::SaveAs, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)},
                                    {"quitAction", QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)}}) {
        const QList<QKeySequence> platform = QKeySequence::keyBindings(key);
        QCOMPARE(window->findChild<QAction *>(QString::fromLatin1(name))->shortcuts(),
                 platform.isEmpty() ? QList<QKeySequence>{usual} : platform);
    }
    QCOMPARE(window->findChild<QAction *>(QStringLiteral("editRecordAction"))->shortcut(), QKeySequence(Qt::Key_F2));
}

void MainWindowTest::standardKeysDoWhatTheySay()
{
    warnings.clear();
    previousHandler = qInstallMessageHandler(collectWarnings);
    TemporaryDatabase file;
    auto window = windowWith(file, 4);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    auto *table = window->findChild<QTableView *>(QStringLiteral("recommendationTable"));
    auto *form = window->findChild<RecommendationForm *>(QStringLiteral("recommendationForm"));
    RecommendationRepository &repository = window->session().repository();
    ModalCloser closer;
    // To the widget with the focus, as a key press goes; after a modal
    // dialog the window is made active again first.
    auto typeKeys = [&](const QKeySequence &keys) {
        if (!focusedWidget()) {
            window->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(window.get()));
            table->setFocus();
        }
        QTest::keySequence(focusedWidget(), keys);
    };
    auto press = [&](QKeySequence::StandardKey key) { typeKeys(QKeySequence(key)); };

    clickRow(table, 1);
    QCOMPARE(focusedWidget(), table);
    QTest::keyClick(table, Qt::Key_F2);
    QVERIFY(focusedWidget() && form->isAncestorOf(focusedWidget()));
    QCOMPARE(focusedWidget()->accessibleName(), QStringLiteral("Mechanism")); // the first field

    table->setFocus();
    press(QKeySequence::Find);
    QCOMPARE(focusedWidget()->accessibleName(), QStringLiteral("Search"));

    table->setFocus();
    press(QKeySequence::SelectAll);
    QCOMPARE(window->selectedIds().size(), 4);
    press(QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text().count(QLatin1Char('\n')), 5); // the header and four rows

    press(QKeySequence::Delete);
    QTRY_VERIFY(closer.seen().contains(QStringLiteral("QMessageBox: Delete recommendations")));
    QCOMPARE(repository.totalCount(), std::optional<int>(4)); // answered No

    const qint64 id = window->selectedIds().first();
    QVERIFY(window->session().edits().assignStatus({id}, Status::Accepted, QDate(2011, 1, 1), QString(), QString()));
    press(QKeySequence::Undo);
    QCOMPARE(repository.currentStatus(id), std::optional<Status>(Status::Pending));
    for (const QKeySequence &redo : QKeySequence::keyBindings(QKeySequence::Redo)) {
        typeKeys(redo);
        QCOMPARE(repository.currentStatus(id), std::optional<Status>(Status::Accepted));
        press(QKeySequence::Undo);
    }

    // Their keys are the platform's standard ones (noTwoActionsShareAShortcut).
    for (auto [name, dialog] : {std::pair{"newDatabaseAction", "QFileDialog: New database"},
                                {"openDatabaseAction", "QFileDialog: Open database"},
                                {"exportRecordsAction", "QFileDialog: Export recommendations"},
                                {"printChartAction", "QPrintDialog: Print chart"}}) {
        closer.clear();
        table->setFocus();
        typeKeys(window->findChild<QAction *>(QString::fromLatin1(name))->shortcut());
        QTRY_VERIFY2(closer.seen() == QStringList{QString::fromLatin1(dialog)},
                     qPrintable(QString::fromLatin1(dialog) + QStringLiteral(" / ") + closer.seen().join(QLatin1Char(','))
                                + QStringLiteral(" / focus: ")
                                + (focusedWidget() ? focusedWidget()->objectName() : QStringLiteral("none"))));
    }
    QVERIFY(window->hasDatabase());
    table->setFocus();
    press(QKeySequence::Close);
    QVERIFY(!window->hasDatabase());
    QVERIFY(window->isVisible());
    typeKeys(window->findChild<QAction *>(QStringLiteral("quitAction"))->shortcut());
    QVERIFY(!window->isVisible());

    qInstallMessageHandler(previousHandler);
    const QStringList ambiguous = warnings.filter(QStringLiteral("Ambiguous"));
    QVERIFY2(ambiguous.isEmpty(), qPrintable(ambiguous.join(QLatin1Char('\n'))));
}

void MainWindowTest::copiesThousandsOfRowsInTheShownColumnOrder()
{
    TemporaryDatabase file;
    auto window = windowWith(file, 3000);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto *table = window->findChild<QTableView *>(QStringLiteral("recommendationTable"));
    QHeaderView *header = table->horizontalHeader();
    header->moveSection(header->visualIndex(RecommendationTableModel::ParagraphColumn), 0);
    table->setColumnHidden(RecommendationTableModel::MechanismColumn, true);
    table->selectAll();
    QCOMPARE(window->selectedIds().size(), 3000);
    window->findChild<QAction *>(QStringLiteral("copyRowsAction"))->trigger();

    const QMimeData *copied = QGuiApplication::clipboard()->mimeData();
    QVERIFY(copied->hasText() && copied->hasHtml());
    const QStringList lines = copied->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3001);
    const QStringList titles = lines.first().split(QLatin1Char('\t'));
    QCOMPARE(titles.value(0), QStringLiteral("Paragraph"));
    QCOMPARE(titles.value(1), QStringLiteral("Symbol"));
    QVERIFY(!titles.contains(QStringLiteral("Mechanism")));
    QVERIFY(!titles.contains(QStringLiteral("Relevance"))); // hidden while not searching
    QAbstractItemModel *model = table->model();
    for (int row : {0, 1499, 2999}) {
        const QStringList cells = lines.at(row + 1).split(QLatin1Char('\t'));
        QCOMPARE(cells.size(), titles.size());
        QCOMPARE(cells.at(0), model->index(row, RecommendationTableModel::ParagraphColumn).data().toString());
        QCOMPARE(cells.at(1), model->index(row, RecommendationTableModel::SymbolColumn).data().toString());
    }
    QCOMPARE(copied->html().count(QLatin1String("<tr>")), 3001);
}

void MainWindowTest::copiedRelevanceIsWhatTheTableShows_data()
{
    QTest::addColumn<int>("sortColumn");
    QTest::addColumn<Qt::SortOrder>("order");
    // Ranked by relevance the rows bring their scores; otherwise the copy
    // looks them up, as the table does.
    QTest::newRow("by relevance") << int(RecommendationTableModel::RelevanceColumn) << Qt::DescendingOrder;
    QTest::newRow("by paragraph") << int(RecommendationTableModel::ParagraphColumn) << Qt::DescendingOrder;
}

void MainWindowTest::copiedRelevanceIsWhatTheTableShows()
{
    QFETCH(int, sortColumn);
    QFETCH(Qt::SortOrder, order);
    TemporaryDatabase file;
    auto window = windowWith(file, 0);
    QList<RecommendationRecord> records;
    for (int i = 1; i <= 40; ++i) {
        Recommendation recommendation = RecommendationFactory::upr(i);
        recommendation.text = QStringLiteral("Prevent torture in detention.") + QStringLiteral(" Other words.").repeated(i % 7)
            + QStringLiteral(" Investigate torture.").repeated(i % 3);
        records << RecommendationRecord{recommendation, {}};
    }
    QVERIFY(window->session().edits().addRecords(records, QStringLiteral("fixture")));
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    RecommendationFilter search;
    search.searchText = QStringLiteral("torture");
    window->findChild<FilterBar *>(QStringLiteral("filterBar"))->setFilter(search);
    auto *table = window->findChild<QTableView *>(QStringLiteral("recommendationTable"));
    QTRY_COMPARE(table->model()->rowCount(), 40);
    table->sortByColumn(sortColumn, order);
    QAbstractItemModel *model = table->model();
    const QModelIndex lastRelevance = model->index(39, RecommendationTableModel::RelevanceColumn);
    table->scrollTo(lastRelevance);
    QTRY_VERIFY(!model->data(lastRelevance).toString().isEmpty());
    table->selectAll();
    window->findChild<QAction *>(QStringLiteral("copyRowsAction"))->trigger();
    const QStringList lines = QGuiApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 41);
    const int relevanceAt = int(lines.first().split(QLatin1Char('\t')).indexOf(QStringLiteral("Relevance")));
    const int paragraphAt = int(lines.first().split(QLatin1Char('\t')).indexOf(QStringLiteral("Paragraph")));
    QVERIFY(relevanceAt >= 0 && paragraphAt >= 0);
    QSet<QString> differentScores;
    for (int row = 0; row < 40; ++row) {
        const QStringList cells = lines.at(row + 1).split(QLatin1Char('\t'));
        QCOMPARE(cells.at(paragraphAt), model->index(row, RecommendationTableModel::ParagraphColumn).data().toString());
        const QString shown = model->index(row, RecommendationTableModel::RelevanceColumn).data().toString();
        QVERIFY(!shown.isEmpty());
        QCOMPARE(cells.at(relevanceAt), shown);
        differentScores << shown;
    }
    QVERIFY(differentScores.size() > 3);
}

void MainWindowTest::tableContextMenuOffersTheRecordActions()
{
    TemporaryDatabase file;
    auto window = windowWith(file, 2);
    auto *table = window->findChild<QTableView *>(QStringLiteral("recommendationTable"));
    QCOMPARE(table->contextMenuPolicy(), Qt::ActionsContextMenu);
    QStringList offered;
    for (QAction *action : table->actions()) {
        if (!action->isSeparator())
            offered << action->objectName();
    }
    QCOMPARE(offered, (QStringList{QStringLiteral("addAction"), QStringLiteral("duplicateAction"),
                                   QStringLiteral("deleteAction"), QStringLiteral("copyRowsAction"),
                                   QStringLiteral("selectAllAction"), QStringLiteral("assignStatusAction")}));
    // And they act on the table: select all, then duplicate through the menu's action.
    table->actions().at(table->actions().indexOf(window->findChild<QAction *>(QStringLiteral("selectAllAction"))))
        ->trigger();
    QCOMPARE(window->selectedIds().size(), 2);
    window->findChild<QAction *>(QStringLiteral("duplicateAction"))->trigger();
    QCOMPARE(window->tableModel()->rowCount(), 4);
}

void MainWindowTest::retranslatesLive()
{
    TemporaryDatabase file;
    auto window = windowWith(file, 1);
    auto texts = [&] {
        QStringList all{window->windowTitle()};
        for (QAction *top : window->menuBar()->actions()) {
            all << top->menu()->title();
            for (QAction *action : menuActions(top->menu())) {
                if (!action->data().isValid()) // a recent database's entry is its file name
                    all << action->text();
            }
        }
        auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("viewTabs"));
        for (int i = 0; i < tabs->count(); ++i)
            all << tabs->tabText(i);
        all << window->findChild<QToolBar *>(QStringLiteral("mainToolBar"))->windowTitle();
        all << window->findChild<QLabel *>(QStringLiteral("countLabel"))->text();
        return all;
    };
    const QStringList english = texts();
    QVERIFY(english.contains(QStringLiteral("&File")));
    QVERIFY(english.contains(QStringLiteral("&Undo")));

    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QCoreApplication::processEvents(); // LanguageChange reaches the widgets posted
    QStringList unmarked;
    for (const QString &text : texts()) {
        if (!text.startsWith(QStringLiteral("⟦")))
            unmarked << text;
    }
    QVERIFY2(unmarked.isEmpty(), qPrintable(unmarked.join(QStringLiteral(" | "))));

    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QCoreApplication::processEvents();
    QCOMPARE(texts(), english);
}

void MainWindowTest::windowIconIsTheApplicationIcon()
{
    TemporaryDatabase file;
    auto window = windowWith(file, 0);
    QVERIFY(!window->windowIcon().isNull());
    const QImage small = window->windowIcon().pixmap(16, 16).toImage();
    QCOMPARE(small.size(), QSize(16, 16));
    // UN blue around the page, white in the middle of it.
    const QColor edge = small.pixelColor(2, 8);
    QVERIFY2(edge.blue() > 180 && edge.red() < 60, qPrintable(edge.name()));
    QVERIFY(small.pixelColor(5, 8).lightness() > 200);
}

void MainWindowTest::sizeSplittersAndColumnsAreRemembered()
{
    TemporaryDatabase file;
    QList<int> splitterSizes;
    QByteArray headerState;
    {
        auto window = windowWith(file, 2);
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->resize(1100, 700);
        auto *splitter = window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        splitter->setSizes({400, 690});
        splitterSizes = splitter->sizes();
        QHeaderView *header = window->findChild<QTableView *>(QStringLiteral("recommendationTable"))->horizontalHeader();
        header->moveSection(header->visualIndex(RecommendationTableModel::StatusColumn), 0);
        header->resizeSection(RecommendationTableModel::ThemesColumn, 333);
        QVERIFY(window->close());
    }
    auto window = windowWith(file, 0);
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QCOMPARE(window->size(), QSize(1100, 700));
    QCOMPARE(window->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), splitterSizes);
    QHeaderView *header = window->findChild<QTableView *>(QStringLiteral("recommendationTable"))->horizontalHeader();
    QCOMPARE(header->visualIndex(RecommendationTableModel::StatusColumn), 0);
    QCOMPARE(header->sectionSize(RecommendationTableModel::ThemesColumn), 333);
}

void MainWindowTest::aboutNamesVersionLicenceSourcesAndQt()
{
    TemporaryDatabase file;
    auto window = windowWith(file, 0);
    window->findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
    auto *about = window->findChild<AboutDialog *>();
    QVERIFY(about && about->isVisible());
    const QString text = about->findChild<QLabel *>(QStringLiteral("aboutText"))->text();
    for (const QString &expected :
         {QStringLiteral(RECTRACKER_VERSION), QStringLiteral("GPL-3.0-or-later"), AboutDialog::licenceUrl(),
          QStringLiteral("UPR Info"), QStringLiteral("Universal Human Rights Index"), QStringLiteral("OHCHR"),
          QStringLiteral("A/HRC/14/10"), QStringLiteral("CCPR/C/KAZ/CO/1"), QString::fromLatin1(qVersion())})
        QVERIFY2(text.contains(expected), qPrintable(expected));
    about->reject();
}

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
