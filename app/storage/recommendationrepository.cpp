#include "recommendationrepository.h"

#include "database.h"
#include "filterclause.h"
#include "isodate.h"
#include "paragraphorder.h"
#include "recordbatch.h"
#include "sqlstatement.h"
#include "summarycolumns.h"
#include "statuschangebatch.h"
#include "transaction.h"

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

namespace {

QVariant nullableDate(const QDate &date)
{
    return date.isValid() ? QVariant(IsoDate::format(date)) : QVariant(QMetaType::fromType<QString>());
}

QVariant nullableInt(int value)
{
    return value > 0 ? QVariant(value) : QVariant(QMetaType::fromType<int>());
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL with ''
// meaning "empty", so an unset field is bound as an empty string.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString firstOfListSql(RecommendationList list)
{
    const QString table = RecommendationLists::vocabularyTable(list);
    return QStringLiteral("(SELECT v.name FROM recommendation_%1 l JOIN %1 v ON v.id = l.%1_id "
                          "WHERE l.recommendation_id = r.id ORDER BY l.position LIMIT 1) "
                          "COLLATE NOCASE")
        .arg(table);
}

QString orderBySql(RecommendationSortKey key)
{
    switch (key) {
    case RecommendationSortKey::Id:
    // Ranking needs the full-text match, which RecommendationListing joins;
    // the repository's lists (exports, the CLI) keep the id order.
    case RecommendationSortKey::Relevance: return QString();
    case RecommendationSortKey::Symbol: return QStringLiteral("r.symbol COLLATE NOCASE %1, r.paragraph_sort_key %1");
    case RecommendationSortKey::Paragraph: return QStringLiteral("r.paragraph_sort_key %1");
    case RecommendationSortKey::Mechanism: return QStringLiteral("r.mechanism %1");
    case RecommendationSortKey::DocumentDate: return QStringLiteral("r.document_date %1");
    case RecommendationSortKey::StateUnderReview:
        return QStringLiteral("r.state_under_review COLLATE NOCASE %1");
    case RecommendationSortKey::RecommendedBy:
        return firstOfListSql(RecommendationList::RecommendingStates) + QStringLiteral(" %1");
    case RecommendationSortKey::Themes:
        return firstOfListSql(RecommendationList::Themes) + QStringLiteral(" %1");
    case RecommendationSortKey::Status:
        // Progress order, not alphabetical.
        return QStringLiteral("CASE r.current_status WHEN 'pending' THEN 0 WHEN 'accepted' THEN 1 "
                              "WHEN 'rejected' THEN 2 WHEN 'partially_implemented' THEN 3 "
                              "ELSE 4 END %1");
    case RecommendationSortKey::DueDate: return QStringLiteral("r.due_date %1");
    }
    return QString();
}

// The record's own columns, in the order both INSERT and UPDATE name them:
// mechanism, state_under_review, symbol, paragraph, paragraph_sort_key, text,
// upr_cycle, upr_session, document_date, due_date, notes.
void bindFields(QSqlQuery &query, const Recommendation &recommendation)
{
    query.addBindValue(text(recommendation.mechanism));
    query.addBindValue(text(recommendation.stateUnderReview.simplified()));
    query.addBindValue(text(recommendation.symbol.trimmed()));
    query.addBindValue(text(recommendation.paragraph.trimmed()));
    query.addBindValue(text(ParagraphOrder::sortKey(recommendation.paragraph)));
    query.addBindValue(text(recommendation.text.trimmed()));
    query.addBindValue(nullableInt(recommendation.uprCycle));
    query.addBindValue(nullableInt(recommendation.uprSession));
    query.addBindValue(nullableDate(recommendation.documentDate));
    query.addBindValue(nullableDate(recommendation.dueDate));
    query.addBindValue(text(recommendation.notes));
}

void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
}

StatusChange statusChangeFrom(const QSqlQuery &query)
{
    StatusChange change;
    change.id = query.value(0).toLongLong();
    change.recommendationId = query.value(1).toLongLong();
    change.status = StatusInfo::fromKey(query.value(2).toString()).value_or(Status::Pending);
    change.effectiveDate = IsoDate::parse(query.value(3).toString());
    change.note = query.value(4).toString();
    change.evidenceLink = query.value(5).toString();
    change.author = query.value(6).toString();
    change.recordedAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
    return change;
}

} // namespace

QString RecommendationRepository::lastError() const
{
    QMutexLocker lock(&m_errorMutex);
    return m_lastError.value(QThread::currentThreadId());
}

RecommendationRepository::RecommendationRepository(Database &database) : m_database(database) { }

bool RecommendationRepository::fail(const QString &message)
{
    QMutexLocker lock(&m_errorMutex);
    m_lastError.insert(QThread::currentThreadId(), message);
    return false;
}

std::optional<qint64> RecommendationRepository::insert(const Recommendation &recommendation)
{
    QList<RecommendationRecord> records{{recommendation, {}}};
    QString error;
    if (!RecordBatch::insert(m_database, records, &error)) {
        fail(error);
        return std::nullopt;
    }
    return records.first().recommendation.id;
}

bool RecommendationRepository::update(const Recommendation &recommendation)
{
    const QStringList problems = recommendation.validationErrors();
    if (!problems.isEmpty())
        return fail(problems.join(QLatin1Char(' ')));
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return fail(transaction.error());
    QSqlQuery query(SqlStatement::connection(m_database.connectionName()));
    query.prepare(QStringLiteral(
        "UPDATE recommendation SET mechanism = ?, state_under_review = ?, symbol = ?, "
        "paragraph = ?, paragraph_sort_key = ?, text = ?, upr_cycle = ?, upr_session = ?, "
        "document_date = ?, due_date = ?, notes = ?, updated_at = ? WHERE id = ?"));
    bindFields(query, recommendation);
    query.addBindValue(nowUtc());
    query.addBindValue(recommendation.id);
    QString error;
    if (!SqlStatement::exec(query, &error))
        return fail(error);
    if (query.numRowsAffected() != 1)
        return fail(tr("There is no recommendation with id %1.").arg(recommendation.id));
    if (!writeLists(recommendation.id, recommendation))
        return false;
    if (!transaction.commit())
        return fail(transaction.error());
    return true;
}

bool RecommendationRepository::writeLists(qint64 id, const Recommendation &recommendation)
{
    const QSqlDatabase db = SqlStatement::connection(m_database.connectionName());
    QString error;
    for (RecommendationList list : RecommendationLists::all()) {
        const QString table = RecommendationLists::vocabularyTable(list);
        QSqlQuery clear(db);
        clear.prepare(QStringLiteral("DELETE FROM recommendation_%1 WHERE recommendation_id = ?").arg(table));
        clear.addBindValue(id);
        if (!SqlStatement::exec(clear, &error))
            return fail(error);
        QSqlQuery addName(db);
        addName.prepare(QStringLiteral("INSERT INTO %1 (name) VALUES (?) ON CONFLICT (name) DO NOTHING").arg(table));
        QSqlQuery link(db);
        link.prepare(QStringLiteral("INSERT INTO recommendation_%1 (recommendation_id, %1_id, position) "
                                    "SELECT ?, id, ? FROM %1 WHERE name = ?")
                         .arg(table));
        const QStringList names = RecommendationLists::normalised(RecommendationLists::values(recommendation, list));
        for (int position = 0; position < names.size(); ++position) {
            addName.addBindValue(names.at(position));
            if (!SqlStatement::exec(addName, &error))
                return fail(error);
            link.addBindValue(id);
            link.addBindValue(position);
            link.addBindValue(names.at(position));
            if (!SqlStatement::exec(link, &error))
                return fail(error);
        }
    }
    QSqlQuery clearSdgs(db);
    clearSdgs.prepare(QStringLiteral("DELETE FROM recommendation_sdg WHERE recommendation_id = ?"));
    clearSdgs.addBindValue(id);
    if (!SqlStatement::exec(clearSdgs, &error))
        return fail(error);
    QSqlQuery addSdg(db);
    addSdg.prepare(QStringLiteral("INSERT OR IGNORE INTO recommendation_sdg (recommendation_id, sdg) VALUES (?, ?)"));
    for (int sdg : recommendation.sdgs) {
        addSdg.addBindValue(id);
        addSdg.addBindValue(sdg);
        if (!SqlStatement::exec(addSdg, &error))
            return fail(error);
    }
    return true;
}

bool RecommendationRepository::remove(qint64 id)
{
    QString error;
    return RecordBatch::remove(m_database, {id}, &error) || fail(error);
}

bool RecommendationRepository::exists(qint64 id)
{
    QSqlQuery query(SqlStatement::connection(m_database.connectionName()));
    query.prepare(QStringLiteral("SELECT 1 FROM recommendation WHERE id = ?"));
    query.addBindValue(id);
    QString error;
    if (!SqlStatement::exec(query, &error))
        return fail(error);
    return query.next();
}

std::optional<Recommendation> RecommendationRepository::find(qint64 id)
{
    const QSqlDatabase db = SqlStatement::connection(m_database.connectionName());
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT id, mechanism, state_under_review, symbol, paragraph, text, upr_cycle, "
        "upr_session, document_date, due_date, notes FROM recommendation WHERE id = ?"));
    query.addBindValue(id);
    QString error;
    if (!SqlStatement::exec(query, &error)) {
        fail(error);
        return std::nullopt;
    }
    if (!query.next()) {
        fail(tr("There is no recommendation with id %1.").arg(id));
        return std::nullopt;
    }
    Recommendation recommendation;
    recommendation.id = query.value(0).toLongLong();
    recommendation.mechanism = query.value(1).toString();
    recommendation.stateUnderReview = query.value(2).toString();
    recommendation.symbol = query.value(3).toString();
    recommendation.paragraph = query.value(4).toString();
    recommendation.text = query.value(5).toString();
    recommendation.uprCycle = query.value(6).toInt();
    recommendation.uprSession = query.value(7).toInt();
    recommendation.documentDate = IsoDate::parse(query.value(8).toString());
    recommendation.dueDate = IsoDate::parse(query.value(9).toString());
    recommendation.notes = query.value(10).toString();

    for (RecommendationList list : RecommendationLists::all()) {
        const QString table = RecommendationLists::vocabularyTable(list);
        QSqlQuery names(db);
        names.prepare(QStringLiteral("SELECT v.name FROM recommendation_%1 l JOIN %1 v ON v.id = l.%1_id "
                                     "WHERE l.recommendation_id = ? ORDER BY l.position")
                          .arg(table));
        names.addBindValue(id);
        if (!SqlStatement::exec(names, &error)) {
            fail(error);
            return std::nullopt;
        }
        QStringList &values = RecommendationLists::values(recommendation, list);
        while (names.next())
            values << names.value(0).toString();
    }
    QSqlQuery sdgs(db);
    sdgs.prepare(QStringLiteral("SELECT sdg FROM recommendation_sdg WHERE recommendation_id = ? ORDER BY sdg"));
    sdgs.addBindValue(id);
    if (!SqlStatement::exec(sdgs, &error)) {
        fail(error);
        return std::nullopt;
    }
    while (sdgs.next())
        recommendation.sdgs << sdgs.value(0).toInt();
    return recommendation;
}

QList<StatusChange> RecommendationRepository::history(qint64 recommendationId)
{
    QList<StatusChange> changes;
    QSqlQuery query(SqlStatement::connection(m_database.connectionName()));
    query.prepare(QStringLiteral(
        "SELECT id, recommendation_id, status, effective_date, note, evidence_link, author, "
        "recorded_at FROM status_change WHERE recommendation_id = ? "
        "ORDER BY effective_date, recorded_at, id"));
    query.addBindValue(recommendationId);
    QString error;
    if (!SqlStatement::exec(query, &error)) {
        fail(error);
        return changes;
    }
    while (query.next())
        changes << statusChangeFrom(query);
    return changes;
}

std::optional<qint64> RecommendationRepository::appendStatusChange(const StatusChange &change)
{
    QList<StatusChange> changes{change};
    QString error;
    if (!StatusChangeBatch::append(m_database, changes, &error)) {
        fail(error);
        return std::nullopt;
    }
    return changes.first().id;
}

bool RecommendationRepository::removeStatusChange(qint64 changeId)
{
    QString error;
    return StatusChangeBatch::remove(m_database, {changeId}, &error) || fail(error);
}

std::optional<Status> RecommendationRepository::currentStatus(qint64 recommendationId)
{
    QSqlQuery query(SqlStatement::connection(m_database.connectionName()));
    query.prepare(QStringLiteral("SELECT current_status FROM recommendation WHERE id = ?"));
    query.addBindValue(recommendationId);
    QString error;
    if (!SqlStatement::exec(query, &error)) {
        fail(error);
        return std::nullopt;
    }
    if (!query.next()) {
        fail(tr("There is no recommendation with id %1.").arg(recommendationId));
        return std::nullopt;
    }
    return StatusInfo::fromKey(query.value(0).toString());
}

QList<qint64> RecommendationRepository::matchingIds(const RecommendationFilter &filter,
                                                    RecommendationSortKey sortKey,
                                                    Qt::SortOrder order)
{
    {
        QMutexLocker lock(&m_errorMutex);
        m_lastError.remove(QThread::currentThreadId()); // an empty result is told from a failure by the error
    }
    const FilterClause clause = FilterClause::build(filter);
    const QString direction = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    // The id as the last key keeps equal rows in a stable order.
    QString orderBy = QStringLiteral("r.id ") + direction;
    if (sortKey != RecommendationSortKey::Id)
        orderBy.prepend(orderBySql(sortKey).arg(direction) + QStringLiteral(", "));
    QSqlQuery query(SqlStatement::connection(m_database.connectionName()));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT r.id FROM recommendation r %1 ORDER BY %2").arg(clause.where, orderBy));
    bindAll(query, clause.bindings);
    QList<qint64> ids;
    QString error;
    if (!SqlStatement::exec(query, &error)) {
        fail(error);
        return ids;
    }
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

std::optional<int> RecommendationRepository::count(const RecommendationFilter &filter)
{
    const FilterClause clause = FilterClause::build(filter);
    QSqlQuery query(SqlStatement::connection(m_database.connectionName()));
    query.prepare(QStringLiteral("SELECT count(*) FROM recommendation r %1").arg(clause.where));
    bindAll(query, clause.bindings);
    QString error;
    if (!SqlStatement::exec(query, &error) || !query.next()) {
        fail(error.isEmpty() ? SqlStatement::describe(query) : error);
        return std::nullopt;
    }
    return query.value(0).toInt();
}

std::optional<int> RecommendationRepository::totalCount()
{
    return count(RecommendationFilter());
}

QList<RecommendationSummary> RecommendationRepository::summaries(const QList<qint64> &ids)
{
    QList<RecommendationSummary> result;
    if (ids.isEmpty())
        return result;
    QHash<qint64, RecommendationSummary> byId;
    // Bounded batches stay below SQLite's limit on bound parameters.
    constexpr int batchSize = 500;
    for (int start = 0; start < ids.size(); start += batchSize) {
        const QList<qint64> batch = ids.mid(start, batchSize);
        QStringList marks;
        for (int i = 0; i < batch.size(); ++i)
            marks << QStringLiteral("?");
        QSqlQuery query(SqlStatement::connection(m_database.connectionName()));
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT %1 FROM recommendation r WHERE r.id IN (%2)")
                          .arg(SummaryColumns::select(), marks.join(QStringLiteral(", "))));
        for (qint64 id : batch)
            query.addBindValue(id);
        QString error;
        if (!SqlStatement::exec(query, &error)) {
            fail(error);
            return {};
        }
        while (query.next()) {
            const RecommendationSummary summary = SummaryColumns::read(query);
            byId.insert(summary.id, summary);
        }
    }
    for (qint64 id : ids) {
        const auto found = byId.constFind(id);
        if (found != byId.constEnd())
            result << found.value();
    }
    return result;
}

QStringList RecommendationRepository::distinctValues(RecommendationList list)
{
    const QString table = RecommendationLists::vocabularyTable(list);
    QSqlQuery query(SqlStatement::connection(m_database.connectionName()));
    query.prepare(QStringLiteral("SELECT v.name FROM %1 v WHERE EXISTS (SELECT 1 FROM recommendation_%1 l "
                                 "WHERE l.%1_id = v.id) ORDER BY v.name COLLATE NOCASE")
                      .arg(table));
    QStringList names;
    QString error;
    if (!SqlStatement::exec(query, &error)) {
        fail(error);
        return names;
    }
    while (query.next())
        names << query.value(0).toString();
    return names;
}

QStringList RecommendationRepository::statesUnderReview()
{
    QSqlQuery query(SqlStatement::connection(m_database.connectionName()));
    // One step down recommendation_by_state per state rather than a walk over
    // every record (a loose index scan): about 1 ms instead of 20 at 250,000
    // records, and this runs on the GUI thread after every edit. States are
    // told apart ignoring case, as the filter compares them; each is spelled
    // as its earliest record spells it.
    query.prepare(QStringLiteral("WITH RECURSIVE state(name) AS ("
                                 " SELECT min(state_under_review COLLATE NOCASE) FROM recommendation"
                                 " UNION ALL"
                                 " SELECT (SELECT min(r.state_under_review COLLATE NOCASE) FROM recommendation r"
                                 "         WHERE r.state_under_review COLLATE NOCASE > state.name)"
                                 " FROM state WHERE state.name IS NOT NULL)"
                                 " SELECT name FROM state WHERE name IS NOT NULL ORDER BY name COLLATE NOCASE"));
    QStringList names;
    QString error;
    if (!SqlStatement::exec(query, &error)) {
        fail(error);
        return names;
    }
    while (query.next())
        names << query.value(0).toString();
    return names;
}
