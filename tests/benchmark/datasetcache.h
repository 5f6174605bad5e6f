#pragma once
// The benchmark's dataset, generated once and kept: a UPR Info CSV of N UPR
// recommendations (what the import reads) and a database of N records of
// every mechanism (what the other measurements read), in a folder named by
// N, the seed, the month of the data, the generator's version and the
// database schema's version; older ones of the same N and seed are removed
// when a new one is made. Files are written under temporary names and
// renamed when complete, so an interrupted generation is never taken for a
// cached one.
#include <QDate>
#include <QString>
#include <optional>

struct CachedDataset {
    QString csvPath;
    QString databasePath;
    QDate asOf;
    bool generated = false;      // false: found in the cache
    double csvSeconds = 0;       // generation times when generated
    double databaseSeconds = 0;
};

namespace DatasetCache {
// The data's today: the first of the current month, so a cached dataset
// stays valid for the month.
QDate asOfForToday();
std::optional<CachedDataset> ensure(const QString &workDir, int records, quint64 seed, QString *error);
}
