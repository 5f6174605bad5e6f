#include "readerthread.h"

#include "threadconnection.h"

#include <QMetaObject>

ReaderThread::ReaderThread(Database &database) : m_database(database)
{
    m_thread.setObjectName(QStringLiteral("ReaderThread"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

ReaderThread::~ReaderThread()
{
    // After the jobs already posted, and on the thread that opened it.
    QMetaObject::invokeMethod(m_context, [this] { m_connection.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ReaderThread::post(std::function<void()> job)
{
    QMetaObject::invokeMethod(m_context, std::move(job), Qt::QueuedConnection);
}

ThreadConnection *ReaderThread::connectionOnThisThread(DatabaseWork::Control &control)
{
    if (m_connection && !m_connection->isOpen())
        m_connection.reset(); // failed last time: try again
    if (!m_connection)
        m_connection = std::make_unique<ThreadConnection>(m_database);
    if (!m_connection->isOpen()) {
        control.fail(m_connection->error());
        return nullptr;
    }
    m_connection->clearInterrupt();
    return m_connection.get();
}
