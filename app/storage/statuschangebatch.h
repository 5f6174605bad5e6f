#pragma once
// Status entries written and removed many at a time: the first entries of
// an import, one status assigned to thousands of records, and their undo.
// RecommendationRepository's single-entry calls go through here as well, so
// the columns of an entry are written in one place.
#include "multirowinsert.h"
#include "idsequence.h"
#include "statuschange.h"

#include <QDateTime>
#include <QList>
#include <QString>

class Database;

namespace StatusChangeBatch {
// Appends the entries, all or nothing, and fills in their ids (an entry that
// has one keeps it) and the recording time of those without one (now, the
// same for all), so that a redo writes them again exactly. Fails, changing
// nothing, when a recommendation does not exist or a date is missing.
bool append(Database &database, QList<StatusChange> &changes, QString *error);
// Deletes the entries, all or nothing: fails when one of them does not exist.
bool remove(Database &database, const QList<qint64> &ids, QString *error);
// The sentence for an entry without a valid effective date.
QString missingDateMessage();
}

// Queues entries into multi-row INSERTs; for RecordBatch, which writes the
// histories of the records it inserts, and for StatusChangeBatch::append.
// The caller holds the transaction.
class StatusChangeWriter
{
public:
    StatusChangeWriter(sqlite3 *connection, int rowsPerStatement, MultiRowInsert::Mode mode);
    bool start(QString *error);
    // The recommendations' rows must be written first.
    void writeAfter(MultiRowInsert *recommendations) { m_rows.writeAfter(recommendations); }
    // Gives the entry its id (and recordedAt, when it has none) and queues
    // it; its recommendationId must be set.
    bool add(StatusChange &change, QString *error);
    // Gives the entry its id and recordedAt as add() will, for a writer
    // that needs them before the entry is queued (the current status).
    void identify(StatusChange &change);
    bool finish(QString *error) { return m_rows.finish(error); }

private:
    QStringView recordedAt(QDateTime &time);

    sqlite3 *m_connection;
    MultiRowInsert m_rows;
    IdSequence m_ids;
    QDateTime m_now;
    QString m_nowText;
    QDateTime m_lastTime; // entries of one step share their time: format it once
    QString m_lastTimeText;
    QDate m_lastDate; // and often their date
    QString m_lastDateText;
};
