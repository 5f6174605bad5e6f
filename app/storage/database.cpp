#include "database.h"

#include "schemamigrations.h"
#include "sqlstatement.h"
#include "walcheckpoint.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <atomic>

namespace {

std::atomic<quint64> nextConnection{1};

// Root ignores file permissions, so "may I write?" is answered from the
// permission bits: a file its owner made read-only is treated as read-only.
bool permissionsAllowWriting(const QFileInfo &info)
{
    // WriteUser is computed with access(), which says yes to root; the mode bits do not.
    const QFile::Permissions permissions = info.permissions();
    return permissions & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther);
}

bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

int pragmaInt(const QSqlDatabase &db, const char *pragma, bool *ok, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(pragma))) || !query.next()) {
        *ok = false;
        *error = SqlStatement::describe(query);
        return 0;
    }
    *ok = true;
    return query.value(0).toInt();
}

} // namespace

Database::Database(QString path, QString connectionName, bool readOnly)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_readOnly(readOnly)
{
}

Database::~Database()
{
    // The log into the file before going (automatic checkpoints are off:
    // walcheckpoint.h). SQLite does it only when the last connection to the
    // file closes, which a command run while the window is open is not.
    if (!m_readOnly && QSqlDatabase::database(m_connectionName, false).isOpen())
        WalCheckpoint::copyIntoDatabase(*this, nullptr);
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::schemaVersion() const
{
    bool ok = false;
    QString ignored;
    const int version = pragmaInt(SqlStatement::connection(m_connectionName), "user_version", &ok,
                                  &ignored);
    return ok ? version : -1;
}

std::unique_ptr<Database> Database::open(const QString &path, Access access, Creation creation,
                                         QString *error, int upToVersion)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::unique_ptr<Database>();
    };

    if (path.trimmed().isEmpty())
        return fail(tr("No database file was given."));
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (!info.absoluteDir().exists())
        return fail(tr("The folder %1 does not exist; create it first or choose another location.")
                        .arg(QDir::toNativeSeparators(info.absolutePath())));
    if (info.exists() && info.isDir())
        return fail(tr("%1 is a folder, not a database file.").arg(shown));

    const bool exists = info.exists();
    if (!exists && creation == Creation::MustExist)
        return fail(tr("There is no database at %1.").arg(shown));
    if (!exists && access == Access::ReadOnly)
        return fail(tr("There is no database at %1.").arg(shown));
    if (exists && !info.isReadable())
        return fail(tr("The database %1 cannot be read; check its permissions.").arg(shown));
    if (exists && info.size() > 0 && !hasSqliteHeader(path))
        return fail(tr("%1 is not a Recommendation Tracker database (it is not a SQLite file).")
                        .arg(shown));

    const bool writeProtected = exists && !permissionsAllowWriting(info);
    const bool readOnly = access == Access::ReadOnly || writeProtected;
    if (!exists && !QFileInfo(info.absolutePath()).isWritable())
        return fail(tr("The folder %1 is not writable, so no database can be created there.")
                        .arg(QDir::toNativeSeparators(info.absolutePath())));

    const QString connectionName = QStringLiteral("rectracker-%1").arg(nextConnection++);
    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), connectionName, readOnly));
    auto failed = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const auto openConnection = [&]() -> bool {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
            db.setDatabaseName(info.absoluteFilePath());
            // Read-only access is PRAGMA query_only rather than SQLite's read-only
            // open: a read-only connection cannot remove the -wal and -shm files
            // it creates, and the folder would not be left as it was.
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
            if (!db.open())
                return failed(tr("The database %1 could not be opened: %2")
                                .arg(shown, db.lastError().databaseText()));

            // Everything up to the version check only reads.
            QString sqlError;
            bool ok = false;
            const int version = pragmaInt(db, "user_version", &ok, &sqlError);
            if (!ok)
                return failed(tr("%1 is not a Recommendation Tracker database: %2").arg(shown, sqlError));
            const int applicationId = pragmaInt(db, "application_id", &ok, &sqlError);
            if (!ok)
                return failed(tr("%1 is not a Recommendation Tracker database: %2").arg(shown, sqlError));
            if (applicationId != 0 && applicationId != SchemaMigrations::applicationId())
                return failed(tr("%1 is a database of another application; it was left untouched.")
                                .arg(shown));
            if (version == 0 && applicationId == 0) {
                QSqlQuery tables(db);
                if (!tables.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !tables.next())
                    return failed(tr("%1 is not a Recommendation Tracker database: %2")
                                    .arg(shown, SqlStatement::describe(tables)));
                if (tables.value(0).toInt() > 0)
                    return failed(tr("%1 is a SQLite database of another application; it was left "
                                   "untouched.")
                                    .arg(shown));
            }
            if (version > SchemaMigrations::currentVersion())
                return failed(tr("%1 was written by a newer version of Recommendation Tracker (schema "
                               "version %2; this version understands up to %3). Update the "
                               "application to open it; the file was left untouched.")
                                .arg(shown)
                                .arg(version)
                                .arg(SchemaMigrations::currentVersion()));
            if (readOnly && version < SchemaMigrations::currentVersion())
                return failed(tr("%1 needs to be upgraded to this version's schema, but it is opened "
                               "read-only. Make the file writable and open it again.")
                                .arg(shown));

            if (!SqlStatement::configureConnection(db, readOnly, &sqlError))
                return failed(sqlError);
            if (!readOnly) {
                QSqlQuery wal(db);
                if (!wal.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !wal.next())
                    return failed(tr("The database %1 could not be switched to WAL mode: %2")
                                    .arg(shown, SqlStatement::describe(wal)));
            }
        }
        return readOnly || SchemaMigrations::migrate(*database, error, upToVersion);
    };
    if (!openConnection()) {
        database.reset();
        // A file this call created is removed again: a failed open leaves nothing behind.
        if (!exists) {
            for (const char *suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(info.absoluteFilePath() + QLatin1String(suffix));
        }
        return nullptr;
    }
    return database;
}
