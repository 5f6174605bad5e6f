#include "suspendedupkeep.h"

#include "sqlitestatement.h"

#include <sqlite3.h>

namespace {

// The tables a batch of records writes to; the vocabulary tables are not
// among them (their names arrive a few at a time, and have no triggers).
const char *const recordTables =
    "('recommendation', 'status_change', 'recommendation_statistics', 'recommendation_sdg', "
    "'recommendation_recommending_state', 'recommendation_theme', 'recommendation_affected_group', "
    "'recommendation_institution')";

// Name and SQL of the schema objects of a type on the record tables, in the
// order they were created. Indexes SQLite made itself (for a UNIQUE or
// PRIMARY KEY) have no SQL and are left alone.
bool schemaObjects(sqlite3 *connection, const QString &type, QList<QString> *names, QList<QString> *statements,
                   QString *error)
{
    SqliteStatement query;
    if (!query.prepare(connection,
                       QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = '%1' AND sql IS NOT NULL "
                                      "AND tbl_name IN %2 ORDER BY rowid")
                           .arg(type, QLatin1String(recordTables)),
                       error))
        return false;
    QString stepError;
    while (query.next(&stepError)) {
        *names << query.textAt(0);
        *statements << query.textAt(1);
    }
    if (!stepError.isEmpty()) {
        *error = stepError;
        return false;
    }
    return true;
}

QString quotedName(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

} // namespace

bool SuspendedUpkeep::suspend(sqlite3 *connection, Indexes indexes, QString *error)
{
    m_connection = connection;
    m_indexes.clear();
    m_triggers.clear();
    QList<QString> triggerNames;
    if (!schemaObjects(connection, QStringLiteral("trigger"), &triggerNames, &m_triggers, error))
        return false;
    for (const QString &name : triggerNames) {
        if (!SqliteStatement::exec(connection, QStringLiteral("DROP TRIGGER %1").arg(quotedName(name)), error))
            return false;
    }
    // (Dropping an index fails while a query reads, and undoing the drops
    // before it would abort that query.)
    if (indexes == Indexes::Kept || connectionIsReading(connection))
        return true;
    QList<QString> indexNames;
    QList<QString> indexStatements;
    if (!schemaObjects(connection, QStringLiteral("index"), &indexNames, &indexStatements, error))
        return false;
    // All or none: a savepoint, so that an index that cannot go (a reading
    // query is open) brings back the ones dropped before it.
    if (!SqliteStatement::exec(connection, QStringLiteral("SAVEPOINT rt_drop_indexes"), error))
        return false;
    QString dropError;
    for (const QString &name : indexNames) {
        if (!SqliteStatement::exec(connection, QStringLiteral("DROP INDEX %1").arg(quotedName(name)), &dropError)) {
            return SqliteStatement::exec(connection, QStringLiteral("ROLLBACK TO rt_drop_indexes"), error)
                && SqliteStatement::exec(connection, QStringLiteral("RELEASE rt_drop_indexes"), error);
        }
    }
    if (!SqliteStatement::exec(connection, QStringLiteral("RELEASE rt_drop_indexes"), error))
        return false;
    m_indexes = indexStatements;
    return true;
}

bool SuspendedUpkeep::connectionIsReading(sqlite3 *connection)
{
    for (sqlite3_stmt *statement = sqlite3_next_stmt(connection, nullptr); statement;
         statement = sqlite3_next_stmt(connection, statement)) {
        if (sqlite3_stmt_busy(statement) && sqlite3_stmt_readonly(statement))
            return true;
    }
    return false;
}

bool SuspendedUpkeep::resume(QString *error)
{
    for (const QString &sql : std::as_const(m_indexes)) {
        if (!SqliteStatement::exec(m_connection, sql, error))
            return false;
    }
    for (const QString &sql : std::as_const(m_triggers)) {
        if (!SqliteStatement::exec(m_connection, sql, error))
            return false;
    }
    m_indexes.clear();
    m_triggers.clear();
    return true;
}
