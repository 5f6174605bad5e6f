#pragma once
// What every edit command needs: where to write, whom to tell, and where to
// leave the reason when a write fails.
#include <QString>

#include <functional>

class RecommendationRepository;
class RecordNotifier;

struct EditContext {
    RecommendationRepository &repository;
    RecordNotifier &notifier;
    QString lastError;
    // Told when an undo or a redo of an already recorded edit fails: the
    // stack has moved on, so the user must hear about it.
    std::function<void(const QString &)> reportFailure;

    // Runs one piece of database work (a command's whole transaction) and
    // returns its result, leaving a sentence in *error when it fails for a
    // reason of its own (cancelled, no connection). Unset, the work runs on
    // the calling thread, as the command line wants. The GUI runs it on a
    // worker thread so the window never freezes; cancellable is true only for
    // a command's first application: an undo or a redo of a recorded step
    // must finish, or the undo stack would no longer match the data.
    using WorkRunner = std::function<bool(const QString &label, bool cancellable,
                                          const std::function<bool()> &work, QString *error)>;
    WorkRunner runWork;
};
