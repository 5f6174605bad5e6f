#include "exportwriter.h"

#include "csvfield.h"
#include "isodate.h"
#include "listcell.h"
#include "recommendationjson.h"
#include "xlsxwriter.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

// Written to the file whenever this much has gathered.
constexpr qsizetype bufferBytes = 1 << 20;

// The cells of one record in ExportJob::columns() order, typed for XLSX.
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

// Text formats: bytes gathered and written through a QSaveFile.
class TextWriter : public ExportWriter
{
public:
    bool open(const QString &path, QString *error)
    {
        m_file.setFileName(path);
        if (m_file.open(QIODevice::WriteOnly))
            return true;
        *error = failure();
        return false;
    }

    bool finish(QString *error) override
    {
        closeText(m_buffer);
        if (!flush(error, 0))
            return false;
        if (m_file.commit())
            return true;
        *error = failure();
        return false;
    }

protected:
    virtual void closeText(QByteArray &buffer) = 0;

    // Appends to the buffer, written out once it is large.
    bool add(const QByteArray &bytes, QString *error)
    {
        m_buffer += bytes;
        return flush(error, bufferBytes);
    }

private:
    bool flush(QString *error, qsizetype atLeast)
    {
        if (m_buffer.size() < atLeast)
            return true;
        if (m_file.write(m_buffer) != m_buffer.size()) {
            *error = failure();
            return false;
        }
        m_buffer.clear();
        return true;
    }

    QString failure() const
    {
        return ExportJob::tr("Could not write %1: %2")
            .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
    }

    QSaveFile m_file;
    QByteArray m_buffer;
};

class CsvWriter : public TextWriter
{
public:
    bool start(bool byteOrderMark, QString *error)
    {
        QByteArray header = byteOrderMark ? QByteArrayLiteral("\xEF\xBB\xBF") : QByteArray();
        header += CsvField::line(ExportJob::columns()).toUtf8();
        return add(header, error);
    }

    bool write(const ExportRecord &item, QString *error) override
    {
        QStringList cells;
        for (const QVariant &cell : cellsOf(item))
            cells << csvText(cell);
        return add(CsvField::line(cells).toUtf8(), error);
    }

protected:
    void closeText(QByteArray &) override {}
};

// The same bytes QJsonDocument::toJson(Indented) gives for the whole
// document, written a record at a time: the root object's two keys (in
// QJsonObject's order), then each record indented two levels.
class JsonWriter : public TextWriter
{
public:
    bool write(const ExportRecord &item, QString *error) override
    {
        const QByteArray object =
            QJsonDocument(RecommendationJson::toJson(item.record, item.status, true)).toJson(QJsonDocument::Indented);
        QByteArray indented = m_written == 0 ? QByteArray() : QByteArrayLiteral(",\n");
        indented += QByteArrayLiteral("        ") + object.chopped(1).replace("\n", "\n        ");
        ++m_written;
        return add(m_written == 1 ? header() + indented : indented, error);
    }

protected:
    void closeText(QByteArray &buffer) override
    {
        if (m_written == 0)
            buffer += QJsonDocument(root(QJsonArray())).toJson(QJsonDocument::Indented);
        else
            buffer += QByteArrayLiteral("\n    ]\n}\n");
    }

private:
    static QJsonObject root(const QJsonArray &recommendations)
    {
        return {{QStringLiteral("format"), QStringLiteral("rectracker-recommendations")},
                {QStringLiteral("recommendations"), recommendations}};
    }
    static QByteArray header()
    {
        return QByteArrayLiteral("{\n    \"format\": \"rectracker-recommendations\",\n    \"recommendations\": [\n");
    }

    qint64 m_written = 0;
};

class XlsxWriter : public ExportWriter
{
public:
    bool open(const QString &path, QString *error)
    {
        QList<XlsxSheetWriter::Column> columns;
        for (const QString &key : ExportJob::columns()) {
            const bool isDate = key.endsWith(QLatin1String("date"));
            const bool isNumber = key == QLatin1String("upr_cycle") || key == QLatin1String("upr_session");
            columns << XlsxSheetWriter::Column{key, isDate ? XlsxSheetWriter::Column::Date
                                                    : isNumber ? XlsxSheetWriter::Column::Number
                                                               : XlsxSheetWriter::Column::Text,
                                               key == QLatin1String("text") ? 80.0 : 16.0};
        }
        return m_writer.open(path, ExportJob::tr("Recommendations"), columns, error);
    }

    bool write(const ExportRecord &item, QString *error) override { return m_writer.writeRow(cellsOf(item), error); }
    bool finish(QString *error) override { return m_writer.close(error); }

private:
    XlsxSheetWriter m_writer;
};

} // namespace

ExportRecord ExportRecord::of(RecommendationRecord record)
{
    ExportRecord item;
    item.record = std::move(record);
    // The history comes oldest effective date first, ties in recording
    // order: its last entry is the current status.
    if (!item.record.history.isEmpty()) {
        item.status = item.record.history.constLast().status;
        item.statusDate = item.record.history.constLast().effectiveDate;
    }
    return item;
}

std::unique_ptr<ExportWriter> ExportWriter::open(const ExportOptions &options, const QString &path, QString *error)
{
    if (options.format == QLatin1String("xlsx")) {
        auto writer = std::make_unique<XlsxWriter>();
        return writer->open(path, error) ? std::move(writer) : nullptr;
    }
    if (options.format == QLatin1String("csv")) {
        auto writer = std::make_unique<CsvWriter>();
        return writer->open(path, error) && writer->start(options.byteOrderMark, error) ? std::move(writer) : nullptr;
    }
    auto writer = std::make_unique<JsonWriter>();
    return writer->open(path, error) ? std::move(writer) : nullptr;
}
