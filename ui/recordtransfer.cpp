#include "recordtransfer.h"

#include "databasesession.h"
#include "database.h"
#include "importdialog.h"
#include "recommendationrepository.h"

#include <QDir>
#include <QFileDialog>
#include <QSettings>

namespace {

const QString importFolderKey = QStringLiteral("transfer/importFolder");
const QString exportFolderKey = QStringLiteral("transfer/exportFolder");
const QString exportChoiceKey = QStringLiteral("transfer/exportChoice");

QString summaryText(const ImportSummary &summary)
{
    QStringList lines{RecordTransfer::tr("Added %n recommendation(s).", nullptr, summary.added)};
    // Two counts in one sentence: each phrase has plural forms of its own.
    if (summary.duplicatesStored > 0 || summary.duplicatesInFile > 0)
        lines << RecordTransfer::tr("Left out as duplicates: %1, %2.")
                     .arg(RecordTransfer::tr("%n already stored", nullptr, summary.duplicatesStored),
                          RecordTransfer::tr("%n repeated in the files", nullptr, summary.duplicatesInFile));
    if (summary.pledges > 0)
        lines << RecordTransfer::tr("Left out %n voluntary pledge(s), which are not recommendations.", nullptr,
                                    summary.pledges);
    if (!summary.skipped.isEmpty())
        lines << RecordTransfer::tr("Skipped %n row(s) that could not be read; see the details for where and why.",
                                    nullptr, int(summary.skipped.size()));
    if (!summary.warnings.isEmpty())
        lines << RecordTransfer::tr("%n warning(s); see the details.", nullptr, int(summary.warnings.size()));
    return lines.join(QLatin1Char('\n'));
}

QString summaryDetails(const ImportSummary &summary)
{
    QStringList parts{RecordTransfer::tr("Read:") + QLatin1Char('\n') + summary.sources.join(QLatin1Char('\n'))};
    if (!summary.skipped.isEmpty())
        parts << RecordTransfer::tr("Rows skipped:") + QLatin1Char('\n') + summary.skipped.join(QLatin1Char('\n'));
    if (!summary.warnings.isEmpty())
        parts << RecordTransfer::tr("Warnings:") + QLatin1Char('\n') + summary.warnings.join(QLatin1Char('\n'));
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace

RecordTransfer::RecordTransfer(QWidget *window) : QObject(window), m_window(window) {}

void RecordTransfer::chooseFilesToImport()
{
    QSettings settings;
    const QStringList paths = QFileDialog::getOpenFileNames(
        m_window, tr("Import recommendations"), settings.value(importFolderKey, QDir::homePath()).toString(),
        tr("Recommendation files (*.csv *.tsv *.txt *.xlsx *.json);;CSV text (*.csv *.tsv *.txt);;"
           "Excel workbooks (*.xlsx);;JSON (*.json);;All files (*)"));
    if (paths.isEmpty())
        return;
    settings.setValue(importFolderKey, QFileInfo(paths.first()).absolutePath());
    importFiles(paths);
}

void RecordTransfer::importFiles(const QStringList &paths)
{
    // Opened, not exec'd: no second event loop, and the window stays the
    // one place where everything happens.
    auto *dialog = new ImportDialog(paths, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QStringList chosen = dialog->paths();
        const ImportOptions options = dialog->options();
        runImport(chosen, options);
    });
    dialog->open();
}

std::optional<ImportSummary> RecordTransfer::runImport(const QStringList &paths, const ImportOptions &options)
{
    // Reading and checking the files on a worker, with progress and Cancel;
    // then the records are added as one undoable step, which the edit facade
    // also writes on a worker (cancellable the first time).
    Database &database = m_session->database();
    std::optional<ImportPlan> plan;
    QString error;
    const WaitWithProgress::Outcome outcome = runOnWorker(
        tr("Importing %n file(s)...", nullptr, int(paths.size())),
        [&](const Progress &progress) {
            plan = ImportJob::prepare(database, paths, options, &error, progress);
            return plan.has_value();
        },
        &error);
    std::optional<ImportSummary> summary;
    if (outcome == WaitWithProgress::Outcome::Done)
        summary = ImportJob::store(m_session->edits(), std::move(*plan), options, &error);
    if (!summary) {
        // Cancelled while reading, or while writing (the edit's error then
        // ends with the runner's sentence).
        if (outcome == WaitWithProgress::Outcome::Cancelled || error.endsWith(WaitWithProgress::cancelledMessage()))
            emit statusMessage(tr("Cancelled; nothing was imported."));
        else
            emit failed(tr("Nothing was imported"),
                        tr("%1\n\nThe database is as it was. Correct the file, or choose other columns or status "
                           "words, or skip the rows that cannot be read, and import again.")
                            .arg(error));
        return std::nullopt;
    }
    emit statusMessage(tr("Imported %n recommendation(s).", nullptr, summary->added));
    if (!summary->addedIds.isEmpty())
        emit imported(summary->addedIds);
    emit reported(tr("Import finished"), summaryText(*summary), summaryDetails(*summary));
    return summary;
}

QList<RecordTransfer::ExportChoice> RecordTransfer::exportChoices()
{
    return {{tr("CSV, UTF-8 (*.csv)"), QStringLiteral("csv"), false},
            {tr("CSV for Excel, UTF-8 with a byte order mark (*.csv)"), QStringLiteral("csv"), true},
            {tr("Excel workbook (*.xlsx)"), QStringLiteral("xlsx"), false},
            {tr("JSON with the whole status history (*.json)"), QStringLiteral("json"), false}};
}

ExportOptions RecordTransfer::exportOptionsFor(const QString &path, int choice)
{
    const QList<ExportChoice> choices = exportChoices();
    const ExportChoice chosen = choices.value(choice, choices.first());
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (ExportJob::formats().contains(suffix) && suffix != chosen.format)
        return ExportOptions{suffix, false};
    return ExportOptions{chosen.format, chosen.byteOrderMark};
}

void RecordTransfer::chooseFileToExport(const RecommendationFilter &filter)
{
    QSettings settings;
    const QList<ExportChoice> choices = exportChoices();
    QStringList filters;
    for (const ExportChoice &choice : choices)
        filters << choice.filter;
    const int remembered = qBound(0, settings.value(exportChoiceKey).toInt(), int(choices.size()) - 1);
    QFileDialog chooser(m_window, tr("Export recommendations"),
                        settings.value(exportFolderKey, QDir::homePath()).toString());
    chooser.setAcceptMode(QFileDialog::AcceptSave);
    chooser.setNameFilters(filters);
    chooser.selectNameFilter(filters.at(remembered));
    chooser.setDefaultSuffix(choices.at(remembered).format);
    connect(&chooser, &QFileDialog::filterSelected, &chooser, [&](const QString &selected) {
        chooser.setDefaultSuffix(choices.value(filters.indexOf(selected), choices.first()).format);
    });
    chooser.selectFile(tr("recommendations"));
    if (chooser.exec() != QDialog::Accepted || chooser.selectedFiles().isEmpty())
        return;
    const QString path = chooser.selectedFiles().constFirst();
    const int choice = qMax(0, int(filters.indexOf(chooser.selectedNameFilter())));
    settings.setValue(exportFolderKey, QFileInfo(path).absolutePath());
    settings.setValue(exportChoiceKey, choice);
    exportTo(path, exportOptionsFor(path, choice), filter);
}

std::optional<int> RecordTransfer::exportTo(const QString &path, const ExportOptions &options,
                                            const RecommendationFilter &filter)
{
    // Read and written on a worker: the window keeps painting, and Cancel
    // stops it (the file is written to a temporary name first, so a cancelled
    // export leaves any earlier file of that name as it was).
    Database &database = m_session->database();
    std::optional<int> written;
    QString error;
    const WaitWithProgress::Outcome outcome = runOnWorker(
        tr("Exporting recommendations..."),
        [&](const Progress &progress) {
            RecommendationRepository repository(database);
            written = ExportJob::run(repository, filter, options, path, &error, progress);
            return written.has_value();
        },
        &error);
    if (outcome != WaitWithProgress::Outcome::Done) {
        if (outcome == WaitWithProgress::Outcome::Cancelled)
            emit statusMessage(error);
        else
            emit failed(tr("The recommendations could not be exported"), error);
        return std::nullopt;
    }
    emit statusMessage(
        tr("Exported %n recommendation(s) to %1.", nullptr, *written).arg(QDir::toNativeSeparators(path)));
    return written;
}

WaitWithProgress::Outcome RecordTransfer::runOnWorker(const QString &label,
                                                     const std::function<bool(const Progress &)> &work,
                                                     QString *error)
{
    return WaitWithProgress::run(
        m_window, m_session->database(), label, true,
        [&](DatabaseWork::Control &control) {
            setRunning(&control);
            const bool done = work([this, &control](int doneCount, int total) {
                emit progressed(doneCount, total);
                return control.report(doneCount, total);
            });
            setRunning(nullptr);
            return done;
        },
        error);
}

void RecordTransfer::setRunning(DatabaseWork::Control *control)
{
    QMutexLocker lock(&m_runningMutex);
    m_running = control;
}

void RecordTransfer::cancel()
{
    QMutexLocker lock(&m_runningMutex);
    if (m_running)
        m_running->cancel();
}
