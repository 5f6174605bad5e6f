#pragma once
// Rows deleted by id a few hundred per statement (the undo of an import, of
// a status assigned to thousands of records): one statement per row would
// also make the search index write a segment per row.
#include <QList>
#include <QString>

struct sqlite3;
class Transaction;

namespace RowDeletion {
// Deletes the rows of table with the given ids inside transaction. When one
// of them is not there (or is given twice), rolls transaction back, puts the
// first such id in *missing and returns false; on a database error, sets
// *error and returns false.
bool byIds(sqlite3 *connection, const QString &table, const QList<qint64> &ids, Transaction &transaction,
           qint64 *missing, QString *error);
}
