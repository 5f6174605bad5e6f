// Drives the real main window with QTest: select a row, assign a status,
// undo and redo it, edit a record in the detail editor, filter by typing.
#include "databasesession.h"
#include "mainwindow.h"
#include "recommendationfactory.h"
#include "recommendationform.h"
#include "recommendationtablemodel.h"
#include "statusassignpanel.h"
#include "temporarydatabase.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

class MainWindowTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void assignStatusToSelectedRowAndUndo();
    void assignOneStatusToSeveralRows();
    void editInDetailEditorAndUndo();
    void typingInSearchFiltersTheTable();
    void loadsTheSampleAsOneUndoStep();
    void controlsHaveAccessibleNames();
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

} // namespace

void MainWindowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // keep QSettings away from the user's
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

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
