#include "assignstatuscommand.h"

#include "recommendationrepository.h"
#include "recordnotifier.h"

#include <QDateTime>

AssignStatusCommand::AssignStatusCommand(EditContext &context, QList<StatusChange> changes,
                                         const QString &text)
    : DatabaseCommand(context, text), m_changes(std::move(changes))
{
    // One recording time for the whole step, kept for redo so the history
    // (and the tie-break on equal dates) is the same after undo and redo.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (StatusChange &change : m_changes) {
        if (!change.recordedAt.isValid())
            change.recordedAt = now;
    }
}

QList<qint64> AssignStatusCommand::recommendationIds() const
{
    QList<qint64> ids;
    for (const StatusChange &change : m_changes)
        ids << change.recommendationId;
    return ids;
}

bool AssignStatusCommand::apply()
{
    QList<StatusChange> changes = m_changes;
    for (StatusChange &change : changes) {
        const std::optional<qint64> id = context().repository.appendStatusChange(change);
        if (!id) {
            context().lastError = context().repository.lastError();
            return false;
        }
        change.id = *id;
    }
    m_changes = changes;
    return true;
}

bool AssignStatusCommand::revert()
{
    for (const StatusChange &change : m_changes) {
        if (!context().repository.removeStatusChange(change.id)) {
            context().lastError = context().repository.lastError();
            return false;
        }
    }
    return true;
}

void AssignStatusCommand::notifyApplied()
{
    emit context().notifier.historyChanged(recommendationIds());
}

void AssignStatusCommand::notifyReverted()
{
    emit context().notifier.historyChanged(recommendationIds());
}
