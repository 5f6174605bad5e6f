#include "exportjob.h"

#include "columnmapping.h"
#include "csvfield.h"
#include "database.h"
#include "isodate.h"
#include "listcell.h"
#include "recommendationjson.h"
#include "recommendationrepository.h"
#include "recordreader.h"
#include "xlsxwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace {

struct ExportRecord {
    RecommendationRecord record;
    Status status = Status::Pending;
    QDate statusDate;
};

// The cells of one record in columns() order, typed for XLSX.
QVariantList cellsOf(const ExportRecord &item)
{
    const Recommendation &r = item.record.recommendation;
    QStringList sdgs;
    for (int goal : r.sdgs)
        sdgs << QString::number(goal);
    const auto date = [](const QDate &value) { return value.isValid() ? QVariant(value) : QVariant(); };
    const auto number = [](int value) { return value > 0 ? QVariant(value) : QVariant(); };
    return {r.mechanism, r.stateUnderReview, r.symbol, r.paragraph, r.text, number(r.uprCycle), number(r.uprSession),
            date(r.documentDate), StatusInfo::key(item.status), date(item.statusDate), ListCell::join(r.recommendedBy),
            ListCell::join(r.themes), ListCell::join(r.affectedPersons), ListCell::join(sdgs),
            ListCell::join(r.institutions), date(r.dueDate), r.notes};
}

QString csvText(const QVariant &cell)
{
    if (cell.typeId() == QMetaType::QDate)
        return IsoDate::format(cell.toDate());
    return ExportJob::neutralised(cell.toString());
}

// Told how many records have been written, now and then and once at the
// end; false stops the writing.
using WrittenSoFar = std::function<bool(int written)>;

enum class Written { Done, Failed, Stopped };

Written writeCsv(const QList<ExportRecord> &records, const ExportOptions &options, QSaveFile &file,
                 const WrittenSoFar &written)
{
    QByteArray bytes;
    if (options.byteOrderMark)
        bytes += "\xEF\xBB\xBF";
    bytes += CsvField::line(ExportJob::columns()).toUtf8();
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (!written(int(i)))
            return Written::Stopped;
        QStringList cells;
        for (const QVariant &cell : cellsOf(records.at(i)))
            cells << csvText(cell);
        bytes += CsvField::line(cells).toUtf8();
    }
    if (!written(int(records.size())))
        return Written::Stopped;
    return file.write(bytes) == bytes.size() ? Written::Done : Written::Failed;
}

// Empty when stopped.
std::optional<QByteArray> jsonBytes(const QList<ExportRecord> &records, const WrittenSoFar &written)
{
    QJsonArray array;
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (!written(int(i)))
            return std::nullopt;
        const ExportRecord &item = records.at(i);
        array.append(RecommendationJson::toJson(item.record, item.status, true));
    }
    if (!written(int(records.size())))
        return std::nullopt;
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("rectracker-recommendations")},
                           {QStringLiteral("recommendations"), array}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

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
    const QList<qint64> ids = repository.matchingIds(filter);
    if (!repository.lastError().isEmpty()) {
        *error = repository.lastError();
        return std::nullopt;
    }
    // Reading is the first half of the progress, writing the second; a
    // cancel in either leaves no file.
    const int count = int(ids.size());
    const QString cancelled = tr("The export was cancelled; no file was written.");
    const auto readSoFar = [&](int done, int) { return !progress || progress(done, 2 * count); };
    const WrittenSoFar written = [&](int done) {
        return !progress || (done % 500 != 0 && done != count) || progress(count + done, 2 * count);
    };
    QString readError;
    std::optional<QList<RecommendationRecord>> read =
        RecordReader::read(repository.database(), ids, RecordReader::History::Read, &readError, readSoFar);
    if (!read) {
        *error = readError.isEmpty() ? cancelled : readError;
        return std::nullopt;
    }
    QList<ExportRecord> records;
    records.reserve(read->size());
    for (RecommendationRecord &record : *read) {
        ExportRecord item;
        item.record = std::move(record);
        // The history comes oldest effective date first, ties in recording
        // order: its last entry is the current status.
        if (!item.record.history.isEmpty()) {
            item.status = item.record.history.constLast().status;
            item.statusDate = item.record.history.constLast().effectiveDate;
        }
        records << std::move(item);
    }
    if (options.format == QLatin1String("xlsx")) {
        XlsxSheetWriter writer;
        QList<XlsxSheetWriter::Column> columns;
        for (const QString &key : ExportJob::columns()) {
            const bool isDate = key.endsWith(QLatin1String("date"));
            const bool isNumber = key == QLatin1String("upr_cycle") || key == QLatin1String("upr_session");
            columns << XlsxSheetWriter::Column{key, isDate ? XlsxSheetWriter::Column::Date
                                                    : isNumber ? XlsxSheetWriter::Column::Number
                                                               : XlsxSheetWriter::Column::Text,
                                               key == QLatin1String("text") ? 80.0 : 16.0};
        }
        if (!writer.open(path, tr("Recommendations"), columns, error))
            return std::nullopt;
        for (qsizetype i = 0; i < records.size(); ++i) {
            if (!written(int(i))) {
                *error = cancelled;
                return std::nullopt;
            }
            if (!writer.writeRow(cellsOf(records.at(i)), error))
                return std::nullopt;
        }
        if (!written(int(records.size()))) {
            *error = cancelled;
            return std::nullopt;
        }
        if (!writer.close(error))
            return std::nullopt;
        return int(records.size());
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    Written outcome = Written::Failed;
    if (options.format == QLatin1String("csv")) {
        outcome = writeCsv(records, options, file, written);
    } else if (const std::optional<QByteArray> bytes = jsonBytes(records, written)) {
        outcome = file.write(*bytes) == bytes->size() ? Written::Done : Written::Failed;
    } else {
        outcome = Written::Stopped;
    }
    if (outcome == Written::Stopped) {
        file.cancelWriting();
        *error = cancelled;
        return std::nullopt;
    }
    if (outcome == Written::Failed || !file.commit()) {
        *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    return int(records.size());
}
