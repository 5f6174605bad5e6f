#pragma once
// A connection of its own for work on another thread. Qt lets a connection
// be used only by the thread that opened it, and SQLite in WAL mode lets one
// thread write while others read, so long work (an import, a bulk edit, the
// charts' statistics) runs on a worker with this object alive: while it
// exists, every storage call made on that thread for the database goes
// through it. Created and destroyed on the worker thread; interrupt() may be
// called from any thread.
#include <QCoreApplication>
#include <QString>
#include <atomic>

class Database;

class ThreadConnection
{
    Q_DECLARE_TR_FUNCTIONS(ThreadConnection)

public:
    explicit ThreadConnection(Database &database);
    ~ThreadConnection();
    ThreadConnection(const ThreadConnection &) = delete;
    ThreadConnection &operator=(const ThreadConnection &) = delete;

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }

    // Cancels the work: a long statement running on this connection stops
    // with an error, and no transaction opened on it commits afterwards, so
    // whatever the work wrote rolls back. Thread-safe.
    void interrupt() { m_interrupted = true; }
    bool wasInterrupted() const { return m_interrupted; }
    // For a connection kept for the next piece of work (ReaderThread): a
    // cancel ends with the work it was meant for.
    void clearInterrupt() { m_interrupted = false; }

    // The connection name storage code on the calling thread should use for
    // the database whose main connection is baseName.
    static QString nameForCurrentThread(const QString &baseName);
    // Whether the work on the calling thread was cancelled (Transaction asks
    // before it commits).
    static bool interruptedOnCurrentThread(const QString &baseName);

private:
    QString m_baseName;
    QString m_name;
    bool m_open = false;
    QString m_error;
    std::atomic<bool> m_interrupted{false};
};
