#include "walcheckpoint.h"

#include "database.h"
#include "sqlstatement.h"

#include <QSqlQuery>

bool WalCheckpoint::copyIntoDatabase(Database &database, QString *error)
{
    // It answers one row (busy, pages in the log, pages copied); a busy
    // answer is no failure: the pages a reader still needs wait for the next one.
    QSqlQuery query(SqlStatement::connection(database.connectionName()));
    if (query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) && query.next())
        return true;
    if (error)
        *error = tr("The database log could not be copied into %1: %2")
                     .arg(database.path(), SqlStatement::describe(query));
    return false;
}
