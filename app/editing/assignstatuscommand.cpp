#include "assignstatuscommand.h"

#include "recommendationrepository.h"
#include "recordnotifier.h"
#include "statuschangebatch.h"

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
    ids.reserve(m_changes.size());
    for (const StatusChange &change : m_changes)
        ids << change.recommendationId;
    return ids;
}

bool AssignStatusCommand::apply()
{
    // On a copy, so that a failed apply leaves the ids as they were.
    QList<StatusChange> changes = m_changes;
    if (!StatusChangeBatch::append(context().repository.database(), changes, &context().lastError))
        return false;
    m_changes = std::move(changes);
    return true;
}

bool AssignStatusCommand::revert()
{
    QList<qint64> ids;
    ids.reserve(m_changes.size());
    for (const StatusChange &change : m_changes)
        ids << change.id;
    return StatusChangeBatch::remove(context().repository.database(), ids, &context().lastError);
}

void AssignStatusCommand::notifyApplied()
{
    emit context().notifier.historyChanged(recommendationIds());
}

void AssignStatusCommand::notifyReverted()
{
    emit context().notifier.historyChanged(recommendationIds());
}
