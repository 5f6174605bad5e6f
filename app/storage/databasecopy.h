#pragma once
// File > Save a copy: a consistent copy of an open database, made while it
// stays open and in use. SQLite's VACUUM INTO writes the copy from one read
// transaction, so it holds the last committed state whatever the window's
// connection is doing; it runs on a connection of its own, because VACUUM
// INTO refuses to run inside a transaction and the main connection may be in
// one (an edit being written). The copy is written under a temporary name in
// the target's folder and renamed over the target only when complete: a
// failed copy leaves no partial file and an existing target untouched.
#include <QCoreApplication>
#include <QString>

class Database;

class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)

public:
    // Writes the copy to targetPath (replacing a file there). False and a
    // sentence in *error when it could not; the live database's own file is
    // refused as a target.
    static bool save(Database &database, const QString &targetPath, QString *error);
};
