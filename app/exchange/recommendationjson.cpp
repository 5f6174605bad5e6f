#include "recommendationjson.h"

#include "isodate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>
#include <limits>

namespace {

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(IsoDate::format(date)) : QJsonValue(QJsonValue::Null);
}

QJsonArray stringArray(const QStringList &values)
{
    return QJsonArray::fromStringList(values);
}

} // namespace

QJsonObject RecommendationJson::toJson(const RecommendationRecord &record,
                                       std::optional<Status> status, bool includeHistory)
{
    const Recommendation &r = record.recommendation;
    QJsonObject object;
    if (r.id > 0)
        object.insert(QStringLiteral("id"), r.id);
    object.insert(QStringLiteral("mechanism"), r.mechanism);
    object.insert(QStringLiteral("state"), r.stateUnderReview);
    object.insert(QStringLiteral("symbol"), r.symbol);
    object.insert(QStringLiteral("paragraph"), r.paragraph);
    object.insert(QStringLiteral("text"), r.text);
    object.insert(QStringLiteral("upr_cycle"), r.uprCycle > 0 ? QJsonValue(r.uprCycle) : QJsonValue());
    object.insert(QStringLiteral("upr_session"), r.uprSession > 0 ? QJsonValue(r.uprSession) : QJsonValue());
    object.insert(QStringLiteral("date"), dateValue(r.documentDate));
    if (status)
        object.insert(QStringLiteral("status"), StatusInfo::key(*status));
    object.insert(QStringLiteral("recommended_by"), stringArray(r.recommendedBy));
    object.insert(QStringLiteral("themes"), stringArray(r.themes));
    object.insert(QStringLiteral("affected_persons"), stringArray(r.affectedPersons));
    QJsonArray sdgs;
    for (int sdg : r.sdgs)
        sdgs.append(sdg);
    object.insert(QStringLiteral("sdgs"), sdgs);
    object.insert(QStringLiteral("institutions"), stringArray(r.institutions));
    object.insert(QStringLiteral("due_date"), dateValue(r.dueDate));
    object.insert(QStringLiteral("notes"), r.notes);
    if (includeHistory) {
        QJsonArray history;
        for (const StatusChange &change : record.history) {
            QJsonObject entry;
            entry.insert(QStringLiteral("status"), StatusInfo::key(change.status));
            entry.insert(QStringLiteral("date"), dateValue(change.effectiveDate));
            entry.insert(QStringLiteral("note"), change.note);
            entry.insert(QStringLiteral("evidence"), change.evidenceLink);
            entry.insert(QStringLiteral("author"), change.author);
            if (change.recordedAt.isValid())
                entry.insert(QStringLiteral("recorded_at"),
                             change.recordedAt.toUTC().toString(Qt::ISODateWithMs));
            history.append(entry);
        }
        object.insert(QStringLiteral("history"), history);
    }
    return object;
}

namespace {

// Each reader returns false and fills *error when the field has the wrong shape.
bool readString(const QJsonObject &object, const char *field, QString *target, QString *error)
{
    const QJsonValue value = object.value(QLatin1String(field));
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString()) {
        *error = RecommendationJson::tr("The field \"%1\" must be text.").arg(QLatin1String(field));
        return false;
    }
    *target = value.toString();
    return true;
}

bool readStringList(const QJsonObject &object, const char *field, QStringList *target, QString *error)
{
    const QJsonValue value = object.value(QLatin1String(field));
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray()) {
        *error = RecommendationJson::tr("The field \"%1\" must be a list of texts.").arg(QLatin1String(field));
        return false;
    }
    for (const QJsonValue item : value.toArray()) {
        if (!item.isString()) {
            *error = RecommendationJson::tr("The field \"%1\" must be a list of texts.")
                         .arg(QLatin1String(field));
            return false;
        }
        *target << item.toString();
    }
    return true;
}

bool readInt(const QJsonObject &object, const char *field, int *target, QString *error)
{
    const QJsonValue value = object.value(QLatin1String(field));
    if (value.isUndefined() || value.isNull())
        return true;
    const double number = value.toDouble(-1);
    // The range is checked before the cast: converting a double outside int's
    // range is undefined behaviour (the JSON fuzzer found 11111111111 here).
    const bool whole = value.isDouble() && std::isfinite(number) && number >= std::numeric_limits<int>::min()
        && number <= std::numeric_limits<int>::max() && number == std::floor(number);
    if (!whole) {
        *error = RecommendationJson::tr("The field \"%1\" must be a whole number.").arg(QLatin1String(field));
        return false;
    }
    *target = int(number);
    return true;
}

bool readDate(const QJsonObject &object, const char *field, QDate *target, QString *error)
{
    QString text;
    if (!readString(object, field, &text, error))
        return false;
    if (text.isEmpty())
        return true;
    *target = IsoDate::parse(text);
    if (!target->isValid()) {
        *error = RecommendationJson::tr("The field \"%1\" holds \"%2\", which is not a date in the "
                                        "form YYYY-MM-DD.")
                     .arg(QLatin1String(field), text);
        return false;
    }
    return true;
}

} // namespace

std::optional<RecommendationRecord> RecommendationJson::fromJson(const QJsonObject &object,
                                                                 QString *error)
{
    RecommendationRecord record;
    Recommendation &r = record.recommendation;
    const QJsonValue sdgs = object.value(QStringLiteral("sdgs"));
    if (!readString(object, "mechanism", &r.mechanism, error)
        || !readString(object, "state", &r.stateUnderReview, error)
        || !readString(object, "symbol", &r.symbol, error)
        || !readString(object, "paragraph", &r.paragraph, error)
        || !readString(object, "text", &r.text, error)
        || !readInt(object, "upr_cycle", &r.uprCycle, error)
        || !readInt(object, "upr_session", &r.uprSession, error)
        || !readDate(object, "date", &r.documentDate, error)
        || !readStringList(object, "recommended_by", &r.recommendedBy, error)
        || !readStringList(object, "themes", &r.themes, error)
        || !readStringList(object, "affected_persons", &r.affectedPersons, error)
        || !readStringList(object, "institutions", &r.institutions, error)
        || !readDate(object, "due_date", &r.dueDate, error)
        || !readString(object, "notes", &r.notes, error))
        return std::nullopt;
    if (!sdgs.isUndefined() && !sdgs.isNull()) {
        if (!sdgs.isArray()) {
            *error = tr("The field \"sdgs\" must be a list of numbers.");
            return std::nullopt;
        }
        for (const QJsonValue sdg : sdgs.toArray()) {
            if (!sdg.isDouble()) {
                *error = tr("The field \"sdgs\" must be a list of numbers.");
                return std::nullopt;
            }
            r.sdgs << sdg.toInt();
        }
    }
    const QStringList problems = r.validationErrors();
    if (!problems.isEmpty()) {
        *error = problems.join(QLatin1Char(' '));
        return std::nullopt;
    }
    for (const QJsonValue entryValue : object.value(QStringLiteral("history")).toArray()) {
        const QJsonObject entry = entryValue.toObject();
        StatusChange change;
        QString statusKey;
        QString recordedAt;
        if (!readString(entry, "status", &statusKey, error)
            || !readDate(entry, "date", &change.effectiveDate, error)
            || !readString(entry, "note", &change.note, error)
            || !readString(entry, "evidence", &change.evidenceLink, error)
            || !readString(entry, "author", &change.author, error)
            || !readString(entry, "recorded_at", &recordedAt, error))
            return std::nullopt;
        const std::optional<Status> status = StatusInfo::fromKey(statusKey);
        if (!status) {
            *error = tr("Unknown status \"%1\" in the history; use one of: %2.")
                         .arg(statusKey, StatusInfo::keyList());
            return std::nullopt;
        }
        if (!change.effectiveDate.isValid()) {
            *error = tr("A history entry has no date.");
            return std::nullopt;
        }
        change.status = *status;
        if (!recordedAt.isEmpty())
            change.recordedAt = QDateTime::fromString(recordedAt, Qt::ISODateWithMs);
        record.history << change;
    }
    return record;
}

std::optional<RecommendationJson::Document> RecommendationJson::readDocument(const QByteArray &bytes,
                                                                             QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (document.isNull()) {
        *error = tr("The file is not valid JSON (%1 at byte %2).")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("rectracker-recommendations")) {
        *error = tr("The file is not a Recommendation Tracker JSON file.");
        return std::nullopt;
    }
    Document result;
    result.label = root.value(QStringLiteral("label")).toString();
    const QJsonArray items = root.value(QStringLiteral("recommendations")).toArray();
    for (int i = 0; i < items.size(); ++i) {
        QString recordError;
        const std::optional<RecommendationRecord> record = fromJson(items.at(i).toObject(), &recordError);
        if (!record) {
            *error = tr("Recommendation %1 in the file: %2").arg(i + 1).arg(recordError);
            return std::nullopt;
        }
        result.records << *record;
    }
    return result;
}
