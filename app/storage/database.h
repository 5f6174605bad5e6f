#pragma once
// An open Recommendation Tracker database: one SQLite connection, in WAL mode
// with foreign keys on, migrated to the current schema. Opening checks
// everything that could make it touch a file it must not (a missing folder, a
// file that is not SQLite, another application's database, a newer schema, a
// read-only file) before the first write, so a refused file stays byte for
// byte as it was.
#include <QCoreApplication>
#include <QString>
#include <memory>

class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Access { ReadWrite, ReadOnly };
    enum class Creation { CreateIfMissing, MustExist };

    // nullptr and a translated sentence in *error when the file cannot be used.
    // upToVersion stops the upgrade at an older version (0 = current); the
    // migration tests build the databases of earlier versions with it.
    static std::unique_ptr<Database> open(const QString &path, Access access, Creation creation,
                                          QString *error, int upToVersion = 0);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const;

    // For the storage layer only: the name of the QSqlDatabase connection.
    QString connectionName() const { return m_connectionName; }

private:
    Database(QString path, QString connectionName, bool readOnly);

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
};
