#pragma once
// Waits on the GUI thread for work running on a worker (DatabaseWork) without
// freezing the window: the event loop keeps running, so the window repaints
// and timers fire. For the first moments user input is held back (and
// delivered afterwards), which keeps a quick job invisible; a job that takes
// longer shows a window-modal progress dialog, with a Cancel button when the
// work can be cancelled. Used where the caller needs the result before it can
// go on (an undo command's redo, an import's summary).
#include "databasework.h"

#include <QCoreApplication>
#include <QFuture>
#include <QString>

class QWidget;

class WaitWithProgress
{
    Q_DECLARE_TR_FUNCTIONS(WaitWithProgress)

public:
    // How long a job runs before the progress dialog appears.
    static constexpr int dialogDelayMs = 400;

    // Returns when future has finished. control->cancel() is called when the
    // user presses Cancel (offered only when cancellable).
    static void wait(QWidget *window, const QString &label, bool cancellable, const QFuture<void> &future,
                     DatabaseWork::Control &control);

    enum class Outcome {
        Done,      // the work returned true
        Failed,    // it returned false, or no connection could be opened (*error says why)
        Cancelled, // by the user; the work's transaction did not commit (*error says so)
    };
    // The sentence *error holds after a cancel; an edit's lastError() ends
    // with it when its work was cancelled.
    static QString cancelledMessage();

    // Runs work on a worker with its own connection to database and waits for
    // it as above.
    static Outcome run(QWidget *window, Database &database, const QString &label, bool cancellable,
                    const std::function<bool(DatabaseWork::Control &)> &work, QString *error);
};
