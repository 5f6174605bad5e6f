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
#include "vocabularyids.h"

#include <QCoreApplication>
#include <QDateTime>
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

// RecommendationLists::normalised, without its work for the usual list of
// one clean name (a recommending state): nothing to tidy, no repeat possible.
QStringList normalisedNames(const QStringList &values)
{
    if (values.size() == 1 && isSimplified(values.first()))
        return values;
    return RecommendationLists::normalised(values);
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

// The rows of many records, queued into multi-row INSERTs. The caller holds
// the transaction, and queues a statement's worth of recommendations before
// their details, so that the details' statements never have to write a
// partial statement of recommendations first.
class RecordWriter
{
public:
    RecordWriter(sqlite3 *connection, int recordsPerStatement, MultiRowInsert::Mode mode)
        : m_connection(connection),
          m_recommendations(connection, QStringLiteral("INSERT INTO"), QStringLiteral("recommendation"),
                            {QStringLiteral("id"), QStringLiteral("mechanism"), QStringLiteral("state_under_review"),
                             QStringLiteral("symbol"), QStringLiteral("paragraph"),
                             QStringLiteral("paragraph_sort_key"), QStringLiteral("text"), QStringLiteral("upr_cycle"),
                             QStringLiteral("upr_session"), QStringLiteral("document_date"),
                             QStringLiteral("due_date"), QStringLiteral("notes"), QStringLiteral("created_at"),
                             QStringLiteral("updated_at")},
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
        m_sdgs.writeAfter(&m_recommendations);
        m_history.writeAfter(&m_recommendations);
    }

    bool start(QString *error)
    {
        return m_ids.start(m_connection, QStringLiteral("recommendation"), error) && m_history.start(error);
    }

    // Gives the record its id and queues its row.
    bool addRecommendation(Recommendation &r, QString *error)
    {
        r.id = m_ids.take(r.id);
        m_recommendations.addInt(r.id);
        m_recommendations.addText(r.mechanism);
        m_recommendations.addText(r.stateUnderReview.simplified());
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
        return m_recommendations.endRow(error);
    }

    // Queues the lists, SDGs and history of a record whose row is queued.
    bool addDetails(RecommendationRecord &record, QString *error)
    {
        const qint64 id = record.recommendation.id;
        for (const std::unique_ptr<ListRows> &list : m_lists) {
            const QStringList &values = RecommendationLists::values(record.recommendation, list->list);
            if (values.isEmpty())
                continue;
            const QStringList names = normalisedNames(values);
            for (int position = 0; position < names.size(); ++position) {
                const std::optional<qint64> nameId = list->vocabulary.idOf(names.at(position), error);
                if (!nameId)
                    return false;
                list->rows.addInt(id);
                list->rows.addInt(*nameId);
                list->rows.addInt(position);
                if (!list->rows.endRow(error))
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
        return true;
    }

    // Writes what is still waiting (and copies what was staged).
    bool finish(QString *error)
    {
        if (!m_recommendations.finish(error))
            return false;
        for (const std::unique_ptr<ListRows> &list : m_lists) {
            if (!list->rows.finish(error))
                return false;
        }
        return m_sdgs.finish(error) && m_history.finish(error);
    }

private:
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
    IdSequence m_ids;
    MultiRowInsert m_recommendations;
    std::vector<std::unique_ptr<ListRows>> m_lists;
    MultiRowInsert m_sdgs;
    StatusChangeWriter m_history;
    QString m_now;
    DateText m_documentDates;
    DateText m_dueDates;
};

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
    RecordWriter writer(connection, perStatement,
                        records.size() > perStatement ? MultiRowInsert::Mode::Staged : MultiRowInsert::Mode::Direct);
    if (!writer.start(error))
        return false;
    for (qsizetype start = 0; start < records.size(); start += perStatement) {
        const qsizetype end = qMin(records.size(), start + perStatement);
        for (qsizetype i = start; i < end; ++i) {
            if (!writer.addRecommendation(records[i].recommendation, error))
                return false;
        }
        for (qsizetype i = start; i < end; ++i) {
            if (!writer.addDetails(records[i], error))
                return false;
        }
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
    if (RowDeletion::byIds(database, QStringLiteral("recommendation"), ids, &missing, error))
        return true;
    if (missing > 0)
        *error = noRecommendation(missing);
    return false;
}

} // namespace RecordBatch
