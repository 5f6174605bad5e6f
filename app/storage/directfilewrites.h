#pragma once
// While it lives, the database writes its pages straight into its file,
// with a rollback journal, instead of into the write-ahead log from which
// every page is later copied into the file a second time. For a bulk write
// by the only connection to the file (an import from the command line):
// 250,000 records are some 250 MB of pages, and their second copy costs
// close to a second. SQLite can leave WAL mode only while no other
// connection has the file open; when one has (the window, a reader), or
// inside a transaction, nothing changes and the writes go through the log
// as always. Meanwhile the commit waits for the disk (synchronous = FULL,
// which a rollback journal needs to survive a power cut), and no other
// program can open the file for writing: Database::open asks for WAL mode,
// which needs the lock the write holds, and says the database is locked.
// WAL mode comes back when it goes; a crash in between leaves a database in
// rollback-journal mode, which SQLite recovers as usual and Database::open
// puts back into WAL mode.
class Database;

class DirectFileWrites
{
public:
    explicit DirectFileWrites(Database &database);
    ~DirectFileWrites();
    DirectFileWrites(const DirectFileWrites &) = delete;
    DirectFileWrites &operator=(const DirectFileWrites &) = delete;

    // Whether the writes now go straight into the file.
    bool isActive() const { return m_active; }

private:
    Database &m_database;
    bool m_active = false;
};
