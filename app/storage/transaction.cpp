#include "transaction.h"

#include "database.h"
#include "sqlstatement.h"
#include "threadconnection.h"

#include <QCoreApplication>

#include <atomic>

namespace {
std::atomic<quint64> nextSavepoint{1};
}

Transaction::Transaction(Database &database)
    : m_connectionName(database.connectionName()),
      m_name(QStringLiteral("rt_sp_%1").arg(nextSavepoint++))
{
    m_active = SqlStatement::exec(SqlStatement::connection(m_connectionName),
                                  QStringLiteral("SAVEPOINT %1").arg(m_name), &m_error);
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    if (ThreadConnection::interruptedOnCurrentThread(m_connectionName)) {
        m_error = QCoreApplication::translate("Database", "Cancelled; nothing was changed.");
        rollback();
        return false;
    }
    if (!SqlStatement::exec(SqlStatement::connection(m_connectionName),
                            QStringLiteral("RELEASE %1").arg(m_name), &m_error)) {
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    const QSqlDatabase db = SqlStatement::connection(m_connectionName);
    QString ignored;
    // ROLLBACK TO undoes the work; RELEASE then removes the savepoint itself.
    SqlStatement::exec(db, QStringLiteral("ROLLBACK TO %1").arg(m_name), &ignored);
    SqlStatement::exec(db, QStringLiteral("RELEASE %1").arg(m_name), &ignored);
    m_active = false;
}
