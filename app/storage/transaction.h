#pragma once
// A scoped transaction that nests: it is a SQLite SAVEPOINT, so a repository
// call that guards its own multi-table write can run inside an edit command's
// transaction. Rolled back on destruction unless committed.
#include <QString>

class Database;

class Transaction
{
public:
    explicit Transaction(Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    QString error() const { return m_error; }
    bool commit();
    void rollback();

private:
    QString m_connectionName;
    QString m_name;
    bool m_active = false;
    QString m_error;
};
