#include "threadconnection.h"

#include "database.h"
#include "sqlstatement.h"

#include <QHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

namespace {

std::atomic<quint64> nextThreadConnection{1};

// Main connection name -> the ThreadConnection alive on this thread for it.
thread_local QHash<QString, ThreadConnection *> ownConnections;

// SQLite calls this every progressInterval virtual machine steps of a
// statement; a non-zero answer stops it with SQLITE_INTERRUPT. A flag rather
// than sqlite3_interrupt(), which is lost when no statement is running at
// the moment of the cancel.
constexpr int progressInterval = 1000;
int stopWhenInterrupted(void *flag)
{
    return static_cast<std::atomic<bool> *>(flag)->load() ? 1 : 0;
}

} // namespace

ThreadConnection::ThreadConnection(Database &database)
    : m_baseName(database.connectionName()),
      m_name(QStringLiteral("%1-thread-%2").arg(database.connectionName()).arg(nextThreadConnection++))
{
    {
        QSqlDatabase db = QSqlDatabase::cloneDatabase(m_baseName, m_name);
        if (!db.open()) {
            m_error = tr("The database %1 could not be opened: %2").arg(database.path(), db.lastError().databaseText());
        } else if (SqlStatement::configureConnection(db, database.isReadOnly(), &m_error)) {
            // Only on the SQLite library this program links: a Qt driver
            // with its own copy inside would be handed a foreign handle.
            // (Without the handler a cancel still keeps the commit from
            // happening; only a long statement then runs to its end.)
            QSqlQuery source(db);
            const bool sameLibrary = source.exec(QStringLiteral("SELECT sqlite_source_id()")) && source.next()
                                     && source.value(0).toString() == QLatin1String(sqlite3_sourceid());
            const QVariant handle = db.driver()->handle();
            if (sameLibrary && handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
                sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
                sqlite3_progress_handler(connection, progressInterval, stopWhenInterrupted, &m_interrupted);
            }
            m_open = true;
        }
    }
    if (m_open)
        ownConnections.insert(m_baseName, this);
}

ThreadConnection::~ThreadConnection()
{
    if (m_open)
        ownConnections.remove(m_baseName);
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QString ThreadConnection::nameForCurrentThread(const QString &baseName)
{
    const ThreadConnection *own = ownConnections.value(baseName);
    return own ? own->m_name : baseName;
}

bool ThreadConnection::interruptedOnCurrentThread(const QString &baseName)
{
    const ThreadConnection *own = ownConnections.value(baseName);
    return own && own->wasInterrupted();
}
