#pragma once
// The ids new rows get: one more than the largest so far, as SQLite itself
// gives an INTEGER PRIMARY KEY without AUTOINCREMENT, while a row that brings
// its own id (undo of a delete, redo of an add) keeps it. Given here rather
// than by SQLite, so that a multi-row INSERT knows the id of every row.
#include <QString>

struct sqlite3;

class IdSequence
{
public:
    // Reads the largest id of table; false with *error set on failure.
    bool start(sqlite3 *connection, const QString &table, QString *error);
    qint64 take(qint64 given)
    {
        if (given > 0) {
            m_last = qMax(m_last, given);
            return given;
        }
        return ++m_last;
    }

    // The largest id so far.
    qint64 last() const { return m_last; }

private:
    qint64 m_last = 0;
};
