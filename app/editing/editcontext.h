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
};
