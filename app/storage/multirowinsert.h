#pragma once
// Rows for one table, written many at a time. Statements are prepared once,
// each with a VALUES tuple per row for a few hundred rows. A large batch is
// staged: the rows go first to a temporary table of the connection (no
// indexes, no triggers, no foreign keys: a plain append), and finish() copies
// them over in one INSERT ... SELECT. That one statement is what makes a bulk
// write cheap in SQLite: every statement that writes through a trigger opens
// a statement journal, copying each existing page it touches before touching
// it, and at each such statement FTS5 writes out the terms it holds as a new
// segment of the search index, to be merged again later. One statement per
// table touches every page once and builds the index in few large segments.
#include "sqlitestatement.h"

#include <QByteArray>
#include <QString>
#include <QStringEncoder>
#include <QStringList>
#include <QStringView>
#include <vector>

class MultiRowInsert
{
public:
    enum class Mode { Direct, Staged };

    // head: "INSERT INTO" or "INSERT OR IGNORE INTO"; the rows go to table's columns.
    MultiRowInsert(sqlite3 *connection, const QString &head, const QString &table, const QStringList &columns,
                   int rowsPerStatement, Mode mode);
    MultiRowInsert(const MultiRowInsert &) = delete;
    MultiRowInsert &operator=(const MultiRowInsert &) = delete;

    // Direct mode: the rows waiting in `first` are written before any of
    // these (the foreign keys of these rows point at those). Staged mode:
    // finish() finishes `first` before copying these.
    void writeAfter(MultiRowInsert *first) { m_first = first; }

    // A row's values, in column order, then endRow().
    void addNull();
    void addInt(qint64 value);
    void addText(QStringView text); // a null string is stored as ''
    // Writes when a statement's worth of rows is waiting.
    bool endRow(QString *error);
    // Writes the rows still waiting and, when staged, copies them all to the
    // table and empties the stage. Once per batch; finishing twice is harmless.
    bool finish(QString *error);

private:
    struct Value {
        enum Kind : quint8 { Null, Int, Text };
        Kind kind;
        qint64 number;  // the integer, or where the text starts in m_text
        qsizetype size; // of the text, in bytes
    };
    bool flush(QString *error);
    bool write(int rows, QString *error);
    bool prepare(SqliteStatement &statement, int rows, QString *error);
    bool createStage(QString *error);

    sqlite3 *m_connection;
    QString m_head;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement;
    Mode m_mode;
    bool m_stageReady = false;
    bool m_finished = false;
    MultiRowInsert *m_first = nullptr;
    SqliteStatement m_full; // rowsPerStatement rows
    SqliteStatement m_tail; // the last statement of fewer rows
    int m_tailRows = 0;
    std::vector<Value> m_values;
    QByteArray m_text; // the waiting rows' texts in UTF-8, one after another
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
};
