#include "databasework.h"

bool DatabaseWork::Control::report(int done, int total)
{
    m_total = total;
    m_done = done;
    return !m_cancelled;
}

void DatabaseWork::Control::cancel()
{
    QMutexLocker lock(&m_mutex);
    m_cancelled = true;
    if (m_connection)
        m_connection->interrupt();
}

QString DatabaseWork::Control::connectionError() const
{
    QMutexLocker lock(&m_mutex);
    return m_connectionError;
}

void DatabaseWork::Control::attach(ThreadConnection *connection)
{
    QMutexLocker lock(&m_mutex);
    m_connection = connection;
    // A cancel that came before the worker started still counts.
    if (m_cancelled)
        connection->interrupt();
}

void DatabaseWork::Control::detach()
{
    QMutexLocker lock(&m_mutex);
    m_connection = nullptr;
}

void DatabaseWork::Control::fail(const QString &connectionError)
{
    QMutexLocker lock(&m_mutex);
    m_connectionError = connectionError;
}
