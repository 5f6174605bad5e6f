#include "recordbatch.h"

#include "database.h"
#include "idsequence.h"
#include "isodate.h"
#include "multirowinsert.h"
#include "paragraphorder.h"
#include "recommendationlists.h"
#include "rowdeletion.h"
#include "statuschangebatch.h"
#include "transaction.h"
#include "suspendedupkeep.h"
#include "vocabularyids.h"
#include "yearendstatuses.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVarLengthArray>
#include <algorithm>
#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace {

// Rows per INSERT ... VALUES statement, for the records and for the rows of
// their lists, SDGs and histories (SQLite allows 32766 values in one).
constexpr int recordsPerStatement = 256;
constexpr int linksPerStatement = 512;

QString noRecommendation(qint64 id)
{
    return QCoreApplication::translate("RecommendationRepository", "There is no recommendation with id %1.").arg(id);
}

// Whether simplified() would return the text unchanged.
bool isSimplified(const QString &text)
{
    if (text.isEmpty() || text.front().isSpace() || text.back().isSpace())
        return false;
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text.at(i).isSpace() && (text.at(i) != u' ' || text.at(i - 1).isSpace()))
            return false;
    }
    return true;
}

// RecommendationLists::normalised, without its work for the usual short
// list of clean names (a recommending state, two or three themes): nothing
// to tidy, and repeats found by comparing the few names with one another
// rather than through a set of case-folded copies.
QStringList normalisedNames(const QStringList &values)
{
    constexpr qsizetype shortList = 8;
    if (values.size() > shortList)
        return RecommendationLists::normalised(values);
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (!isSimplified(values.at(i)))
            return RecommendationLists::normalised(values);
        for (qsizetype j = 0; j < i; ++j) {
            if (values.at(i).compare(values.at(j), Qt::CaseInsensitive) == 0)
                return RecommendationLists::normalised(values);
        }
    }
    return values;
}

// Dates repeat from record to record (a session's records share theirs): formatted once.
class DateText
{
public:
    QStringView of(const QDate &date)
    {
        if (date != m_date || m_text.isEmpty()) {
            m_date = date;
            m_text = IsoDate::format(date);
        }
        return m_text;
    }

private:
    QDate m_date;
    QString m_text;
};

// One list's link rows (recommendation_theme, ...) and its vocabulary.
struct ListRows {
    ListRows(sqlite3 *connection, RecommendationList list, int rowsPerStatement, MultiRowInsert::Mode mode)
        : list(list), vocabulary(connection, list),
          rows(connection, QStringLiteral("INSERT INTO"),
               QStringLiteral("recommendation_") + RecommendationLists::vocabularyTable(list),
               {QStringLiteral("recommendation_id"), RecommendationLists::vocabularyTable(list) + QStringLiteral("_id"),
                QStringLiteral("position")},
               rowsPerStatement, mode)
    {
    }
    RecommendationList list;
    VocabularyIds vocabulary;
    MultiRowInsert rows;
};

// How the values derived from a record are kept: by the schema's triggers
// as each row arrives, or worked out here and written with the rows, the
// triggers being suspended (SuspendedUpkeep) for a bulk write.
enum class Upkeep { ByTriggers, InCode };

// A record's list names as stored: each list's vocabulary ids in order,
// and the first theme and state as their vocabularies spell them.
struct ResolvedLists {
    QVarLengthArray<qint64, 8> ids;          // every list's, one after another
    std::array<int, 5> listStarts{};         // where each list's ids start, and the end
    QString firstTheme;                      // null: no theme
    QString firstRecommendingState;
};

// The rows of many records, queued into multi-row INSERTs. The caller holds
// the transaction, and queues a statement's worth of recommendations before
// their details, so that the details' statements never have to write a
// partial statement of recommendations first.
class RecordWriter
{
public:
    RecordWriter(sqlite3 *connection, int recordsPerStatement, MultiRowInsert::Mode mode, Upkeep upkeep)
        : m_connection(connection), m_upkeep(upkeep),
          m_recommendations(connection, QStringLiteral("INSERT INTO"), QStringLiteral("recommendation"),
                            recommendationColumns(upkeep), recordsPerStatement, mode),
          m_statistics(connection, QStringLiteral("INSERT INTO"), QStringLiteral("recommendation_statistics"),
                       {QStringLiteral("id"), QStringLiteral("mechanism"), QStringLiteral("state_under_review"),
                        QStringLiteral("document_date"), QStringLiteral("year_end_statuses"),
                        QStringLiteral("theme_ids")},
                       recordsPerStatement, mode),
          m_sdgs(connection, QStringLiteral("INSERT OR IGNORE INTO"), QStringLiteral("recommendation_sdg"),
                 {QStringLiteral("recommendation_id"), QStringLiteral("sdg")}, qMin(linksPerStatement, recordsPerStatement * 4),
                 mode),
          m_history(connection, qMin(recordsPerStatement, linksPerStatement), mode),
          m_now(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
    {
        const int linkRows = qMin(linksPerStatement, recordsPerStatement * 4);
        for (RecommendationList list : RecommendationLists::all()) {
            m_lists.push_back(std::make_unique<ListRows>(connection, list, linkRows, mode));
            m_lists.back()->rows.writeAfter(&m_recommendations);
        }
        m_statistics.writeAfter(&m_recommendations);
        m_sdgs.writeAfter(&m_recommendations);
        m_history.writeAfter(&m_recommendations);
    }

    bool start(QString *error)
    {
        if (!m_ids.start(m_connection, QStringLiteral("recommendation"), error) || !m_history.start(error))
            return false;
        m_largestIdBefore = m_ids.last();
        return true;
    }

    // The largest id before this batch, and whether every record of the
    // batch has a larger one (a fresh import; not an undone delete).
    qint64 largestIdBefore() const { return m_largestIdBefore; }
    bool allIdsAfter() const { return m_allIdsAfter; }

    // Gives the record its id and queues its row.
    bool addRecommendation(RecommendationRecord &record, QString *error)
    {
        Recommendation &r = record.recommendation;
        r.id = m_ids.take(r.id);
        m_allIdsAfter = m_allIdsAfter && r.id > m_largestIdBefore;
        std::optional<ResolvedLists> resolved = resolve(r, error);
        if (!resolved)
            return false;
        const QString state = r.stateUnderReview.simplified();
        m_recommendations.addInt(r.id);
        m_recommendations.addText(r.mechanism);
        m_recommendations.addText(state);
        m_recommendations.addText(QStringView(r.symbol).trimmed());
        m_recommendations.addText(QStringView(r.paragraph).trimmed());
        m_recommendations.addText(ParagraphOrder::sortKey(r.paragraph));
        m_recommendations.addText(QStringView(r.text).trimmed());
        addPositive(r.uprCycle);
        addPositive(r.uprSession);
        addDate(m_documentDates, r.documentDate);
        addDate(m_dueDates, r.dueDate);
        m_recommendations.addText(r.notes);
        m_recommendations.addText(m_now);
        m_recommendations.addText(m_now);
        if (m_upkeep == Upkeep::InCode) {
            // What the triggers on the history, the link tables and the
            // record itself would have written.
            const std::vector<const StatusChange *> history = inHistoryOrder(record.history);
            const Status current = history.empty() ? Status::Pending : history.back()->status;
            m_recommendations.addText(StatusInfo::key(current));
            addNameOrNull(resolved->firstTheme);
            addNameOrNull(resolved->firstRecommendingState);
            m_statistics.addInt(r.id);
            m_statistics.addText(r.mechanism);
            m_statistics.addText(state);
            if (r.documentDate.isValid())
                m_statistics.addText(m_documentDates.of(r.documentDate));
            else
                m_statistics.addNull();
            std::vector<YearEndStatuses::Entry> entries;
            entries.reserve(history.size());
            for (const StatusChange *change : history)
                entries.push_back({change->effectiveDate, change->status});
            m_statistics.addText(YearEndStatuses::fromHistory(entries));
            m_statistics.addText(themeIdsText(*resolved, themesIndex()));
            if (!m_statistics.endRow(error))
                return false;
        }
        m_resolved.push_back(std::move(*resolved));
        return m_recommendations.endRow(error);
    }

    // Queues the lists, SDGs and history of the record whose row was queued
    // first of those still waiting for their details.
    bool addDetails(RecommendationRecord &record, QString *error)
    {
        const qint64 id = record.recommendation.id;
        const ResolvedLists &resolved = m_resolved.at(m_detailsDone++);
        for (size_t list = 0; list < m_lists.size(); ++list) {
            MultiRowInsert &rows = m_lists.at(list)->rows;
            const int start = resolved.listStarts.at(list);
            for (int position = 0; start + position < resolved.listStarts.at(list + 1); ++position) {
                rows.addInt(id);
                rows.addInt(resolved.ids.at(start + position));
                rows.addInt(position);
                if (!rows.endRow(error))
                    return false;
            }
        }
        for (int sdg : record.recommendation.sdgs) {
            m_sdgs.addInt(id);
            m_sdgs.addInt(sdg);
            if (!m_sdgs.endRow(error))
                return false;
        }
        for (StatusChange &change : record.history) {
            change.recommendationId = id;
            if (!m_history.add(change, error))
                return false;
        }
        if (m_detailsDone == m_resolved.size()) {
            m_resolved.clear();
            m_detailsDone = 0;
        }
        return true;
    }

    // Writes what is still waiting (and copies what was staged).
    bool finish(QString *error)
    {
        if (!m_recommendations.finish(error) || !m_statistics.finish(error))
            return false;
        for (const std::unique_ptr<ListRows> &list : m_lists) {
            if (!list->rows.finish(error))
                return false;
        }
        return m_sdgs.finish(error) && m_history.finish(error);
    }

private:
    static QStringList recommendationColumns(Upkeep upkeep)
    {
        QStringList columns{QStringLiteral("id"), QStringLiteral("mechanism"), QStringLiteral("state_under_review"),
                            QStringLiteral("symbol"), QStringLiteral("paragraph"),
                            QStringLiteral("paragraph_sort_key"), QStringLiteral("text"), QStringLiteral("upr_cycle"),
                            QStringLiteral("upr_session"), QStringLiteral("document_date"),
                            QStringLiteral("due_date"), QStringLiteral("notes"), QStringLiteral("created_at"),
                            QStringLiteral("updated_at")};
        if (upkeep == Upkeep::InCode)
            columns << QStringLiteral("current_status") << QStringLiteral("first_theme")
                    << QStringLiteral("first_recommending_state");
        return columns;
    }

    static int themesIndex() { return int(RecommendationLists::all().indexOf(RecommendationList::Themes)); }

    // The names of each list looked up (or added) in its vocabulary.
    std::optional<ResolvedLists> resolve(const Recommendation &r, QString *error)
    {
        ResolvedLists resolved;
        for (size_t list = 0; list < m_lists.size(); ++list) {
            resolved.listStarts[list] = int(resolved.ids.size());
            ListRows &rows = *m_lists.at(list);
            const QStringList &values = RecommendationLists::values(r, rows.list);
            if (values.isEmpty())
                continue;
            const QStringList names = normalisedNames(values);
            for (const QString &name : names) {
                const std::optional<qint64> nameId = rows.vocabulary.idOf(name, error);
                if (!nameId)
                    return std::nullopt;
                resolved.ids.append(*nameId);
            }
            if (m_upkeep == Upkeep::InCode && !names.isEmpty()) {
                const qint64 first = resolved.ids.at(resolved.listStarts[list]);
                if (rows.list == RecommendationList::Themes)
                    resolved.firstTheme = rows.vocabulary.storedName(first);
                else if (rows.list == RecommendationList::RecommendingStates)
                    resolved.firstRecommendingState = rows.vocabulary.storedName(first);
            }
        }
        resolved.listStarts[m_lists.size()] = int(resolved.ids.size());
        return resolved;
    }

    // The entries (given their ids and times first) in the order that
    // decides the current status: effective date, recording time, id.
    std::vector<const StatusChange *> inHistoryOrder(QList<StatusChange> &history)
    {
        std::vector<const StatusChange *> ordered;
        ordered.reserve(size_t(history.size()));
        for (StatusChange &change : history) {
            m_history.identify(change);
            ordered.push_back(&change);
        }
        std::sort(ordered.begin(), ordered.end(), [](const StatusChange *a, const StatusChange *b) {
            if (a->effectiveDate != b->effectiveDate)
                return a->effectiveDate < b->effectiveDate;
            // As the column holds it: UTC to the millisecond.
            const qint64 aRecorded = a->recordedAt.toMSecsSinceEpoch();
            const qint64 bRecorded = b->recordedAt.toMSecsSinceEpoch();
            if (aRecorded != bRecorded)
                return aRecorded < bRecorded;
            return a->id < b->id;
        });
        return ordered;
    }

    static QString themeIdsText(const ResolvedLists &resolved, int themes)
    {
        QString text;
        for (int i = resolved.listStarts.at(size_t(themes)); i < resolved.listStarts.at(size_t(themes) + 1); ++i) {
            if (!text.isEmpty())
                text += QLatin1Char(' ');
            text += QString::number(resolved.ids.at(i));
        }
        return text;
    }

    void addNameOrNull(const QString &name)
    {
        if (name.isNull())
            m_recommendations.addNull();
        else
            m_recommendations.addText(name);
    }

    void addPositive(int value)
    {
        if (value > 0)
            m_recommendations.addInt(value);
        else
            m_recommendations.addNull();
    }

    void addDate(DateText &texts, const QDate &date)
    {
        if (date.isValid())
            m_recommendations.addText(texts.of(date));
        else
            m_recommendations.addNull();
    }

    sqlite3 *m_connection;
    Upkeep m_upkeep;
    IdSequence m_ids;
    qint64 m_largestIdBefore = 0;
    bool m_allIdsAfter = true;
    MultiRowInsert m_recommendations;
    MultiRowInsert m_statistics; // written only when Upkeep::InCode
    std::vector<std::unique_ptr<ListRows>> m_lists;
    MultiRowInsert m_sdgs;
    StatusChangeWriter m_history;
    QString m_now;
    DateText m_documentDates;
    DateText m_dueDates;
    std::vector<ResolvedLists> m_resolved; // of the rows queued before their details,
    size_t m_detailsDone = 0;              // of which these have had them
};

// How many records the database holds (its narrow statistics rows are the
// quickest to count).
std::optional<qint64> storedRecords(sqlite3 *connection, QString *error)
{
    SqliteStatement count;
    if (!count.prepare(connection, QStringLiteral("SELECT count(*) FROM recommendation_statistics"), error))
        return std::nullopt;
    QString stepError;
    if (!count.next(&stepError)) {
        *error = stepError;
        return std::nullopt;
    }
    return count.intAt(0);
}

// The search index entries of the records written in bulk, in one
// statement: FTS5 then builds them as a few large segments (a statement
// each would make a segment each, to be merged again later). A fresh
// import's records come after all others; records that bring their ids
// (an undone delete) are named in a temporary table.
bool addSearchEntries(sqlite3 *connection, const QList<RecommendationRecord> &records, const RecordWriter &writer,
                      QString *error)
{
    const QString insert = QStringLiteral("INSERT INTO recommendation_search (rowid, text, symbol, paragraph) "
                                          "SELECT id, text, symbol, paragraph FROM recommendation WHERE %1");
    if (writer.allIdsAfter())
        return SqliteStatement::exec(connection, insert.arg(QStringLiteral("id > %1").arg(writer.largestIdBefore())), error);
    if (!SqliteStatement::exec(connection, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS rt_batch_ids (id INTEGER PRIMARY KEY)"),
             error)
        || !SqliteStatement::exec(connection, QStringLiteral("DELETE FROM temp.rt_batch_ids"), error))
        return false;
    {
        MultiRowInsert ids(connection, QStringLiteral("INSERT INTO"), QStringLiteral("temp.rt_batch_ids"),
                           {QStringLiteral("id")}, linksPerStatement, MultiRowInsert::Mode::Direct);
        for (const RecommendationRecord &record : records) {
            ids.addInt(record.recommendation.id);
            if (!ids.endRow(error))
                return false;
        }
        if (!ids.finish(error))
            return false;
    }
    return SqliteStatement::exec(connection, insert.arg(QStringLiteral("id IN (SELECT id FROM temp.rt_batch_ids)")), error)
        && SqliteStatement::exec(connection, QStringLiteral("DELETE FROM temp.rt_batch_ids"), error);
}

// FTS5 holds the terms of the rows it is given in memory and writes them
// out as a segment whenever they pass its hash size (1 MiB), to be merged
// with the others later; for a bulk write 64 MiB makes a few large segments
// and saves a fifth of the time. Back to the default afterwards, for edits.
bool indexText(sqlite3 *connection, const QList<RecommendationRecord> &records, const RecordWriter &writer,
               QString *error)
{
    const auto hashSize = [connection, error](int bytes) {
        return SqliteStatement::exec(connection,
                   QStringLiteral("INSERT INTO recommendation_search (recommendation_search, rank) "
                                  "VALUES ('hashsize', %1)")
                       .arg(bytes),
                   error);
    };
    return hashSize(64 << 20) && addSearchEntries(connection, records, writer, error) && hashSize(1 << 20);
}

} // namespace

namespace RecordBatch {

bool insert(Database &database, QList<RecommendationRecord> &records, QString *error)
{
    // Everything is checked before anything is written.
    for (const RecommendationRecord &record : records) {
        const QStringList problems = record.recommendation.validationErrors();
        if (!problems.isEmpty()) {
            *error = problems.join(QLatin1Char(' '));
            return false;
        }
        for (const StatusChange &change : record.history) {
            if (!change.effectiveDate.isValid()) {
                *error = StatusChangeBatch::missingDateMessage();
                return false;
            }
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
    const int perStatement = int(qMin<qsizetype>(recordsPerStatement, qMax<qsizetype>(1, records.size())));
    // More than a statement's worth is a bulk write: the triggers are
    // suspended and their work done here, in one pass; when the batch is as
    // large as what is stored, the indexes are built again afterwards too.
    // Not while another query of the connection reads (connectionIsReading):
    // the rows are then staged and copied through the triggers in one
    // statement per table.
    const bool large = records.size() > perStatement;
    const bool bulk = large && !SuspendedUpkeep::connectionIsReading(connection);
    SuspendedUpkeep upkeep;
    if (bulk) {
        const std::optional<qint64> stored = storedRecords(connection, error);
        if (!stored
            || !upkeep.suspend(connection,
                               records.size() >= *stored ? SuspendedUpkeep::Indexes::Rebuilt
                                                         : SuspendedUpkeep::Indexes::Kept,
                               error))
            return false;
    }
    RecordWriter writer(connection, perStatement,
                        large && !bulk ? MultiRowInsert::Mode::Staged : MultiRowInsert::Mode::Direct,
                        bulk ? Upkeep::InCode : Upkeep::ByTriggers);
    if (!writer.start(error))
        return false;
    for (qsizetype start = 0; start < records.size(); start += perStatement) {
        const qsizetype end = qMin(records.size(), start + perStatement);
        for (qsizetype i = start; i < end; ++i) {
            if (!writer.addRecommendation(records[i], error))
                return false;
        }
        for (qsizetype i = start; i < end; ++i) {
            if (!writer.addDetails(records[i], error))
                return false;
        }
    }
    if (!writer.finish(error))
        return false;
    if (bulk && (!indexText(connection, records, writer, error) || !upkeep.resume(error)))
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
    if (RowDeletion::byIds(database, QStringLiteral("recommendation"), ids, &missing, error))
        return true;
    if (missing > 0)
        *error = noRecommendation(missing);
    return false;
}

} // namespace RecordBatch
