#pragma once
// Appends one status entry to each of several recommendations in one step;
// undo removes exactly the entries it appended.
#include "databasecommand.h"
#include "statuschange.h"

class AssignStatusCommand : public DatabaseCommand
{
public:
    // One change per recommendation; their recommendationId fields say which.
    AssignStatusCommand(EditContext &context, QList<StatusChange> changes, const QString &text);

protected:
    bool apply() override;
    bool revert() override;
    void notifyApplied() override;
    void notifyReverted() override;

private:
    QList<qint64> recommendationIds() const;
    QList<StatusChange> m_changes;
};
