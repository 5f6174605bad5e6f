#pragma once
// The triggers of the record tables, and for a batch as large as what is
// stored their secondary indexes too, taken away for one bulk write and put
// back from their own SQL before the transaction commits. A trigger runs
// once per row, and at 250,000 records that is most of an import's time;
// so is keeping a dozen indexes in order row by row, where sorting each
// once afterwards is far cheaper. The writer then does in one pass what the
// triggers would have done (RecordBatch: the current status, the first
// theme and state, the statistics rows, the search index). All of it is
// inside the caller's transaction: a failure or a crash rolls the schema
// back with the rows, and other connections never see the tables without
// their triggers.
#include <QList>
#include <QString>

struct sqlite3;

class SuspendedUpkeep
{
public:
    enum class Indexes { Kept, Rebuilt };

    // Drops the triggers, and the indexes when asked and possible: SQLite
    // cannot drop an index while a query of this connection is still
    // reading, so they are then kept, which is slower but the same, and the
    // query reads on. The connection must be inside a transaction.
    bool suspend(sqlite3 *connection, Indexes indexes, QString *error);
    // Creates the dropped indexes, then the triggers, in their old order.
    bool resume(QString *error);
    // Whether a query of the connection is part way through its rows (the
    // window's table may hold one). Dropping a trigger is a schema change,
    // and undoing one (a failed or cancelled write) aborts such a query:
    // a bulk write then keeps the triggers, as a smaller write does.
    static bool connectionIsReading(sqlite3 *connection);

private:
    sqlite3 *m_connection = nullptr;
    QList<QString> m_indexes;  // CREATE INDEX statements
    QList<QString> m_triggers; // CREATE TRIGGER statements
};
