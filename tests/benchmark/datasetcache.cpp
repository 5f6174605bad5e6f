#include "datasetcache.h"

#include "schemamigrations.h"
#include "syntheticdatabasewriter.h"
#include "syntheticdataset.h"
#include "uprinfocsvwriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <cstdio>
#include <unistd.h>

namespace {

void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

// A counter on a terminal; nothing in a log.
const bool onTerminal = isatty(fileno(stderr));

auto progressLine(const char *what, int records)
{
    return [what, records](int written) {
        if (!onTerminal)
            return;
        std::fprintf(stderr, "\rgenerating the %s: %d of %d records", what, written, records);
        std::fflush(stderr);
    };
}

void endProgressLine()
{
    if (!onTerminal)
        return;
    std::fprintf(stderr, "\r\033[K");
    std::fflush(stderr);
}

} // namespace

namespace DatasetCache {

QDate asOfForToday()
{
    const QDate today = QDate::currentDate();
    return QDate(today.year(), today.month(), 1);
}

std::optional<CachedDataset> ensure(const QString &workDir, int records, quint64 seed, QString *error)
{
    CachedDataset dataset;
    dataset.asOf = asOfForToday();
    // The schema version too: a database of an older schema would be
    // upgraded by the first read-write open and refused by read-only ones,
    // and one written by the current storage layer is what an import makes.
    const QString sameData = QStringLiteral("n%1-seed%2").arg(records).arg(seed);
    const QString name = QStringLiteral("dataset-v%1-schema%2-%3-%4")
                             .arg(SyntheticDataset::version)
                             .arg(SchemaMigrations::currentVersion())
                             .arg(sameData, dataset.asOf.toString(QStringLiteral("yyyyMM")));
    const QString folder = QDir(workDir).absoluteFilePath(name);
    if (!QDir().mkpath(folder)) {
        *error = QStringLiteral("could not create the folder %1.").arg(folder);
        return std::nullopt;
    }
    dataset.csvPath = QDir(folder).absoluteFilePath(QStringLiteral("upr-info.csv"));
    dataset.databasePath = QDir(folder).absoluteFilePath(QStringLiteral("recommendations.sqlite"));

    if (!QFileInfo::exists(dataset.csvPath)) {
        dataset.generated = true;
        QElapsedTimer timer;
        timer.start();
        SyntheticDataset upr(seed, SyntheticDataset::Scope::UprOnly, dataset.asOf);
        // QSaveFile inside: the file appears only when complete.
        const bool written = UprInfoCsvWriter::write(dataset.csvPath, upr, records, error, progressLine("CSV", records));
        endProgressLine();
        if (!written)
            return std::nullopt;
        dataset.csvSeconds = double(timer.elapsed()) / 1000;
    }
    if (!QFileInfo::exists(dataset.databasePath)) {
        dataset.generated = true;
        QElapsedTimer timer;
        timer.start();
        const QString partial = dataset.databasePath + QStringLiteral(".partial");
        removeDatabaseFiles(partial);
        SyntheticDataset all(seed, SyntheticDataset::Scope::AllMechanisms, dataset.asOf);
        const bool written =
            SyntheticDatabaseWriter::write(partial, all, records, error, progressLine("database", records));
        endProgressLine();
        if (!written)
            return std::nullopt;
        // Closed, the database has folded its write-ahead log back in.
        if (QFileInfo::exists(partial + QStringLiteral("-wal")) || !QFile::rename(partial, dataset.databasePath)) {
            removeDatabaseFiles(partial);
            *error = QStringLiteral("could not move the generated database to %1.").arg(dataset.databasePath);
            return std::nullopt;
        }
        dataset.databaseSeconds = double(timer.elapsed()) / 1000;
    }
    if (dataset.generated) {
        // Older datasets of the same size and seed can never be used again.
        const QStringList stale = QDir(workDir).entryList({QStringLiteral("dataset-*-%1-*").arg(sameData)}, QDir::Dirs);
        for (const QString &old : stale) {
            if (old != name)
                QDir(QDir(workDir).absoluteFilePath(old)).removeRecursively();
        }
    }
    return dataset;
}

} // namespace DatasetCache
