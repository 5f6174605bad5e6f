#include "sqlitestatement.h"

#include "database.h"
#include "sqlstatement.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

#include <utility>

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_connection(std::exchange(other.m_connection, nullptr)), m_statement(std::exchange(other.m_statement, nullptr))
{
}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    std::swap(m_connection, other.m_connection);
    std::swap(m_statement, other.m_statement);
    return *this;
}

sqlite3 *SqliteStatement::connection(Database &database, QString *error)
{
    const QSqlDatabase db = SqlStatement::connection(database.connectionName());
    const QVariant handle = db.isOpen() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        *error = QCoreApplication::translate("Database", "The database %1 is not open.").arg(database.path());
        return nullptr;
    }
    return *static_cast<sqlite3 *const *>(handle.constData());
}

QString SqliteStatement::describe(sqlite3 *connection)
{
    return QCoreApplication::translate("Database", "The database reported an error: %1")
        .arg(QString::fromUtf8(sqlite3_errmsg(connection)));
}

bool SqliteStatement::exec(sqlite3 *connection, const QString &sql, QString *error)
{
    SqliteStatement statement;
    return statement.prepare(connection, sql, error) && statement.run(error);
}

QString SqliteStatement::placeholders(int count)
{
    QString marks;
    marks.reserve(2 * count);
    for (int i = 0; i < count; ++i)
        marks += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
    return marks;
}

bool SqliteStatement::prepare(sqlite3 *connection, const QString &sql, QString *error)
{
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    m_connection = connection;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(connection, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_statement,
                           nullptr)
        != SQLITE_OK) {
        *error = describe(connection);
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        return false;
    }
    return true;
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

void SqliteStatement::bindInt(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bindUtf8(int index, const char *text, qsizetype size)
{
    // A null pointer would be stored as NULL; the text columns mean '' by empty.
    sqlite3_bind_text(m_statement, index, size > 0 ? text : "", int(size), SQLITE_STATIC);
}

void SqliteStatement::bindValue(int index, const QVariant &value)
{
    if (value.isNull()) {
        bindNull(index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        bindInt(index, value.toLongLong());
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        sqlite3_bind_double(m_statement, index, value.toDouble());
        break;
    default:
        bindText(index, value.toString());
        break;
    }
}

void SqliteStatement::bindText(int index, QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    // The pointer of an empty QByteArray may be null, which SQLite would store as NULL.
    sqlite3_bind_text(m_statement, index, utf8.isEmpty() ? "" : utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

bool SqliteStatement::run(QString *error)
{
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_DONE || result == SQLITE_ROW) {
        sqlite3_reset(m_statement);
        return true;
    }
    *error = describe(m_connection);
    sqlite3_reset(m_statement);
    return false;
}

bool SqliteStatement::next(QString *error)
{
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        return true;
    if (result != SQLITE_DONE)
        *error = describe(m_connection);
    sqlite3_reset(m_statement);
    return false;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
}

qint64 SqliteStatement::intAt(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString SqliteStatement::textAt(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column));
}

bool SqliteStatement::isNullAt(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

int SqliteStatement::changes() const
{
    return sqlite3_changes(m_connection);
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_connection);
}
