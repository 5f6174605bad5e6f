#include "importjob.h"

#include "columnmapping.h"
#include "firstbyhash.h"
#include "identityquery.h"
#include "importsource.h"
#include "mappingmemory.h"
#include "parallelrows.h"
#include "recommendationjson.h"
#include "recommendationrepository.h"
#include "recordidentity.h"
#include "tablerecords.h"
#include "uhrijson.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QHash>
#include <QHashSeed>
#include "workthreads.h"

#include <QThreadPool>

#include <vector>

namespace {

struct FileRows {
    QList<ImportRow> rows;
    QString description;
    QStringList mappedHeader; // a header the user mapped: remembered once the import has succeeded
};

// The job's progress on one scale: reading each file is one step, checking
// all the rows one more; rows report every few hundred, so that a cancel is
// prompt without costing anything on a large file.
constexpr int step = 1000;
constexpr int rowStride = 200;

QString cancelled()
{
    return ImportJob::tr("The import was cancelled; nothing was imported.");
}

// rowProgress: the share of this file's rows read; false stops.
std::optional<FileRows> fromTable(const TextTable &table, const ImportOptions &options, const QString &described,
                                  const ImportJob::Progress &rowProgress, QString *error)
{
    std::optional<ColumnMapping> mapping;
    if (!options.mapping.trimmed().isEmpty()) {
        mapping = ColumnMapping::parse(options.mapping, error);
        if (!mapping)
            return std::nullopt;

    } else if (options.format == QLatin1String("upr-info")) {
        mapping = ColumnMapping::uprInfo();
    } else {
        mapping = ColumnMapping::detect(table.header);
        if (!mapping) {
            const QString remembered = MappingMemory::recall(table.header);
            if (!remembered.isEmpty())
                mapping = ColumnMapping::parse(remembered, error);
        }
    }
    if (!mapping) {
        *error = ImportJob::tr("%1: the columns (%2) are not a layout this program knows; say which column holds "
                               "which field with --map, e.g. --map \"text=Recommendation,state=Country\".")
                     .arg(table.source, table.header.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    if (mapping->layout == ColumnMapping::Layout::Custom && mapping->defaultMechanism.isEmpty())
        mapping->defaultMechanism = options.defaultMechanism;
    // Our own exports from older versions may lack a column: read what is there.
    if (mapping->layout == ColumnMapping::Layout::OwnCsv) {
        for (ImportField field : ImportFields::all()) {
            if (table.columnOf(mapping->columns.value(field)) < 0)
                mapping->columns.remove(field);
        }
    }
    if (mapping->layout == ColumnMapping::Layout::Uhri)
        return FileRows{UhriJson::fromTable(table, options.author), QStringLiteral("%1 (%2)").arg(described, mapping->layoutName()), {}};
    const QStringList missing = mapping->missingColumns(table);
    if (!missing.isEmpty()) {
        *error = ImportJob::tr("%1, line %2: no column %3 in the header (%4).")
                     .arg(table.source)
                     .arg(table.headerLine)
                     .arg(missing.join(QStringLiteral(", ")), table.header.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    std::optional<QList<ImportRow>> rows =
        TableRecords::read(table, *mapping, {options.author, options.statusWords, rowProgress});
    if (!rows) {
        *error = cancelled();
        return std::nullopt;
    }
    FileRows result{*rows, QStringLiteral("%1 (%2)").arg(described, mapping->layoutName()), {}};
    if (!options.mapping.trimmed().isEmpty())
        result.mappedHeader = table.header;
    return result;
}

std::optional<FileRows> readFile(const QString &path, const ImportOptions &options,
                                 const ImportJob::Progress &rowProgress, QString *error)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ImportJob::tr("Could not read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QByteArray bytes = file.readAll();
    const QString format = options.format.isEmpty() ? QStringLiteral("auto") : options.format;
    const ImportSource::Kind kind = ImportSource::kindOf(path, bytes, format);
    if (kind == ImportSource::Kind::Json) {
        if (format != QLatin1String("uhri") && bytes.contains("\"rectracker-recommendations\"")) {
            const std::optional<RecommendationJson::Document> document = RecommendationJson::readDocument(bytes, error);
            if (!document) {
                *error = ImportJob::tr("%1: %2").arg(name, *error);
                return std::nullopt;
            }
            FileRows result;
            result.description = ImportJob::tr("%1: Recommendation Tracker JSON").arg(name);
            for (int i = 0; i < document->records.size(); ++i) {
                ImportRow row;
                row.location = ImportJob::tr("%1, record %2").arg(name).arg(i + 1);
                row.record = document->records.at(i);
                row.record.recommendation.id = 0;
                for (StatusChange &change : row.record.history) {
                    change.id = 0;
                    change.recommendationId = 0;
                }
                row.exactKey = QStringList{QString::fromUtf8(
                    QJsonDocument(RecommendationJson::toJson(row.record, std::nullopt, true)).toJson(QJsonDocument::Compact))};
                const QStringList problems = row.record.recommendation.validationErrors();
                if (!problems.isEmpty())
                    row.error = ImportJob::tr("%1: %2").arg(row.location, problems.join(QLatin1Char(' ')));
                result.rows << row;
            }
            return result;
        }
        std::optional<QList<ImportRow>> rows = UhriJson::read(bytes, name, options.author, error);
        if (!rows)
            return std::nullopt;
        return FileRows{*rows, ImportJob::tr("%1: Universal Human Rights Index JSON").arg(name), {}};
    }
    const std::optional<ImportSource::Table> read = ImportSource::readTable(path, bytes, kind, options.encoding, error);
    if (!read)
        return std::nullopt;
    bytes.clear(); // the table holds the text now; a large file's bytes need not stay beside its records
    const QString described = kind == ImportSource::Kind::Workbook ? ImportJob::tr("%1: XLSX").arg(name)
                                                                   : ImportJob::tr("%1: CSV in %2").arg(name, read->encoding);
    return fromTable(read->table, options, described, rowProgress, error);
}

} // namespace

QStringList ImportJob::formats()
{
    return {QStringLiteral("auto"), QStringLiteral("upr-info"), QStringLiteral("uhri"), QStringLiteral("csv"),
            QStringLiteral("xlsx"), QStringLiteral("json")};
}

std::optional<ImportSummary> ImportJob::run(RecommendationEdits &edits, const QStringList &paths,
                                            const ImportOptions &options, QString *error, const Progress &progress)
{
    std::optional<ImportPlan> plan = prepare(edits.repository().database(), paths, options, error, progress);
    if (!plan)
        return std::nullopt;
    return store(edits, std::move(*plan), options, error);
}

std::optional<ImportPlan> ImportJob::prepare(Database &database, const QStringList &paths,
                                             const ImportOptions &options, QString *error, const Progress &progress)
{
    if (!formats().contains(options.format)) {
        *error = tr("unknown import format \"%1\"; use one of: %2.").arg(options.format, formats().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    const int files = int(paths.size());
    const int total = (files + 1) * step;
    ImportSummary summary;
    QList<ImportRow> rows;
    QList<QStringList> mappedHeaders;
    for (int i = 0; i < files; ++i) {
        if (progress && !progress(i * step, total)) {
            *error = cancelled();
            return std::nullopt;
        }
        const Progress rowProgress = !progress ? Progress() : [&progress, i, total](int done, int rowCount) {
            return progress(i * step + int(qint64(done) * step / qMax(1, rowCount)), total);
        };
        std::optional<FileRows> file = readFile(paths.at(i), options, rowProgress, error);
        if (!file)
            return std::nullopt;
        summary.sources << file->description;
        if (rows.isEmpty())
            rows = std::move(file->rows);
        else
            rows += file->rows;
        if (!file->mappedHeader.isEmpty())
            mappedHeaders << file->mappedHeader;
    }
    const std::optional<QSet<QString>> storedKeys = IdentityQuery::storedKeys(database, error);
    if (!storedKeys)
        return std::nullopt;

    summary.read = int(rows.size());
    // What the check compares, worked out first on every core (the
    // normalised text is the costliest part of the check): the hashes of
    // both keys of every row, and whether the database holds the
    // recommendation. The identities are made only to be hashed and looked
    // up, one after the other in the same buffer. The first half of the
    // checking step.
    std::vector<size_t> exactHashes(size_t(summary.read));
    std::vector<size_t> identityHashes(size_t(summary.read));
    std::vector<char> stored(size_t(summary.read)); // not vector<bool>: each row writes its own byte
    const size_t seed = QHashSeed::globalSeed();
    const auto identify = [&](int begin, int end) {
        QString identity;
        for (int i = begin; i < end; ++i) {
            const ImportRow &row = rows.at(i);
            exactHashes[size_t(i)] = qHash(row.exactKey, seed);
            if (row.pledge || !row.error.isEmpty())
                continue;
            RecordIdentity::writeKey(row.record.recommendation, &identity);
            identityHashes[size_t(i)] = qHash(identity, seed);
            stored[size_t(i)] = storedKeys->contains(identity);
        }
    };
    const auto identifyProgress = [&](int done) {
        return progress(files * step + int(qint64(done) * step / 2 / summary.read), total);
    };
    if (!ParallelRows::run(summary.read, rowStride, identify,
                           progress ? std::function<bool(int)>(identifyProgress) : nullptr)) {
        *error = cancelled();
        return std::nullopt;
    }
    // In file order, so that the first of two rows is the one kept.
    FirstByHash<QStringList> exactRows([&rows](int row) { return rows.at(row).exactKey; }, summary.read);
    FirstByHash<QString> keptIdentities(
        [&rows](int row) { return RecordIdentity::keyOf(rows.at(row).record.recommendation); }, summary.read);
    std::vector<int> kept;
    kept.reserve(size_t(summary.read));
    for (int index = 0; index < summary.read; ++index) {
        if (progress && index % rowStride == 0
            && !progress(files * step + step / 2 + int(qint64(index) * step / 2 / summary.read), total)) {
            *error = cancelled();
            return std::nullopt;
        }
        const ImportRow &row = rows.at(index);
        if (!row.warnings.isEmpty())
            summary.warnings += row.warnings;
        if (row.pledge) {
            ++summary.pledges;
            continue;
        }
        if (exactRows.firstOrAdd(index, exactHashes[size_t(index)]) >= 0) {
            ++summary.duplicatesInFile;
            continue;
        }
        if (!row.error.isEmpty()) {
            if (!options.skipInvalid) {
                *error = row.error;
                return std::nullopt;
            }
            summary.skipped << row.error;
            continue;
        }
        if (stored[size_t(index)]) {
            ++summary.duplicatesStored;
            continue;
        }
        const int first = keptIdentities.firstOrAdd(index, identityHashes[size_t(index)]);
        if (first >= 0) {
            ++summary.duplicatesInFile;
            summary.warnings << tr("%1 is the same recommendation as %2; the first is kept.")
                                    .arg(row.location, rows.at(first).location);
            continue;
        }
        kept.push_back(index);
    }
    // Moved, not copied, once no key needs them any more.
    QList<RecommendationRecord> accepted;
    accepted.reserve(qsizetype(kept.size()));
    for (const int index : kept)
        accepted << std::move(rows[index].record);
    // The rows hold millions of small strings (their cells): they are let go
    // of on another core, while the import goes on. One thread frees them
    // all, as freeing from several at once makes them wait for each other.
    WorkThreads::destroyElsewhere(std::move(rows));
    if (progress && !progress(total, total)) {
        *error = cancelled();
        return std::nullopt;
    }
    return ImportPlan{std::move(summary), std::move(accepted), std::move(mappedHeaders)};
}

std::optional<ImportSummary> ImportJob::store(RecommendationEdits &edits, ImportPlan plan,
                                              const ImportOptions &options, QString *error)
{
    // A mapping is remembered only for an import that happened: not for a
    // dry run, nor for one that failed.
    const auto rememberMappings = [&] {
        for (const QStringList &header : plan.mappedHeaders)
            MappingMemory::remember(header, options.mapping);
    };
    if (options.dryRun)
        return plan.summary;
    if (plan.accepted.isEmpty()) {
        rememberMappings();
        return plan.summary;
    }
    const int count = int(plan.accepted.size());
    const std::optional<QList<qint64>> ids =
        edits.addValidRecords(std::move(plan.accepted), tr("Import %n recommendation(s)", nullptr, count));
    if (!ids) {
        *error = tr("Nothing was imported: %1").arg(edits.lastError());
        return std::nullopt;
    }
    plan.summary.added = int(ids->size());
    plan.summary.addedIds = *ids;
    rememberMappings();
    return plan.summary;
}
