#pragma once
// Whole records (the recommendation, its lists, SDGs and status history)
// written and removed many at a time: an import of 250,000 rows, its undo and
// redo, the undo of a large delete. Rows are queued into statements prepared
// once per batch, a few hundred rows each; a large batch is staged and copied
// into each table by one statement (see MultiRowInsert). Names in the lists
// are looked up once per batch. RecommendationRepository's insert() and
// remove() of a single record go through here as well, so that a record is
// written in one place.
#include "recommendationrecord.h"

#include <QList>
#include <QString>

class Database;

namespace RecordBatch {
// Inserts the records with their histories, in order, all or nothing, and
// fills in the ids of the records and of their entries (the entries'
// recommendationId too) and the recording time of entries without one. A
// record or entry without an id gets the one SQLite would have given it; one
// with an id keeps it (undo of a delete, redo of an add). After a failure
// what was filled in means nothing.
bool insert(Database &database, QList<RecommendationRecord> &records, QString *error);
// Deletes the records; their lists, SDGs and histories go with them. All or
// nothing: fails when one of them does not exist.
bool remove(Database &database, const QList<qint64> &ids, QString *error);
}
