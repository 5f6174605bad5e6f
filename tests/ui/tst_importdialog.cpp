// Drives the import dialog and the window's import and export offscreen:
// layouts recognised and their columns filled in, encodings switched with
// the preview following, a file mapped by hand with its own status words,
// errors that change nothing, a cancel from the progress callback, and an
// export of the filtered records. Message boxes are opened without blocking
// (MainWindow::showError); the tests read MainWindow::messageShown.
#include "databasesession.h"
#include "filterbar.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "recommendationfactory.h"
#include "recommendationtablemodel.h"
#include "recordtransfer.h"
#include "statuswordsform.h"
#include "temporarydatabase.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(FIXTURES "/") + name;
}

std::unique_ptr<MainWindow> windowWith(TemporaryDatabase &file, const QList<Recommendation> &records)
{
    auto window = std::make_unique<MainWindow>(std::make_unique<DatabaseSession>(
        Database::open(file.path(), Database::Access::ReadWrite, Database::Creation::MustExist, nullptr)));
    QList<RecommendationRecord> list;
    for (const Recommendation &record : records)
        list << RecommendationRecord{record, {}};
    if (!list.isEmpty())
        window->session().edits().addRecords(list, QStringLiteral("fixture"));
    window->session().edits().undoStack()->clear();
    window->show();
    return window;
}

// The dialog importFiles() opened; the one an earlier import closed is gone first.
ImportDialog *openedDialog(MainWindow &window)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return window.findChild<ImportDialog *>();
}

QComboBox *columnCombo(QDialog *dialog, const QString &fieldKey)
{
    return dialog->findChild<QComboBox *>(QStringLiteral("column_") + fieldKey);
}

void chooseColumn(QDialog *dialog, const QString &fieldKey, const QString &column)
{
    QComboBox *combo = columnCombo(dialog, fieldKey);
    QVERIFY2(combo, qPrintable(fieldKey));
    const int index = combo->findText(column);
    QVERIFY2(index > 0, qPrintable(column));
    combo->setCurrentIndex(index);
}

void chooseStatusFor(QDialog *dialog, const QString &word, Status status)
{
    QComboBox *combo = dialog->findChild<StatusWordsForm *>()->comboFor(word);
    QVERIFY2(combo, qPrintable(word));
    combo->setCurrentIndex(combo->findData(StatusInfo::key(status)));
}

QString previewCell(QDialog *dialog, int row, const QString &column)
{
    const QAbstractItemModel *model = dialog->findChild<QTableView *>(QStringLiteral("importPreview"))->model();
    for (int c = 0; c < model->columnCount(); ++c) {
        if (model->headerData(c, Qt::Horizontal).toString() == column)
            return model->index(row, c).data().toString();
    }
    return {};
}

QPushButton *importButton(QDialog *dialog)
{
    return dialog->findChild<QPushButton *>(QStringLiteral("importButton"));
}

} // namespace

class ImportDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void uprInfoLayoutIsRecognisedWithItsColumns();
    void encodingChangesThePreviewLive();
    void mappedFileWithOwnStatusWordsImportsAsOneUndoStep();
    void mechanismForRowsWithoutOne();
    void badFilesShowWhereAndChangeNothing();
    void cancelFromTheProgressImportsNothing();
    void exportWritesOnlyTheFilteredRecords();
};

void ImportDialogTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);            // keep QSettings away from the user's
    QSettings().remove(QStringLiteral("importMappings")); // and no mapping left from an earlier run
}

void ImportDialogTest::uprInfoLayoutIsRecognisedWithItsColumns()
{
    ImportDialog dialog({fixture(QStringLiteral("upr-info.csv")), fixture(QStringLiteral("uhri.json"))});
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("layoutLabel"))->text().contains(QStringLiteral("UPR Info")));
    QCOMPARE(columnCombo(&dialog, QStringLiteral("text"))->currentText(), QStringLiteral("Text"));
    QCOMPARE(columnCombo(&dialog, QStringLiteral("state"))->currentText(), QStringLiteral("To"));
    QCOMPARE(columnCombo(&dialog, QStringLiteral("recommended_by"))->currentText(), QStringLiteral("From"));
    QCOMPARE(columnCombo(&dialog, QStringLiteral("status"))->currentText(), QStringLiteral("Response"));
    QCOMPARE(columnCombo(&dialog, QStringLiteral("upr_session"))->currentText(), QStringLiteral("Session"));
    QCOMPARE(columnCombo(&dialog, QStringLiteral("symbol"))->currentIndex(), 0); // not in the file
    // Every response is a known word ("Voluntary Pledge" is a pledge, not a status).
    QVERIFY(dialog.findChild<StatusWordsForm *>()->words().isEmpty());
    auto *preview = dialog.findChild<QTableView *>(QStringLiteral("importPreview"));
    QAbstractItemModelTester tester(preview->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(preview->model()->rowCount(), 6);
    QCOMPARE(preview->model()->headerData(0, Qt::Vertical).toInt(), 2); // the file's line numbers
    // The known layout goes to the import as itself (pledges recognised), not as a mapping.
    QCOMPARE(dialog.options().mapping, QString());
    QCOMPARE(dialog.options().encoding, QString());
    // A change of column makes it the user's own mapping.
    chooseColumn(&dialog, QStringLiteral("notes"), QStringLiteral("Action"));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("layoutLabel"))->text().contains(QStringLiteral("chosen below")));
}

void ImportDialogTest::encodingChangesThePreviewLive()
{
    ImportDialog dialog({fixture(QStringLiteral("upr-info-1252.csv"))});
    QCOMPARE(previewCell(&dialog, 0, QStringLiteral("From")), QString::fromUtf8("Côte d'Ivoire"));
    auto *encoding = dialog.findChild<QComboBox *>(QStringLiteral("encoding"));
    QVERIFY(encoding->currentText().contains(QStringLiteral("windows-1252")));
    encoding->setCurrentIndex(encoding->findData(QStringLiteral("windows-1251")));
    const QString reread = previewCell(&dialog, 0, QStringLiteral("From"));
    QVERIFY2(reread != QString::fromUtf8("Côte d'Ivoire") && reread.endsWith(QStringLiteral("te d'Ivoire")),
             qPrintable(reread));
    QCOMPARE(dialog.options().encoding, QStringLiteral("windows-1251"));
    // Bytes that are not UTF-8: said in the dialog, and Import waits for another choice.
    encoding->setCurrentIndex(encoding->findData(QStringLiteral("UTF-8")));
    QVERIFY(!importButton(&dialog)->isEnabled());
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("importError"))->isHidden());
    encoding->setCurrentIndex(0);
    QVERIFY(importButton(&dialog)->isEnabled());
    QCOMPARE(previewCell(&dialog, 0, QStringLiteral("From")), QString::fromUtf8("Côte d'Ivoire"));
}

void ImportDialogTest::mappedFileWithOwnStatusWordsImportsAsOneUndoStep()
{
    TemporaryDatabase file;
    auto window = windowWith(file, {RecommendationFactory::upr(1)});
    QSignalSpy messages(window.get(), &MainWindow::messageShown);
    const QString path = fixture(QStringLiteral("ministry-ongoing.csv"));
    window->importFiles({path});
    ImportDialog *dialog = openedDialog(*window);
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("layoutLabel"))->text().contains(QStringLiteral("Not a layout")));

    // Import with no text column is refused inside the dialog.
    QTest::mouseClick(importButton(dialog), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("importError"))->text().contains(QStringLiteral("text")));

    chooseColumn(dialog, QStringLiteral("text"), QStringLiteral("Recommendation"));
    // Rows that do not name their mechanism would all be refused: said first.
    QTest::mouseClick(importButton(dialog), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("importError"))->text().contains(QStringLiteral("mechanism")));
    chooseColumn(dialog, QStringLiteral("mechanism"), QStringLiteral("Body"));
    chooseColumn(dialog, QStringLiteral("state"), QStringLiteral("Country"));
    chooseColumn(dialog, QStringLiteral("status_date"), QStringLiteral("As of"));
    QVERIFY(dialog->findChild<StatusWordsForm *>()->words().isEmpty());
    chooseColumn(dialog, QStringLiteral("status"), QStringLiteral("Progress"));
    // "Ongoing " is the same word as "ongoing"; "implemented" is known.
    QCOMPARE(dialog->findChild<StatusWordsForm *>()->words(),
             (QStringList{QStringLiteral("ongoing"), QString::fromUtf8("В процессе")}));
    chooseStatusFor(dialog, QStringLiteral("ongoing"), Status::PartiallyImplemented);
    chooseStatusFor(dialog, QString::fromUtf8("В процессе"), Status::Accepted);
    QTest::mouseClick(importButton(dialog), Qt::LeftButton);

    QCOMPARE(messages.size(), 1);
    const QString summary = messages.first().at(1).toString();
    QVERIFY2(summary.contains(QStringLiteral("Added 4 recommendation")), qPrintable(summary));
    QCOMPARE(window->tableModel()->rowCount(), 5);
    QCOMPARE(window->selectedIds().size(), 4); // the rows added are selected
    RecommendationFilter partly;
    partly.statuses = {Status::PartiallyImplemented};
    QCOMPARE(window->session().repository().count(partly), std::optional<int>(2));
    QCOMPARE(window->session().edits().undoStack()->count(), 1);
    window->session().edits().undoStack()->undo();
    QCOMPARE(window->tableModel()->rowCount(), 1);

    // The columns chosen are remembered for files with this header.
    window->importFiles({path});
    dialog = openedDialog(*window);
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("layoutLabel"))->text().contains(QStringLiteral("last time")));
    QCOMPARE(columnCombo(dialog, QStringLiteral("text"))->currentText(), QStringLiteral("Recommendation"));
    QCOMPARE(columnCombo(dialog, QStringLiteral("status"))->currentText(), QStringLiteral("Progress"));
    dialog->reject();
}

void ImportDialogTest::mechanismForRowsWithoutOne()
{
    // A workbook of one committee's recommendations that never names it.
    TemporaryDatabase file;
    auto window = windowWith(file, {});
    QSignalSpy messages(window.get(), &MainWindow::messageShown);
    window->importFiles({fixture(QStringLiteral("generic.csv"))});
    ImportDialog *dialog = openedDialog(*window);
    QVERIFY(dialog);
    chooseColumn(dialog, QStringLiteral("text"), QStringLiteral("Recommendation"));
    chooseColumn(dialog, QStringLiteral("state"), QStringLiteral("Country"));
    auto *mechanism = dialog->findChild<QComboBox *>(QStringLiteral("defaultMechanism"));
    QVERIFY(mechanism);
    mechanism->setCurrentIndex(mechanism->findData(QStringLiteral("cat")));
    QTest::mouseClick(importButton(dialog), Qt::LeftButton);
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().at(1).toString().contains(QStringLiteral("Added 1 recommendation")),
             qPrintable(messages.first().at(1).toString()));
    RecommendationFilter cat;
    cat.mechanisms = {QStringLiteral("cat")};
    QCOMPARE(window->session().repository().count(cat), std::optional<int>(1));
}

void ImportDialogTest::badFilesShowWhereAndChangeNothing()
{
    TemporaryDatabase file;
    auto window = windowWith(file, {RecommendationFactory::upr(1), RecommendationFactory::upr(2)});
    QSignalSpy messages(window.get(), &MainWindow::messageShown);
    window->importFiles({fixture(QStringLiteral("bad-status.csv"))});
    ImportDialog *dialog = openedDialog(*window);
    QVERIFY(dialog);
    // The unknown word is offered; left without a choice, its row cannot be read.
    QCOMPARE(dialog->findChild<StatusWordsForm *>()->words(), QStringList{QStringLiteral("Maybe")});
    QTest::mouseClick(importButton(dialog), Qt::LeftButton);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().at(0).toString(), QStringLiteral("Nothing was imported"));
    const QString error = messages.first().at(1).toString();
    QVERIFY2(error.contains(QStringLiteral("bad-status.csv, line 3, column 8 (Response)")), qPrintable(error));
    QCOMPARE(window->tableModel()->rowCount(), 2);
    QCOMPARE(window->session().repository().totalCount(), std::optional<int>(2));
    QCOMPARE(window->session().edits().undoStack()->count(), 0);

    // A file the reader refuses is said in the dialog, before anything runs.
    window->importFiles({fixture(QStringLiteral("broken-quote.csv"))});
    dialog = openedDialog(*window);
    QVERIFY(dialog);
    const QString problem = dialog->findChild<QLabel *>(QStringLiteral("importError"))->text();
    QVERIFY2(problem.contains(QStringLiteral("broken-quote.csv, line 3")), qPrintable(problem));
    QVERIFY(!importButton(dialog)->isEnabled());
    dialog->reject();
    QCOMPARE(window->session().repository().totalCount(), std::optional<int>(2));
}

void ImportDialogTest::cancelFromTheProgressImportsNothing()
{
    // Enough rows for the job to report while it reads them.
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("many.csv"));
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session\n");
    for (int i = 1; i <= 1000; ++i)
        csv.write(QStringLiteral("Kazakhstan,,,Recommendation number %1,Norway,,,Supported,4,Torture,20\n").arg(i).toUtf8());
    csv.close();

    TemporaryDatabase file;
    auto window = windowWith(file, {RecommendationFactory::upr(1)});
    QList<int> seen;
    // Reported on the worker thread that reads the file: the receiver runs
    // there and cancels at once, as the dialog's Cancel button does.
    RecordTransfer *transfer = window->transfer();
    connect(
        transfer, &RecordTransfer::progressed, window.get(),
        [&seen, transfer](int done, int total) {
            seen << done;
            // A call in the middle of the rows, not one between files.
            if (done > 0 && done < total / 2)
                transfer->cancel();
        },
        Qt::DirectConnection);
    window->importFiles({path});
    ImportDialog *dialog = openedDialog(*window);
    QVERIFY(dialog);
    QTest::mouseClick(importButton(dialog), Qt::LeftButton);
    // The start of the file, then the first report while reading its rows, where it stopped.
    QCOMPARE(seen.size(), 2);
    QVERIFY2(seen.last() > 0 && seen.last() < 1000, qPrintable(QString::number(seen.last())));
    QCOMPARE(window->session().repository().totalCount(), std::optional<int>(1));
    QCOMPARE(window->session().edits().undoStack()->count(), 0);
    QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("nothing was imported")),
             qPrintable(window->statusBar()->currentMessage()));

    // Not cancelled, it reports through the rows and imports them all.
    disconnect(window->transfer(), &RecordTransfer::progressed, window.get(), nullptr);
    QSignalSpy progress(window->transfer(), &RecordTransfer::progressed);
    const std::optional<ImportSummary> summary = window->transfer()->runImport({path}, {});
    QVERIFY(summary);
    QCOMPARE(summary->added, 1000);
    QVERIFY2(progress.size() >= 10, qPrintable(QString::number(progress.size())));
    QCOMPARE(progress.last().at(0).toInt(), progress.last().at(1).toInt());
}

void ImportDialogTest::exportWritesOnlyTheFilteredRecords()
{
    TemporaryDatabase file;
    auto window = windowWith(file, {RecommendationFactory::upr(1), RecommendationFactory::upr(2),
                                    RecommendationFactory::iccpr(9)});
    RecommendationFilter filter;
    filter.mechanisms = {QStringLiteral("iccpr")};
    window->findChild<FilterBar *>(QStringLiteral("filterBar"))->setFilter(filter);
    QTRY_COMPARE(window->tableModel()->rowCount(), 1);

    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("filtered.csv"));
    const ExportOptions options = RecordTransfer::exportOptionsFor(path, 1); // CSV for Excel
    QCOMPARE(options.format, QStringLiteral("csv"));
    QVERIFY(options.byteOrderMark);
    QCOMPARE(window->exportRecords(path, options), std::optional<int>(1));
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains(RecommendationFactory::iccpr(9).text.toUtf8()));
    QVERIFY(!bytes.contains("instrument number"));
    QCOMPARE(bytes.count("\r\n"), 2); // the header and one record
    QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("Exported 1 recommendation")));

    // Our own workbook, previewed for import: its layout known, no encoding to choose.
    const QString workbook = folder.filePath(QStringLiteral("filtered.xlsx"));
    QCOMPARE(window->exportRecords(workbook, RecordTransfer::exportOptionsFor(workbook, 2)), std::optional<int>(1));
    ImportDialog dialog({workbook});
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("layoutLabel"))->text().contains(QStringLiteral("Recommendation Tracker")));
    QVERIFY(dialog.findChild<QComboBox *>(QStringLiteral("encoding"))->isHidden());
    QCOMPARE(previewCell(&dialog, 0, QStringLiteral("text")), RecommendationFactory::iccpr(9).text);

    // A name ending in another known suffix is written in that format.
    QCOMPARE(RecordTransfer::exportOptionsFor(folder.filePath(QStringLiteral("all.json")), 0).format,
             QStringLiteral("json"));
    // A folder that does not exist: said, and no file appears.
    QSignalSpy messages(window.get(), &MainWindow::messageShown);
    QVERIFY(!window->exportRecords(folder.filePath(QStringLiteral("missing/x.csv")), {QStringLiteral("csv"), false}));
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages.first().at(1).toString().contains(QStringLiteral("does not exist")));
}

QTEST_MAIN(ImportDialogTest)
#include "tst_importdialog.moc"
