#include "backgroundcheckpoint.h"

#include "recordnotifier.h"
#include "walcheckpoint.h"

BackgroundCheckpoint::BackgroundCheckpoint(Database &database, RecordNotifier &notifier, QObject *parent)
    : QObject(parent), m_database(database)
{
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(quietMilliseconds);
    connect(&m_quiet, &QTimer::timeout, this, &BackgroundCheckpoint::start);
    connect(&m_running, &QFutureWatcher<QString>::finished, this, &BackgroundCheckpoint::onFinished);
    connect(&notifier, &RecordNotifier::recordsAdded, this, &BackgroundCheckpoint::schedule);
    connect(&notifier, &RecordNotifier::recordsChanged, this, &BackgroundCheckpoint::schedule);
    connect(&notifier, &RecordNotifier::recordsRemoved, this, &BackgroundCheckpoint::schedule);
    connect(&notifier, &RecordNotifier::historyChanged, this, &BackgroundCheckpoint::schedule);
    // Opening may have upgraded the schema, which is in the log.
    schedule();
}

BackgroundCheckpoint::~BackgroundCheckpoint()
{
    m_quiet.stop();
    m_running.waitForFinished();
}

void BackgroundCheckpoint::schedule()
{
    // Every edit restarts the wait, so a burst of edits is followed by one copy.
    if (m_running.isRunning())
        m_editedWhileRunning = true;
    else
        m_quiet.start();
}

void BackgroundCheckpoint::start()
{
    Database &database = m_database;
    m_control = std::make_shared<DatabaseWork::Control>();
    m_running.setFuture(DatabaseWork::start<QString>(database, m_control,
                                                     [&database](DatabaseWork::Control &) {
                                                         QString error;
                                                         WalCheckpoint::copyIntoDatabase(database, &error);
                                                         return error;
                                                     }));
}

void BackgroundCheckpoint::onFinished()
{
    if (m_editedWhileRunning) {
        m_editedWhileRunning = false;
        m_quiet.start();
    }
    const QString connectionError = m_control->connectionError();
    emit copied(connectionError.isEmpty() ? m_running.result() : connectionError);
}
