#pragma once
// Rows deleted by id a few hundred per statement (the undo of an import, of
// a status assigned to thousands of records): one statement per row would
// also make the search index write a segment per row.
#include <QList>
#include <QString>

class Database;

namespace RowDeletion {
// Deletes the rows of table with the given ids in one transaction of its
// own (nested in the caller's, if any). When one of them is not there (or is
// given twice), deletes nothing, puts the first such id in *missing and
// returns false; on a database error, sets *error and returns false.
bool byIds(Database &database, const QString &table, const QList<qint64> &ids, qint64 *missing, QString *error);
}
