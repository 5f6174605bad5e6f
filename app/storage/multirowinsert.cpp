#include "multirowinsert.h"

MultiRowInsert::MultiRowInsert(sqlite3 *connection, const QString &head, const QString &table,
                               const QStringList &columns, int rowsPerStatement, Mode mode)
    : m_connection(connection), m_head(head), m_table(table), m_columns(columns),
      m_rowsPerStatement(rowsPerStatement), m_mode(mode)
{
    m_values.reserve(size_t(columns.size()) * size_t(rowsPerStatement));
}

void MultiRowInsert::addNull()
{
    m_values.push_back({Value::Null, 0, 0});
}

void MultiRowInsert::addInt(qint64 value)
{
    m_values.push_back({Value::Int, value, 0});
}

void MultiRowInsert::addText(QStringView text)
{
    // Encoded straight after the texts before it: no allocation per value
    // once the buffer has grown to a statement's worth.
    const qsizetype offset = m_text.size();
    m_text.resize(offset + m_encoder.requiredSpace(text.size()));
    const char *end = m_encoder.appendToBuffer(m_text.data() + offset, text);
    const qsizetype size = end - (m_text.constData() + offset);
    m_text.resize(offset + size);
    m_values.push_back({Value::Text, offset, size});
}

bool MultiRowInsert::endRow(QString *error)
{
    if (m_values.size() < size_t(m_columns.size()) * size_t(m_rowsPerStatement))
        return true;
    return write(m_rowsPerStatement, error);
}

bool MultiRowInsert::flush(QString *error)
{
    const int rows = int(m_values.size() / size_t(m_columns.size()));
    return rows == 0 || write(rows, error);
}

bool MultiRowInsert::finish(QString *error)
{
    if (m_finished)
        return true;
    if (m_first && !m_first->finish(error))
        return false;
    if (!flush(error))
        return false;
    m_finished = true;
    if (!m_stageReady)
        return true; // direct, or staged but never given a row
    const QString columns = m_columns.join(QStringLiteral(", "));
    return SqliteStatement::exec(m_connection,
               QStringLiteral("%1 %2 (%3) SELECT %3 FROM temp.rt_stage_%2 ORDER BY rowid").arg(m_head, m_table, columns),
               error)
        && SqliteStatement::exec(m_connection, QStringLiteral("DELETE FROM temp.rt_stage_%1").arg(m_table), error);
}

bool MultiRowInsert::createStage(QString *error)
{
    // Kept for the connection's life, and left empty: creating it once saves
    // a schema change per batch. Untyped columns keep the values as bound.
    return SqliteStatement::exec(m_connection,
               QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS rt_stage_%1 (%2)")
                   .arg(m_table, m_columns.join(QStringLiteral(", "))),
               error)
        && SqliteStatement::exec(m_connection, QStringLiteral("DELETE FROM temp.rt_stage_%1").arg(m_table), error);
}

bool MultiRowInsert::prepare(SqliteStatement &statement, int rows, QString *error)
{
    QString tuple = QStringLiteral("(?");
    for (qsizetype column = 1; column < m_columns.size(); ++column)
        tuple += QStringLiteral(",?");
    tuple += QLatin1Char(')');
    QString sql = m_mode == Mode::Staged
        ? QStringLiteral("INSERT INTO temp.rt_stage_%1 VALUES ").arg(m_table)
        : QStringLiteral("%1 %2 (%3) VALUES ").arg(m_head, m_table, m_columns.join(QStringLiteral(", ")));
    sql.reserve(sql.size() + rows * (tuple.size() + 1));
    for (int row = 0; row < rows; ++row) {
        if (row > 0)
            sql += QLatin1Char(',');
        sql += tuple;
    }
    return statement.prepare(m_connection, sql, error);
}

bool MultiRowInsert::write(int rows, QString *error)
{
    if (m_mode == Mode::Direct && m_first && !m_first->flush(error))
        return false;
    if (m_mode == Mode::Staged && !m_stageReady) {
        if (!createStage(error))
            return false;
        m_stageReady = true;
    }
    SqliteStatement *statement = &m_full;
    if (rows != m_rowsPerStatement) {
        if (rows != m_tailRows || !m_tail.isPrepared()) {
            m_tailRows = 0;
            if (!prepare(m_tail, rows, error))
                return false;
            m_tailRows = rows;
        }
        statement = &m_tail;
    } else if (!m_full.isPrepared() && !prepare(m_full, rows, error)) {
        return false;
    }
    const int count = rows * int(m_columns.size());
    for (int i = 0; i < count; ++i) {
        const Value &value = m_values[size_t(i)];
        switch (value.kind) {
        case Value::Null: statement->bindNull(i + 1); break;
        case Value::Int: statement->bindInt(i + 1, value.number); break;
        case Value::Text: statement->bindUtf8(i + 1, m_text.constData() + value.number, value.size); break;
        }
    }
    const bool written = statement->run(error);
    m_values.erase(m_values.begin(), m_values.begin() + count);
    if (m_values.empty())
        m_text.resize(0); // keeps the capacity for the next rows
    return written;
}
