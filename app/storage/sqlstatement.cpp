#include "sqlstatement.h"

#include "threadconnection.h"

#include <QCoreApplication>
#include <QSqlError>

namespace SqlStatement {

QSqlDatabase connection(const QString &connectionName)
{
    // On a worker thread with a ThreadConnection, its own connection.
    return QSqlDatabase::database(ThreadConnection::nameForCurrentThread(connectionName), false);
}

QString describe(const QSqlQuery &query)
{
    const QSqlError sqlError = query.lastError();
    QString detail = sqlError.databaseText();
    if (detail.isEmpty())
        detail = sqlError.text();
    return QCoreApplication::translate("Database", "The database reported an error: %1")
        .arg(detail);
}

bool exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = describe(query);
    return false;
}

bool exec(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (!query.prepare(sql)) {
        if (error)
            *error = describe(query);
        return false;
    }
    return exec(query, error);
}

bool configureConnection(const QSqlDatabase &db, bool readOnly, QString *error)
{
    // A page cache of 32 MiB (SQLite's default is 2 MiB): at 250,000
    // records a bulk status change or a deep page of a sorted table touches
    // more pages than the default holds, and every miss is a system call.
    // The memory is taken only as pages are read.
    // Changed pages may take four times that before they spill into the log
    // in the middle of a transaction: a status for 10,000 records changes
    // about 20,000 pages, and spilling them costs a quarter of its time.
    if (!exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), error)
        || !exec(db, QStringLiteral("PRAGMA cache_size = -32768"), error)
        || !exec(db, QStringLiteral("PRAGMA cache_spill = 32768"), error))
        return false;
    if (readOnly)
        return exec(db, QStringLiteral("PRAGMA query_only = ON"), error);
    // In WAL mode NORMAL survives application crashes; only a power cut can
    // lose the last commits, and it saves an fsync per edit. The log is
    // copied into the file by WalCheckpoint, not by the commit that fills it
    // (walcheckpoint.h says why), and on close.
    return exec(db, QStringLiteral("PRAGMA synchronous = NORMAL"), error)
           && exec(db, QStringLiteral("PRAGMA wal_autocheckpoint = 0"), error);
}

} // namespace SqlStatement
