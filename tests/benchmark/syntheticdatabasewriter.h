#pragma once
// Fills a new database with synthetic records through the storage layer, the
// way an import adds them (insert, then the status history), all in one
// transaction, so a failure leaves no half-filled database behind.
#include <QCoreApplication>
#include <QString>
#include <functional>

class SyntheticDataset;

class SyntheticDatabaseWriter
{
    Q_DECLARE_TR_FUNCTIONS(SyntheticDatabaseWriter)

public:
    // Called every few thousand records with the number written so far.
    using Progress = std::function<void(int written)>;

    // Refuses a path that exists; on failure removes what it created.
    static bool write(const QString &path, SyntheticDataset &dataset, int count, QString *error,
                      const Progress &progress = {});
};
