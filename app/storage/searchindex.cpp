#include "searchindex.h"

#include "database.h"
#include "sqlstatement.h"
#include "transaction.h"

bool SearchIndex::rebuild(Database &database, QString *error)
{
    Transaction transaction(database);
    const QSqlDatabase db = SqlStatement::connection(database.connectionName());
    QString sqlError = transaction.error();
    if (!transaction.isActive()
        || !SqlStatement::exec(db, QStringLiteral("INSERT INTO recommendation_search (recommendation_search) "
                                                  "VALUES ('rebuild')"),
                               &sqlError)
        || !SqlStatement::exec(db, QStringLiteral("INSERT INTO recommendation_search (recommendation_search) "
                                                  "VALUES ('optimize')"),
                               &sqlError)
        || !transaction.commit()) {
        if (sqlError.isEmpty())
            sqlError = transaction.error();
        if (error)
            *error = tr("The search index could not be rebuilt: %1").arg(sqlError);
        return false;
    }
    return true;
}

bool SearchIndex::isConsistent(Database &database, QString *error)
{
    // 'integrity-check' with a non-zero rank also compares the index with
    // the table's texts; it fails with SQLITE_CORRUPT_VTAB when they disagree.
    QString sqlError;
    if (SqlStatement::exec(SqlStatement::connection(database.connectionName()),
                           QStringLiteral("INSERT INTO recommendation_search (recommendation_search, rank) "
                                          "VALUES ('integrity-check', 1)"),
                           &sqlError))
        return true;
    if (error)
        *error = sqlError;
    return false;
}
