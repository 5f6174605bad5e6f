#include "waitwithprogress.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QKeyEvent>
#include <QProgressDialog>
#include <QTimer>

namespace {

// Swallows what would close the progress dialog (Escape, the close button),
// doing onClose instead when there is something to do.
class StayOpen : public QObject
{
public:
    explicit StayOpen(std::function<void()> onClose) : m_onClose(std::move(onClose)) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        const bool escape = event->type() == QEvent::KeyPress
                            && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape;
        if (escape || event->type() == QEvent::Close) {
            if (m_onClose)
                m_onClose();
            event->ignore();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onClose;
};

} // namespace

void WaitWithProgress::wait(QWidget *window, const QString &label, bool cancellable, const QFuture<void> &future,
                            DatabaseWork::Control &control)
{
    if (future.isFinished())
        return;
    QEventLoop loop;
    QFutureWatcher<void> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);

    // First stage: no dialog, no user input (a key pressed now is delivered
    // when the job is done), so a short job looks like any instant action.
    QTimer dialogDelay;
    dialogDelay.setSingleShot(true);
    QObject::connect(&dialogDelay, &QTimer::timeout, &loop, &QEventLoop::quit);
    dialogDelay.start(dialogDelayMs);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (future.isFinished())
        return;

    // Second stage: a modal progress dialog; its own events go through.
    QProgressDialog dialog(label, cancellable ? tr("Cancel") : QString(), 0, 0, window);
    if (!cancellable)
        dialog.setCancelButton(nullptr);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(0);
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    const auto cancel = [&] {
        control.cancel();
        dialog.setLabelText(tr("Cancelling..."));
        dialog.setCancelButton(nullptr);
    };
    if (cancellable)
        QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, cancel);
    // The dialog is what keeps the window from taking input, so it stays
    // until the work ends: Escape and closing it cancel work that may be
    // cancelled and do nothing to work that must finish (an undo, a redo).
    StayOpen stayOpen(cancellable ? std::function<void()>(cancel) : std::function<void()>());
    dialog.installEventFilter(&stayOpen);
    // The worker only writes numbers; the dialog reads them a few times a second.
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&] {
        const int total = control.total();
        if (total > 0 && dialog.maximum() != total)
            dialog.setMaximum(total);
        if (total > 0)
            dialog.setValue(qMin(control.done(), total));
    });
    poll.start(100);
    dialog.show();
    loop.exec();
}

WaitWithProgress::Outcome WaitWithProgress::run(QWidget *window, Database &database, const QString &label,
                                                bool cancellable,
                                                const std::function<bool(DatabaseWork::Control &)> &work,
                                                QString *error)
{
    auto control = std::make_shared<DatabaseWork::Control>();
    const QFuture<bool> future = DatabaseWork::start<bool>(database, control, work);
    wait(window, label, cancellable, QFuture<void>(future), *control);
    const bool done = future.result();
    if (!control->connectionError().isEmpty()) {
        if (error)
            *error = control->connectionError();
        return Outcome::Failed;
    }
    // A cancel that came after the work had committed changes nothing: the
    // work is done, and saying otherwise would lose its undo step.
    if (done)
        return Outcome::Done;
    if (control->cancelled()) {
        if (error)
            *error = cancelledMessage();
        return Outcome::Cancelled;
    }
    return Outcome::Failed;
}

QString WaitWithProgress::cancelledMessage()
{
    return tr("Cancelled; nothing was changed.");
}
