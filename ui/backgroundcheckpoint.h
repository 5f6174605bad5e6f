#pragma once
// Copies the database's write-ahead log into the file on a worker once the
// edits pause (WalCheckpoint says why a commit no longer does it itself), so
// a status for 10,000 records costs the user only its own writes, and the
// log does not grow without end in a long session. At most one copy runs at
// a time; the destructor waits for it, as it reads through the database.
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <memory>

#include "databasework.h"

class Database;
class RecordNotifier;

class BackgroundCheckpoint : public QObject
{
    Q_OBJECT
public:
    // How long the edits must pause before the copy starts.
    static constexpr int quietMilliseconds = 1500;

    BackgroundCheckpoint(Database &database, RecordNotifier &notifier, QObject *parent = nullptr);
    ~BackgroundCheckpoint() override;

    // A copy after the next pause, for writes the notifier does not report
    // (an upgrade of the schema on opening, a rebuilt search index).
    void schedule();
    bool isCopying() const { return m_running.isRunning(); }

signals:
    // After each copy: an empty error when it succeeded. A failure is not
    // the user's business (the log stays valid, and is copied on close or
    // next time), so nothing else reports it.
    void copied(const QString &error);

private:
    void start();
    void onFinished();

    Database &m_database;
    QTimer m_quiet;
    QFutureWatcher<QString> m_running;
    std::shared_ptr<DatabaseWork::Control> m_control;
    bool m_editedWhileRunning = false;
};
