#include "schemafloor.h"

#include "benchmarksetup.h"
#include "timedprocess.h"

namespace {

// What the shell prints for query over source, or an empty text (with
// *error) when it fails.
QByteArray asked(const BenchmarkSetup &setup, const QString &source, const QString &query, QString *error)
{
    const ProcessRun run = TimedProcess::run(setup.options.sqlite3, {QStringLiteral("-batch"), source, query},
                                             setup.environment, setup.processTimeoutSeconds());
    if (!run.succeeded() || !run.err.isEmpty()) {
        *error = run.error.isEmpty() ? QString::fromUtf8(run.err).trimmed() : run.error;
        return QByteArray();
    }
    return run.out;
}

QString sqlQuoted(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

} // namespace

namespace SchemaFloor {

QByteArray script(const BenchmarkSetup &setup, const QString &source, QString *error)
{
    // The search index's own tables are made by its CREATE VIRTUAL TABLE
    // and filled by its rebuild, as the import fills it in one statement.
    const QString ownTables = QStringLiteral("m.type = 'table' AND m.name NOT LIKE 'sqlite_%' "
                                             "AND m.name NOT LIKE 'recommendation_search_%'");
    const QByteArray tables =
        asked(setup, source, QStringLiteral("SELECT m.sql || ';' FROM sqlite_schema m WHERE %1").arg(ownTables), error);
    // Generated columns are not in pragma_table_info, and cannot be written.
    // In the order the tables were made, so that with foreign keys on each
    // table's references are copied before it.
    const QByteArray copies = asked(
        setup, source,
        QStringLiteral("SELECT 'INSERT INTO main.' || m.name || ' (' || group_concat(p.name, ', ') || ') SELECT ' "
                       "|| group_concat(p.name, ', ') || ' FROM source.' || m.name || ';' "
                       "FROM sqlite_schema m JOIN pragma_table_info(m.name) p "
                       "WHERE %1 AND m.sql NOT LIKE 'CREATE VIRTUAL%' GROUP BY m.name ORDER BY m.rowid")
            .arg(ownTables),
        error);
    const QByteArray indexes = asked(
        setup, source, QStringLiteral("SELECT sql || ';' FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL"),
        error);
    const QByteArray triggers =
        asked(setup, source, QStringLiteral("SELECT sql || ';' FROM sqlite_schema WHERE type = 'trigger'"), error);
    if (!error->isEmpty())
        return QByteArray();
    if (tables.isEmpty() || copies.isEmpty() || indexes.isEmpty() || triggers.isEmpty()) {
        *error = QStringLiteral("%1 holds no schema of ours").arg(source);
        return QByteArray();
    }
    // The import's settings for a new file: a rollback journal with full
    // syncs (DirectFileWrites), the connection's foreign keys and page cache
    // (SqlStatement), the search index's buffer (RecordBatch). The schema is
    // made in the same transaction as the rest (the import makes it in a few
    // WAL transactions; here each statement alone would wait for the disk).
    return QByteArrayLiteral(".bail on\n"
                             "PRAGMA journal_mode = DELETE;\n"
                             "PRAGMA synchronous = FULL;\n"
                             "PRAGMA foreign_keys = ON;\n"
                             "PRAGMA cache_size = -32768;\n"
                             "PRAGMA cache_spill = 32768;\n")
        + "ATTACH " + sqlQuoted(source).toUtf8() + " AS source;\nBEGIN;\n" + tables + copies
        + "INSERT INTO recommendation_search (recommendation_search, rank) VALUES ('hashsize', 67108864);\n"
          "INSERT INTO recommendation_search (recommendation_search) VALUES ('rebuild');\n"
        + indexes + triggers + "COMMIT;\n";
}

} // namespace SchemaFloor
