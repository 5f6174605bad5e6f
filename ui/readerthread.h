#pragma once
// One worker thread that keeps its connection to the database between
// pieces of work, for reads repeated on every change (the charts'
// statistics on each filter change): DatabaseWork opens a connection per
// job, whose page cache starts empty and whose schema is parsed again, and
// at 250,000 records reading the statistics rows into a cold cache is a
// third of the time of the read. Work runs one piece at a time, in order,
// with the same Control as DatabaseWork (progress, cancel); a cancel stops
// the piece it was meant for only. The destructor waits for the work and
// closes the connection on its own thread; the database must outlive it.
//
// A QThread with queued calls rather than a thread pool: waiting for a
// pool's future may run a job that has not started yet on the waiting
// thread itself, which would open the kept connection on the wrong thread.
#include "databasework.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThread>
#include <functional>
#include <memory>

class Database;
class ThreadConnection;

class ReaderThread
{
public:
    explicit ReaderThread(Database &database);
    ~ReaderThread();
    ReaderThread(const ReaderThread &) = delete;
    ReaderThread &operator=(const ReaderThread &) = delete;

    template <typename Result>
    QFuture<Result> start(std::shared_ptr<DatabaseWork::Control> control, std::function<Result(DatabaseWork::Control &)> work)
    {
        auto promise = std::make_shared<QPromise<Result>>();
        QFuture<Result> future = promise->future();
        promise->start();
        post([this, control, work, promise] {
            Result result{};
            if (ThreadConnection *connection = connectionOnThisThread(*control)) {
                control->attach(connection);
                result = work(*control);
                control->detach();
            }
            promise->addResult(std::move(result));
            promise->finish();
        });
        return future;
    }

private:
    // Runs job on the reader's thread, after those posted before it.
    void post(std::function<void()> job);
    // On the reader's thread: the kept connection, opened on first use, its
    // last cancel forgotten; null (and the control told why) when it cannot open.
    ThreadConnection *connectionOnThisThread(DatabaseWork::Control &control);

    Database &m_database;
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread; the queued jobs run in its name
    std::unique_ptr<ThreadConnection> m_connection; // used on m_thread only
};
