#include "directfilewrites.h"

#include "database.h"
#include "sqlstatement.h"

#include <QSqlQuery>

namespace {

// The journal mode after asking for `mode`: SQLite answers with the mode it
// is in, which is the old one when it could not switch.
QString switchJournal(Database &database, const QString &mode)
{
    QSqlQuery query(SqlStatement::connection(database.connectionName()));
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = %1").arg(mode)) || !query.next())
        return QString();
    return query.value(0).toString().toLower();
}

void setSynchronous(Database &database, const QString &level)
{
    QSqlQuery query(SqlStatement::connection(database.connectionName()));
    query.exec(QStringLiteral("PRAGMA synchronous = %1").arg(level));
}

} // namespace

DirectFileWrites::DirectFileWrites(Database &database) : m_database(database)
{
    if (!database.isReadOnly())
        m_active = switchJournal(database, QStringLiteral("DELETE")) == QLatin1String("delete");
    // NORMAL (configureConnection) is safe against a power cut in WAL mode
    // only; with a rollback journal, FULL is.
    if (m_active)
        setSynchronous(database, QStringLiteral("FULL"));
}

DirectFileWrites::~DirectFileWrites()
{
    // A failure leaves the database in rollback-journal mode, which is still
    // a sound database; the next Database::open asks for WAL again.
    if (m_active && switchJournal(m_database, QStringLiteral("WAL")) == QLatin1String("wal"))
        setSynchronous(m_database, QStringLiteral("NORMAL"));
}
