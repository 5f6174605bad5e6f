#pragma once
// Import and export of recommendation files as the user goes through them:
// the file chooser, the import dialog, a progress dialog whose Cancel leaves
// nothing changed, and what came of it. Every message leaves as a signal, so
// the window shows it the one way it shows all its messages (and a test reads
// it without a modal box in its way).
#include "exportjob.h"
#include "importjob.h"
#include "waitwithprogress.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QStringList>

class DatabaseSession;
class QWidget;

class RecordTransfer : public QObject
{
    Q_OBJECT
public:
    // The window the dialogs belong to (they are modal to it alone).
    explicit RecordTransfer(QWidget *window);

    void setSession(DatabaseSession *session) { m_session = session; }

    // File > Import: the file chooser, then importFiles().
    void chooseFilesToImport();
    // Opens the import dialog on these files and returns at once; its
    // Import button runs runImport().
    void importFiles(const QStringList &paths);
    // The import with a progress dialog; nothing when it failed or was cancelled.
    std::optional<ImportSummary> runImport(const QStringList &paths, const ImportOptions &options);

    // File > Export recommendations: the file chooser, then exportTo().
    void chooseFileToExport(const RecommendationFilter &filter);
    // The records matching filter written to path, with a progress dialog;
    // the number written, or nothing.
    std::optional<int> exportTo(const QString &path, const ExportOptions &options, const RecommendationFilter &filter);

    // The file types the export offers, one filter of the file chooser each.
    struct ExportChoice {
        QString filter;
        QString format; // also the file name's suffix
        bool byteOrderMark = false;
    };
    static QList<ExportChoice> exportChoices();
    // What to write for the name typed and the choice (a filter's index): a
    // name ending in another known suffix is written in that format.
    static ExportOptions exportOptionsFor(const QString &path, int choice);

    // Cancels the import or export running now, as its Cancel button does.
    // Thread-safe: a receiver of progressed() on the worker may call it.
    void cancel();

signals:
    // Each time a job reports progress. Emitted on the worker thread the job
    // runs on: connect with Qt::DirectConnection only to thread-safe code
    // (cancel()), and queued otherwise.
    void progressed(int done, int total);
    void imported(const QList<qint64> &ids);
    void failed(const QString &title, const QString &message);
    void reported(const QString &title, const QString &message, const QString &details);
    void statusMessage(const QString &message);

private:
    using Progress = std::function<bool(int done, int total)>;
    // Runs work on a worker with a progress dialog that can cancel it; work
    // gets the progress callback to hand to the job.
    WaitWithProgress::Outcome runOnWorker(const QString &label, const std::function<bool(const Progress &)> &work,
                                          QString *error);
    void setRunning(DatabaseWork::Control *control);

    QWidget *m_window = nullptr;
    DatabaseSession *m_session = nullptr;
    QMutex m_runningMutex; // guards m_running, which cancel() reads from any thread
    DatabaseWork::Control *m_running = nullptr;
};
