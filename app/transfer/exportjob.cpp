#include "exportjob.h"

#include "columnmapping.h"
#include "database.h"
#include "exportwriter.h"
#include "recommendationrepository.h"
#include "recordreader.h"
#include "transaction.h"

#include <QDir>
#include <QFileInfo>

namespace {

// Records read and written at a time: the export's memory stays at a few
// thousand records whatever the database's size.
constexpr int recordsPerPiece = 2000;

} // namespace

QStringList ExportJob::formats()
{
    return {QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("json")};
}

QStringList ExportJob::columns()
{
    QStringList keys;
    for (ImportField field : ImportFields::all())
        keys << ImportFields::key(field);
    return keys;
}

QString ExportJob::neutralised(const QString &cell)
{
    if (!cell.isEmpty() && QStringLiteral("=+-@").contains(cell.at(0)))
        return QLatin1Char('\'') + cell;
    return cell;
}

std::optional<int> ExportJob::run(RecommendationRepository &repository, const RecommendationFilter &filter,
                                  const ExportOptions &options, const QString &path, QString *error,
                                  const Progress &progress)
{
    if (!formats().contains(options.format)) {
        *error = tr("unknown export format \"%1\"; use csv, xlsx or json.").arg(options.format);
        return std::nullopt;
    }
    const QFileInfo target(path);
    if (target.isDir() || !target.absoluteDir().exists()) {
        *error = target.isDir() ? tr("Could not write %1: it is a folder.").arg(QDir::toNativeSeparators(path))
                                : tr("Could not write %1: the folder %2 does not exist.")
                                      .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(target.absolutePath()));
        return std::nullopt;
    }
    const QFileInfo database(repository.database().path());
    if ((target.exists() ? target.canonicalFilePath() : target.absoluteFilePath())
        == (database.exists() ? database.canonicalFilePath() : database.absoluteFilePath())) {
        *error = tr("Could not write %1: it is the database being exported; choose another file.")
                     .arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    // The ids, then the records a piece at a time, all in one read
    // transaction: the file shows the records that matched as they were at
    // one moment, however long the export takes and whoever writes meanwhile.
    Transaction snapshot(repository.database());
    if (!snapshot.isActive()) {
        *error = snapshot.error();
        return std::nullopt;
    }
    const QList<qint64> ids = repository.matchingIds(filter);
    if (!repository.lastError().isEmpty()) {
        *error = repository.lastError();
        return std::nullopt;
    }
    const int count = int(ids.size());
    const QString cancelled = tr("The export was cancelled; no file was written.");
    std::unique_ptr<ExportWriter> writer = ExportWriter::open(options, path, error);
    if (!writer)
        return std::nullopt;
    for (int first = 0; first < count; first += recordsPerPiece) {
        if (progress && !progress(first, count)) {
            *error = cancelled;
            return std::nullopt;
        }
        std::optional<QList<RecommendationRecord>> records = RecordReader::read(
            repository.database(), ids.mid(first, recordsPerPiece), RecordReader::History::Read, error);
        if (!records)
            return std::nullopt;
        for (RecommendationRecord &record : *records) {
            if (!writer->write(ExportRecord::of(std::move(record)), error))
                return std::nullopt;
        }
    }
    if (progress && !progress(count, count)) {
        *error = cancelled;
        return std::nullopt;
    }
    // Everything is read: the snapshot no longer holds back the log's
    // checkpoints while the file is finished (seconds for a big workbook).
    snapshot.commit();
    if (!writer->finish(error))
        return std::nullopt;
    return count;
}
