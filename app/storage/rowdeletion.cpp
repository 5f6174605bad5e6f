#include "rowdeletion.h"

#include "multirowinsert.h"
#include "sqlitestatement.h"
#include "transaction.h"

#include <QSet>

namespace {

constexpr int idsInStatement = 500;

// The first of ids not in table, as the database is now.
bool findMissing(sqlite3 *connection, const QString &table, const QList<qint64> &ids, qint64 *missing,
                 QString *error)
{
    SqliteStatement exists;
    if (!exists.prepare(connection, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table), error))
        return false;
    for (qint64 id : ids) {
        exists.bindInt(1, id);
        QString stepError;
        const bool found = exists.next(&stepError);
        exists.reset();
        if (!stepError.isEmpty()) {
            *error = stepError;
            return false;
        }
        if (!found) {
            *missing = id;
            return false;
        }
    }
    return true;
}

bool deleteIn(sqlite3 *connection, const QString &table, const QList<qint64> &ids, Transaction &transaction,
              qint64 *missing, QString *error)
{
    QSet<qint64> seen;
    seen.reserve(ids.size());
    for (qint64 id : ids) {
        if (seen.contains(id)) { // deleted already when its second turn comes
            transaction.rollback();
            *missing = id;
            return false;
        }
        seen.insert(id);
    }
    if (ids.isEmpty())
        return true;
    // A few ids in the statement itself; more in a temporary table, so that
    // one statement deletes them all (see MultiRowInsert on why one).
    const bool staged = ids.size() > idsInStatement;
    SqliteStatement remove;
    if (!staged) {
        if (!remove.prepare(connection,
                            QStringLiteral("DELETE FROM %1 WHERE id IN (%2)").arg(table, SqliteStatement::placeholders(int(ids.size()))),
                            error))
            return false;
        for (int i = 0; i < ids.size(); ++i)
            remove.bindInt(i + 1, ids.at(i));
    } else {
        if (!SqliteStatement::exec(connection, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS rt_stage_ids (id INTEGER PRIMARY KEY)"),
                 error)
            || !SqliteStatement::exec(connection, QStringLiteral("DELETE FROM temp.rt_stage_ids"), error))
            return false;
        MultiRowInsert stage(connection, QStringLiteral("INSERT INTO"), QStringLiteral("temp.rt_stage_ids"),
                             {QStringLiteral("id")}, idsInStatement, MultiRowInsert::Mode::Direct);
        for (qint64 id : ids) {
            stage.addInt(id);
            if (!stage.endRow(error))
                return false;
        }
        if (!stage.finish(error)
            || !remove.prepare(connection,
                               QStringLiteral("DELETE FROM %1 WHERE id IN (SELECT id FROM temp.rt_stage_ids)").arg(table),
                               error))
            return false;
    }
    if (!remove.run(error))
        return false;
    const int deleted = remove.changes();
    if (staged && !SqliteStatement::exec(connection, QStringLiteral("DELETE FROM temp.rt_stage_ids"), error))
        return false;
    if (deleted != ids.size()) {
        // Named as the database was before: what was deleted is put back first.
        transaction.rollback();
        if (findMissing(connection, table, ids, missing, error))
            *missing = ids.first(); // cannot happen: fewer rows went than were there
        return false;
    }
    return true;
}

} // namespace

namespace RowDeletion {

bool byIds(Database &database, const QString &table, const QList<qint64> &ids, qint64 *missing, QString *error)
{
    Transaction transaction(database);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    sqlite3 *connection = SqliteStatement::connection(database, error);
    if (!connection || !deleteIn(connection, table, ids, transaction, missing, error))
        return false;
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    return true;
}

} // namespace RowDeletion
