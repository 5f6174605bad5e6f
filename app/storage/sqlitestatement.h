#pragma once
// A statement prepared once and run many times through SQLite's own API, for
// the bulk writes (imports, their undo, status assigned to thousands of
// records). QSqlQuery spends more on binding a value (it builds and looks up
// a placeholder name for every one) than SQLite spends on storing it. The
// statement runs on the connection the storage layer uses on the calling
// thread; the Qt driver and this code use the same system SQLite library.
#include <QByteArray>
#include <QString>
#include <QStringView>

class QVariant;

struct sqlite3;
struct sqlite3_stmt;
class Database;

class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // The SQLite connection behind database on the calling thread, or nullptr
    // with a sentence in *error.
    static sqlite3 *connection(Database &database, QString *error);
    // A failure of the connection, worded as SqlStatement words a QSqlQuery's.
    static QString describe(sqlite3 *connection);

    // Prepares and runs a statement once (no values bound).
    static bool exec(sqlite3 *connection, const QString &sql, QString *error);
    // "?,?,?" for count values, as in "id IN (%1)".
    static QString placeholders(int count);

    bool prepare(sqlite3 *connection, const QString &sql, QString *error);
    bool isPrepared() const { return m_statement != nullptr; }

    // Parameters are numbered from 1. Text given as UTF-8 must stay alive and
    // unchanged until run() or next() has returned.
    void bindNull(int index);
    void bindInt(int index, qint64 value);
    void bindUtf8(int index, const char *text, qsizetype size);
    void bindText(int index, QStringView text); // copied by SQLite; a null string is ''
    // A value as QSqlQuery would bind it: integers, reals, null, else text.
    void bindValue(int index, const QVariant &value);

    // Runs the statement to its end and resets it for the next values.
    bool run(QString *error);
    // For a query: true while there is a row; *error says whether the end was a failure.
    bool next(QString *error);
    void reset();
    qint64 intAt(int column) const;
    QString textAt(int column) const;
    bool isNullAt(int column) const;
    // Rows the last run inserted, changed or deleted itself (not through
    // triggers or foreign keys).
    int changes() const;
    // The rowid of the connection's last INSERT.
    qint64 lastInsertId() const;

private:
    sqlite3 *m_connection = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};
