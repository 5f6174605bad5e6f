#pragma once
// A fresh database file in its own temporary folder, removed with the object.
// Tests use real SQLite files, never a shared global database.
#include "database.h"

#include <QTemporaryDir>
#include <memory>

class TemporaryDatabase
{
public:
    TemporaryDatabase();
    bool isValid() const { return m_database != nullptr; }
    QString error() const { return m_error; }
    Database &database() { return *m_database; }
    QString path() const { return m_path; }
    QString folder() const { return m_folder.path(); }
    // Closes the connection (so the file can be inspected or reopened).
    void close() { m_database.reset(); }
    bool reopen();

private:
    QTemporaryDir m_folder;
    QString m_path;
    QString m_error;
    std::unique_ptr<Database> m_database;
};
