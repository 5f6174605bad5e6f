#include "databasecommand.h"

#include "recommendationrepository.h"
#include "transaction.h"

DatabaseCommand::DatabaseCommand(EditContext &context, const QString &text)
    : m_context(context)
{
    setText(text);
}

bool DatabaseCommand::runInTransaction(bool (DatabaseCommand::*step)())
{
    const auto work = [this, step] {
        Transaction transaction(m_context.repository.database());
        if (!transaction.isActive()) {
            m_context.lastError = transaction.error();
            return false;
        }
        if (!(this->*step)())
            return false; // the transaction rolls back on destruction
        if (!transaction.commit()) {
            m_context.lastError = transaction.error();
            return false;
        }
        return true;
    };
    if (!m_context.runWork)
        return work();
    QString runError;
    const bool done = m_context.runWork(text(), !m_everApplied, work, &runError);
    if (!done && !runError.isEmpty())
        m_context.lastError = runError;
    return done;
}

void DatabaseCommand::redo()
{
    m_failed = !runInTransaction(&DatabaseCommand::apply);
    if (m_failed) {
        if (!m_everApplied)
            setObsolete(true);
        else if (m_context.reportFailure)
            m_context.reportFailure(m_context.lastError);
        return;
    }
    m_everApplied = true;
    notifyApplied();
}

void DatabaseCommand::undo()
{
    m_failed = !runInTransaction(&DatabaseCommand::revert);
    if (!m_failed)
        notifyReverted();
    else if (m_context.reportFailure)
        m_context.reportFailure(m_context.lastError);
}
