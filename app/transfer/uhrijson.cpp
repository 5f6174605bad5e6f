#include "uhrijson.h"

#include "cellvalue.h"
#include "mechanism.h"
#include "statuswords.h"
#include "uprcalendar.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

class UhriText
{
    Q_DECLARE_TR_FUNCTIONS(UhriJson)
};

QJsonArray recordsOf(const QJsonDocument &document)
{
    if (document.isArray())
        return document.array();
    // Exports wrapped in an object keep the records under one array member.
    const QJsonObject root = document.object();
    for (const QString &name : {QStringLiteral("value"), QStringLiteral("data"), QStringLiteral("results"),
                                QStringLiteral("Recommendations")}) {
        if (root.value(name).isArray())
            return root.value(name).toArray();
    }
    return {};
}

QString text(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue item : value.toArray())
            parts << text(item);
        return parts.join(QStringLiteral("; "));
    }
    return CellValue::clean(value.toString());
}

QStringList list(const QJsonValue &value)
{
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue item : value.toArray()) {
            const QString one = text(item);
            if (!one.isEmpty() && !items.contains(one, Qt::CaseInsensitive))
                items << one;
        }
        return items;
    }
    return CellValue::splitList(text(value));
}

// The first whole number in a cell: "7", 7, "7th session", "Goal 16 - Peace".
std::optional<int> leadingNumber(const QString &cell)
{
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("(\\d+)")).match(cell);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toInt();
}

std::optional<QString> mechanismOf(const QString &body)
{
    const QString wanted = body.trimmed();
    if (wanted.compare(QStringLiteral("UPR"), Qt::CaseInsensitive) == 0
        || wanted.contains(QStringLiteral("Universal Periodic Review"), Qt::CaseInsensitive))
        return QStringLiteral("upr");
    for (const Mechanism &mechanism : MechanismCatalog::all()) {
        if (mechanism.code.compare(wanted, Qt::CaseInsensitive) == 0 || mechanism.key.compare(wanted, Qt::CaseInsensitive) == 0
            || (!mechanism.code.isEmpty() && wanted.contains(QStringLiteral("(%1)").arg(mechanism.code), Qt::CaseInsensitive)))
            return mechanism.key;
    }
    if (wanted.contains(QStringLiteral("Human Rights Committee"), Qt::CaseInsensitive))
        return QStringLiteral("iccpr");
    if (wanted.contains(QStringLiteral("Special Procedure"), Qt::CaseInsensitive)
        || wanted.contains(QStringLiteral("Special Rapporteur"), Qt::CaseInsensitive))
        return QStringLiteral("special_procedures");
    return std::nullopt;
}

ImportRow readRecord(const QJsonObject &object, const QString &location, const QString &source, const QString &importedBy)
{
    ImportRow row;
    row.location = location;
    row.exactKey = QStringList{QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))};
    auto fail = [&](const QString &field, const QString &problem) {
        if (row.error.isEmpty())
            row.error = UhriText::tr("%1, field %2: %3").arg(row.location, field, problem);
    };
    Recommendation &r = row.record.recommendation;
    const QString body = text(object.value(QStringLiteral("Body")));
    if (const std::optional<QString> key = mechanismOf(body))
        r.mechanism = *key;
    else
        fail(QStringLiteral("Body"), UhriText::tr("unknown body \"%1\".").arg(body));
    r.stateUnderReview = list(object.value(QStringLiteral("Countries"))).join(QStringLiteral("; "));
    r.text = text(object.value(QStringLiteral("Text")));
    // A symbol may carry the paragraph: "A/HRC/14/10, para. 97.1".
    const QString symbol = text(object.value(QStringLiteral("Symbol")));
    const QRegularExpressionMatch paragraph =
        QRegularExpression(QStringLiteral("^(.*?)[\\s,(]*para(?:graph)?s?\\.?\\s*([0-9][0-9.]*[0-9a-z]?)\\)?\\s*$"),
                           QRegularExpression::CaseInsensitiveOption)
            .match(symbol);
    r.symbol = paragraph.hasMatch() ? paragraph.captured(1).trimmed() : symbol;
    r.paragraph = paragraph.hasMatch() ? paragraph.captured(2) : QString();
    r.themes = list(object.value(QStringLiteral("Themes")));
    r.affectedPersons = list(object.value(QStringLiteral("AffectedPersons")));
    r.recommendedBy = list(object.value(QStringLiteral("UprRecommendingCountry")));
    // Goals come as "16 - Peace, justice and strong institutions": a joined
    // cell cannot be split on its commas, so the numbers that start an item
    // (at the start or after a separator) are the goals.
    const QJsonValue goals = object.value(QStringLiteral("Sdgs"));
    const QString goalText = goals.isArray() ? list(goals).join(QStringLiteral("; ")) : text(goals);
    QRegularExpressionMatchIterator numbers =
        QRegularExpression(QStringLiteral("(?:^|[;,]\\s*)(?:SDG|Goal)?\\s*(\\d+)\\b"), QRegularExpression::CaseInsensitiveOption)
            .globalMatch(goalText);
    while (numbers.hasNext()) {
        const int number = numbers.next().captured(1).toInt();
        if (number < 1 || number > 17)
            fail(QStringLiteral("Sdgs"), UhriText::tr("%1 is not a Sustainable Development Goal (1 to 17).").arg(number));
        else if (!r.sdgs.contains(number))
            r.sdgs << number;
    }
    if (!goalText.trimmed().isEmpty() && r.sdgs.isEmpty() && row.error.isEmpty())
        fail(QStringLiteral("Sdgs"), UhriText::tr("\"%1\" names no Sustainable Development Goal.").arg(goalText));
    const QString session = text(object.value(QStringLiteral("UprSession")));
    if (!session.isEmpty()) {
        const std::optional<int> number = leadingNumber(session);
        if (!number)
            fail(QStringLiteral("UprSession"), UhriText::tr("\"%1\" is not a session number.").arg(session));
        else
            r.uprSession = *number;
    }
    const QString cycle = text(object.value(QStringLiteral("UprCycle")));
    if (!cycle.isEmpty())
        r.uprCycle = leadingNumber(cycle).value_or(0);
    if (r.uprCycle == 0 && r.uprSession > 0)
        r.uprCycle = UprCalendar::cycleOfSession(r.uprSession);
    const QString published = text(object.value(QStringLiteral("PublicationDate")));
    if (!published.isEmpty()) {
        QDate date = QDate::fromString(published.left(10), Qt::ISODate);
        if (!date.isValid())
            date = QDate::fromString(published.left(10), QStringLiteral("dd/MM/yyyy"));
        if (!date.isValid())
            fail(QStringLiteral("PublicationDate"), UhriText::tr("\"%1\" is not a date.").arg(published));
        r.documentDate = date;
    }
    if (!r.documentDate.isValid() && r.uprSession > 0) {
        if (const std::optional<UprSession> known = UprCalendar::session(r.uprSession))
            r.documentDate = known->end;
    }
    // Supported, Noted, or both (supported in part).
    const QStringList positions = list(object.value(QStringLiteral("UprPositions")));
    std::optional<Status> position;
    for (const QString &word : positions) {
        const std::optional<StatusWords::Reading> reading = StatusWords::read(word);
        if (!reading) {
            fail(QStringLiteral("UprPositions"), UhriText::tr("unknown position \"%1\"; use %2.").arg(word, StatusWords::known()));
            continue;
        }
        position = position ? Status::Accepted : reading->status;
    }
    if (positions.size() > 1)
        row.warnings << UhriText::tr("%1: both supported and noted; read as accepted.").arg(row.location);
    if (position && *position != Status::Pending) {
        if (!r.documentDate.isValid()) {
            fail(QStringLiteral("UprPositions"), UhriText::tr("the position has no date: the record has no publication date or session."));
        } else {
            StatusChange change;
            change.status = *position;
            change.effectiveDate = r.documentDate;
            change.note = UhriText::tr("Imported from %1").arg(source);
            change.author = importedBy;
            row.record.history << change;
        }
    }
    if (row.error.isEmpty()) {
        const QStringList problems = r.validationErrors();
        if (!problems.isEmpty())
            row.error = UhriText::tr("%1: %2").arg(row.location, problems.join(QLatin1Char(' ')));
    }
    return row;
}

} // namespace

namespace UhriJson {

QList<ImportRow> fromTable(const TextTable &table, const QString &importedBy)
{
    QList<ImportRow> rows;
    rows.reserve(table.rows.size());
    for (const TextTableRow &row : table.rows) {
        QJsonObject object;
        for (int i = 0; i < table.header.size() && i < row.cells.size(); ++i)
            object.insert(table.header.at(i).trimmed(), row.cells.at(i));
        ImportRow read = readRecord(object, UhriText::tr("%1, line %2").arg(table.source).arg(row.line), table.source,
                                    importedBy);
        read.exactKey = row.cells;
        rows << read;
    }
    return rows;
}

std::optional<QList<ImportRow>> read(const QByteArray &bytes, const QString &sourceName, const QString &importedBy,
                                     QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Count the lines up to the offset, so the message points into the file.
        const int line = int(bytes.left(parseError.offset).count('\n')) + 1;
        *error = UhriText::tr("%1, line %2: not valid JSON (%3).").arg(sourceName).arg(line).arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonArray records = recordsOf(document);
    if (records.isEmpty() && !(document.isArray())) {
        *error = UhriText::tr("%1 holds no list of recommendations.").arg(sourceName);
        return std::nullopt;
    }
    QList<ImportRow> rows;
    for (int i = 0; i < records.size(); ++i) {
        if (!records.at(i).isObject()) {
            *error = UhriText::tr("%1, record %2: not an object.").arg(sourceName).arg(i + 1);
            return std::nullopt;
        }
        rows << readRecord(records.at(i).toObject(), UhriText::tr("%1, record %2").arg(sourceName).arg(i + 1), sourceName,
                           importedBy);
    }
    return rows;
}

} // namespace UhriJson
