#include "syntheticdatabasewriter.h"

#include "database.h"
#include "recommendationrepository.h"
#include "syntheticdataset.h"
#include "transaction.h"

#include <QFile>
#include <QFileInfo>

namespace {

constexpr int progressStride = 5000;

void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

bool SyntheticDatabaseWriter::write(const QString &path, SyntheticDataset &dataset, int count, QString *error,
                                    const Progress &progress)
{
    if (QFileInfo::exists(path)) {
        *error = tr("%1 exists; choose a new file name (an existing database is never overwritten).").arg(path);
        return false;
    }
    const bool written = [&] {
        std::unique_ptr<Database> database =
            Database::open(path, Database::Access::ReadWrite, Database::Creation::CreateIfMissing, error);
        if (!database)
            return false;
        RecommendationRepository repository(*database);
        Transaction transaction(*database);
        if (!transaction.isActive()) {
            *error = transaction.error();
            return false;
        }
        for (int i = 0; i < count; ++i) {
            RecommendationRecord record = dataset.next();
            const std::optional<qint64> id = repository.insert(record.recommendation);
            if (!id) {
                *error = tr("Record %1 could not be stored: %2").arg(i + 1).arg(repository.lastError());
                return false;
            }
            for (StatusChange &change : record.history) {
                change.recommendationId = *id;
                if (!repository.appendStatusChange(change)) {
                    *error = tr("The history of record %1 could not be stored: %2").arg(i + 1).arg(repository.lastError());
                    return false;
                }
            }
            if (progress && (i + 1) % progressStride == 0)
                progress(i + 1);
        }
        if (!transaction.commit()) {
            *error = transaction.error();
            return false;
        }
        return true;
    }();
    if (!written)
        removeDatabaseFiles(path);
    return written;
}
