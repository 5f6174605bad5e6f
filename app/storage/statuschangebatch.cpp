#include "statuschangebatch.h"

#include "database.h"
#include "isodate.h"
#include "rowdeletion.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QSet>

namespace {

// Bound parameters per statement stay far below SQLite's limit (32766).
constexpr int entriesPerStatement = 256;

QString noRecommendation(qint64 id)
{
    return QCoreApplication::translate("RecommendationRepository", "There is no recommendation with id %1.").arg(id);
}

QString noStatusChange(qint64 id)
{
    return QCoreApplication::translate("RecommendationRepository", "There is no status change with id %1.").arg(id);
}

} // namespace

StatusChangeWriter::StatusChangeWriter(sqlite3 *connection, int rowsPerStatement, MultiRowInsert::Mode mode)
    : m_connection(connection),
      m_rows(connection, QStringLiteral("INSERT INTO"), QStringLiteral("status_change"),
             {QStringLiteral("id"), QStringLiteral("recommendation_id"), QStringLiteral("status"),
              QStringLiteral("effective_date"), QStringLiteral("note"), QStringLiteral("evidence_link"),
              QStringLiteral("author"), QStringLiteral("recorded_at")},
             rowsPerStatement, mode),
      m_now(QDateTime::currentDateTimeUtc()),
      m_nowText(m_now.toString(Qt::ISODateWithMs))
{
}

bool StatusChangeWriter::start(QString *error)
{
    return m_ids.start(m_connection, QStringLiteral("status_change"), error);
}

QStringView StatusChangeWriter::recordedAt(QDateTime &time)
{
    if (!time.isValid()) {
        time = m_now;
        return m_nowText;
    }
    if (time != m_lastTime || m_lastTimeText.isEmpty()) {
        m_lastTime = time;
        m_lastTimeText = time.toUTC().toString(Qt::ISODateWithMs);
    }
    return m_lastTimeText;
}

void StatusChangeWriter::identify(StatusChange &change)
{
    change.id = m_ids.take(change.id);
    if (!change.recordedAt.isValid())
        change.recordedAt = m_now;
}

bool StatusChangeWriter::add(StatusChange &change, QString *error)
{
    if (!change.effectiveDate.isValid()) {
        *error = StatusChangeBatch::missingDateMessage();
        return false;
    }
    change.id = m_ids.take(change.id);
    m_rows.addInt(change.id);
    m_rows.addInt(change.recommendationId);
    m_rows.addText(StatusInfo::key(change.status));
    if (change.effectiveDate != m_lastDate || m_lastDateText.isEmpty()) {
        m_lastDate = change.effectiveDate;
        m_lastDateText = IsoDate::format(change.effectiveDate);
    }
    m_rows.addText(m_lastDateText);
    m_rows.addText(QStringView(change.note).trimmed());
    m_rows.addText(QStringView(change.evidenceLink).trimmed());
    m_rows.addText(change.author);
    m_rows.addText(recordedAt(change.recordedAt));
    return m_rows.endRow(error);
}

namespace StatusChangeBatch {

QString missingDateMessage()
{
    return QCoreApplication::translate("RecommendationRepository",
                                       "The effective date of a status change is missing or not a real date.");
}

bool append(Database &database, QList<StatusChange> &changes, QString *error)
{
    for (const StatusChange &change : changes) {
        if (!change.effectiveDate.isValid()) {
            *error = missingDateMessage();
            return false;
        }
    }
    Transaction transaction(database);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    sqlite3 *connection = SqliteStatement::connection(database, error);
    if (!connection)
        return false;
    SqliteStatement exists;
    StatusChangeWriter writer(connection, int(qMin<qsizetype>(entriesPerStatement, qMax<qsizetype>(1, changes.size()))),
                              changes.size() > entriesPerStatement ? MultiRowInsert::Mode::Staged
                                                                   : MultiRowInsert::Mode::Direct);
    if (!exists.prepare(connection, QStringLiteral("SELECT 1 FROM recommendation WHERE id = ?"), error)
        || !writer.start(error))
        return false;
    QSet<qint64> known;
    for (StatusChange &change : changes) {
        if (!known.contains(change.recommendationId)) {
            exists.bindInt(1, change.recommendationId);
            QString stepError;
            const bool found = exists.next(&stepError);
            exists.reset();
            if (!found) {
                *error = stepError.isEmpty() ? noRecommendation(change.recommendationId) : stepError;
                return false;
            }
            known.insert(change.recommendationId);
        }
        if (!writer.add(change, error))
            return false;
    }
    if (!writer.finish(error))
        return false;
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    return true;
}

bool remove(Database &database, const QList<qint64> &ids, QString *error)
{
    qint64 missing = 0;
    if (RowDeletion::byIds(database, QStringLiteral("status_change"), ids, &missing, error))
        return true;
    if (missing > 0)
        *error = noStatusChange(missing);
    return false;
}

} // namespace StatusChangeBatch
