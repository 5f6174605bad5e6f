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

} // namespace SqlStatement
