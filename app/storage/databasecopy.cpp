#include "databasecopy.h"

#include "database.h"
#include "sqlstatement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <atomic>
#include <filesystem>

namespace {

std::atomic<quint64> nextCopyConnection{1};

// The file path a name resolves to, also for a file that does not exist yet
// (its folder resolved instead), so that a link or "..\" cannot disguise
// the live database as another file.
QString resolvedPath(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// A connection of the copy's own, removed when done.
class CopyConnection
{
public:
    explicit CopyConnection(const Database &database)
        : m_name(QStringLiteral("%1-copy-%2").arg(database.connectionName()).arg(nextCopyConnection++))
    {
        QSqlDatabase db = QSqlDatabase::cloneDatabase(database.connectionName(), m_name);
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError().databaseText();
    }
    ~CopyConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    CopyConnection(const CopyConnection &) = delete;
    CopyConnection &operator=(const CopyConnection &) = delete;

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

} // namespace

bool DatabaseCopy::save(Database &database, const QString &targetPath, QString *error)
{
    if (targetPath.trimmed().isEmpty())
        return fail(error, tr("No file was given for the copy."));
    const QFileInfo target(targetPath);
    const QString shown = QDir::toNativeSeparators(target.absoluteFilePath());
    // Nor its log or shared-memory file: a copy renamed over those would
    // lose, then corrupt, the edits not yet in the database file.
    const QString resolvedTarget = resolvedPath(targetPath);
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        if (resolvedTarget == resolvedPath(database.path() + QLatin1String(suffix)))
            return fail(error, tr("%1 is the open database itself; choose another file for the copy.").arg(shown));
    }
    if (target.isDir())
        return fail(error, tr("%1 is a folder; choose a file name for the copy.").arg(shown));
    if (!target.absoluteDir().exists())
        return fail(error, tr("The folder %1 does not exist; choose another location.")
                               .arg(QDir::toNativeSeparators(target.absolutePath())));

    // VACUUM INTO writes only to a file that does not exist or is empty: an
    // empty temporary file reserves a unique name in the target's folder
    // (the same file system, so the rename below is atomic).
    QTemporaryFile partial(target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.partial").arg(target.fileName())));
    if (!partial.open())
        return fail(error, tr("Could not write in the folder %1: %2")
                               .arg(QDir::toNativeSeparators(target.absolutePath()), partial.errorString()));
    partial.close();
    const QString partialPath = partial.fileName();

    {
        CopyConnection connection(database);
        if (!connection.isOpen())
            return fail(error, tr("The database could not be read for the copy: %1").arg(connection.error()));
        QSqlQuery vacuum(connection.db());
        if (!vacuum.prepare(QStringLiteral("VACUUM INTO ?")))
            return fail(error, tr("The copy could not be written: %1").arg(SqlStatement::describe(vacuum)));
        vacuum.addBindValue(partialPath);
        QString sqlError;
        if (!SqlStatement::exec(vacuum, &sqlError))
            return fail(error, tr("The copy could not be written: %1").arg(sqlError));
    }

    // Not the temporary file's private mode: the copy gets the permissions
    // of the file it replaces, or else those of the database it copies, so
    // that data kept private (a umask of 077) stays private in its copy.
    QFile::setPermissions(partialPath, target.exists() ? QFile::permissions(target.absoluteFilePath())
                                                       : QFile::permissions(database.path()));
    std::error_code renameError;
    std::filesystem::rename(QFile::encodeName(partialPath).toStdString(),
                            QFile::encodeName(target.absoluteFilePath()).toStdString(), renameError);
    if (renameError)
        return fail(error, tr("Could not replace %1: %2.").arg(shown, QString::fromLocal8Bit(renameError.message())));
    partial.setAutoRemove(false); // it is the target now
    return true;
}
