#pragma once
// Base of the undo commands: runs each apply/revert in one transaction. When
// the first apply fails, the command marks itself obsolete so QUndoStack
// drops it instead of recording an edit that never happened.
#include "editcontext.h"

#include <QUndoCommand>

class DatabaseCommand : public QUndoCommand
{
public:
    explicit DatabaseCommand(EditContext &context, const QString &text);

    void redo() final;
    void undo() final;
    bool failed() const { return m_failed; }

protected:
    // Write the change and notify; false (with context().lastError set) on failure.
    virtual bool apply() = 0;
    virtual bool revert() = 0;
    // Announce the change; called only after the transaction committed.
    virtual void notifyApplied() = 0;
    virtual void notifyReverted() = 0;
    EditContext &context() { return m_context; }

private:
    bool runInTransaction(bool (DatabaseCommand::*step)());

    EditContext &m_context;
    bool m_everApplied = false;
    bool m_failed = false;
};
