#pragma once
// Copying the write-ahead log into the database file, as a step of its own.
// Connections are opened with SQLite's automatic checkpoint off
// (SqlStatement::configureConnection): left on, the commit that crosses
// 1,000 logged pages also copies every page it changed into the file and
// syncs it, which at 250,000 records is half the time of a status change on
// 10,000 of them. The GUI runs this instead on a worker once the edits
// pause; a process that ends (the command line) copies the log on close.
#include <QCoreApplication>
#include <QString>

class Database;

class WalCheckpoint
{
    Q_DECLARE_TR_FUNCTIONS(WalCheckpoint)

public:
    // A passive checkpoint on the calling thread's connection: it copies what
    // no reader still needs and never waits for readers or a writer, so the
    // rest follows next time. The log file keeps its size and is reused.
    static bool copyIntoDatabase(Database &database, QString *error);
};
