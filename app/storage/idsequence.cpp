#include "idsequence.h"

#include "sqlitestatement.h"

bool IdSequence::start(sqlite3 *connection, const QString &table, QString *error)
{
    SqliteStatement largest;
    if (!largest.prepare(connection, QStringLiteral("SELECT max(id) FROM %1").arg(table), error))
        return false;
    QString stepError;
    if (!largest.next(&stepError)) {
        *error = stepError;
        return false;
    }
    m_last = largest.intAt(0); // 0 for an empty table (max() is NULL)
    largest.reset();
    return true;
}
