#pragma once
// Database work on a worker thread, so the window keeps answering while an
// import, an export, a bulk edit or the charts' statistics run. The work gets
// a connection of its own for the duration (ThreadConnection: Qt connections
// belong to one thread, and SQLite's WAL mode lets it write while the GUI
// thread reads), reports progress through a Control the GUI polls, and can be
// cancelled from the GUI thread: the statement running stops, and no
// transaction commits afterwards, so a cancelled job changes nothing.
#include "threadconnection.h"
#include "workthreads.h"

#include <QFuture>
#include <QMutex>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <functional>
#include <memory>

class Database;

class DatabaseWork
{
public:
    // Shared by the GUI thread (which reads progress and may cancel) and the
    // worker (which reports progress and learns of a cancel).
    class Control
    {
    public:
        // Worker side: records progress; false once the work should stop.
        bool report(int done, int total);
        bool cancelled() const { return m_cancelled; }

        // GUI side.
        void cancel();
        int done() const { return m_done; }
        int total() const { return m_total; }
        // Set when the worker's connection could not be opened (the work did not run).
        QString connectionError() const;

    private:
        friend class DatabaseWork;
        friend class ReaderThread;
        void attach(ThreadConnection *connection);
        void detach();
        void fail(const QString &connectionError);

        std::atomic<int> m_done{0};
        std::atomic<int> m_total{0};
        std::atomic<bool> m_cancelled{false};
        mutable QMutex m_mutex; // guards m_connection and m_connectionError
        ThreadConnection *m_connection = nullptr;
        QString m_connectionError;
    };

    // Runs work(control) on the application's work threads (not Qt's global
    // pool, which painting needs: workthreads.h) with its own connection to
    // database. The database object must outlive the work; result is
    // Result() when the connection could not be opened.
    template <typename Result>
    static QFuture<Result> start(Database &database, std::shared_ptr<Control> control,
                                 std::function<Result(Control &)> work)
    {
        return QtConcurrent::run(WorkThreads::pool(), [&database, control, work]() -> Result {
            ThreadConnection connection(database);
            if (!connection.isOpen()) {
                control->fail(connection.error());
                return Result();
            }
            control->attach(&connection);
            Result result = work(*control);
            control->detach();
            return result;
        });
    }
};
