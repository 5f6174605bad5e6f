#include "recordreader.h"

#include "isodate.h"
#include "recommendationlists.h"
#include "sqlitestatement.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <array>

namespace {

constexpr int idsInStatement = 500;

// The statements that read one piece of ids, all with the same number of
// "?" (the last piece of a read may be shorter and gets its own).
class PieceStatements
{
public:
    // How many ids the statements take; 0 before they are prepared.
    int size() const { return m_size; }

    bool prepare(sqlite3 *connection, int size, RecordReader::History history, QString *error)
    {
        m_size = size;
        const QString marks = SqliteStatement::placeholders(size);
        if (!m_recommendations.prepare(
                connection,
                QStringLiteral("SELECT id, mechanism, state_under_review, symbol, paragraph, text, upr_cycle, "
                               "upr_session, document_date, due_date, notes FROM recommendation WHERE id IN (%1)")
                    .arg(marks),
                error))
            return false;
        const QList<RecommendationList> &lists = RecommendationLists::all();
        for (qsizetype i = 0; i < lists.size(); ++i) {
            const QString table = RecommendationLists::vocabularyTable(lists.at(i));
            if (!m_lists[size_t(i)].prepare(connection,
                                            QStringLiteral("SELECT l.recommendation_id, v.name FROM recommendation_%1 l "
                                                           "JOIN %1 v ON v.id = l.%1_id WHERE l.recommendation_id IN (%2) "
                                                           "ORDER BY l.recommendation_id, l.position")
                                                .arg(table, marks),
                                            error))
                return false;
        }
        if (!m_sdgs.prepare(connection,
                            QStringLiteral("SELECT recommendation_id, sdg FROM recommendation_sdg "
                                           "WHERE recommendation_id IN (%1) ORDER BY recommendation_id, sdg")
                                .arg(marks),
                            error))
            return false;
        // The order RecommendationRepository::history() gives.
        return history == RecordReader::History::Left
            || m_history.prepare(connection,
                                 QStringLiteral("SELECT id, recommendation_id, status, effective_date, note, "
                                                "evidence_link, author, recorded_at FROM status_change "
                                                "WHERE recommendation_id IN (%1) "
                                                "ORDER BY recommendation_id, effective_date, recorded_at, id")
                                     .arg(marks),
                                 error);
    }

    // Fills in the records of the ids [first, first + count) of ids; placeOf
    // says where each id's record is.
    bool read(const QList<qint64> &ids, qsizetype first, int count, const QHash<qint64, qsizetype> &placeOf,
              QList<RecommendationRecord> &records, QString *error)
    {
        const auto recordOf = [&](qint64 id) -> RecommendationRecord & { return records[placeOf.value(id)]; };
        QString stepError;
        bind(m_recommendations, ids, first, count);
        while (m_recommendations.next(&stepError)) {
            Recommendation &r = recordOf(m_recommendations.intAt(0)).recommendation;
            r.id = m_recommendations.intAt(0);
            r.mechanism = m_recommendations.textAt(1);
            r.stateUnderReview = m_recommendations.textAt(2);
            r.symbol = m_recommendations.textAt(3);
            r.paragraph = m_recommendations.textAt(4);
            r.text = m_recommendations.textAt(5);
            r.uprCycle = int(m_recommendations.intAt(6));
            r.uprSession = int(m_recommendations.intAt(7));
            r.documentDate = IsoDate::parse(m_recommendations.textAt(8));
            r.dueDate = IsoDate::parse(m_recommendations.textAt(9));
            r.notes = m_recommendations.textAt(10);
        }
        if (!finished(m_recommendations, stepError, error))
            return false;
        const QList<RecommendationList> &lists = RecommendationLists::all();
        for (qsizetype i = 0; i < lists.size(); ++i) {
            SqliteStatement &names = m_lists[size_t(i)];
            bind(names, ids, first, count);
            while (names.next(&stepError))
                RecommendationLists::values(recordOf(names.intAt(0)).recommendation, lists.at(i)) << names.textAt(1);
            if (!finished(names, stepError, error))
                return false;
        }
        bind(m_sdgs, ids, first, count);
        while (m_sdgs.next(&stepError))
            recordOf(m_sdgs.intAt(0)).recommendation.sdgs << int(m_sdgs.intAt(1));
        if (!finished(m_sdgs, stepError, error))
            return false;
        if (!m_history.isPrepared())
            return true;
        bind(m_history, ids, first, count);
        while (m_history.next(&stepError)) {
            StatusChange change;
            change.id = m_history.intAt(0);
            change.recommendationId = m_history.intAt(1);
            change.status = StatusInfo::fromKey(m_history.textAt(2)).value_or(Status::Pending);
            change.effectiveDate = IsoDate::parse(m_history.textAt(3));
            change.note = m_history.textAt(4);
            change.evidenceLink = m_history.textAt(5);
            change.author = m_history.textAt(6);
            change.recordedAt = QDateTime::fromString(m_history.textAt(7), Qt::ISODateWithMs);
            recordOf(change.recommendationId).history << change;
        }
        return finished(m_history, stepError, error);
    }

private:
    static void bind(SqliteStatement &statement, const QList<qint64> &ids, qsizetype first, int count)
    {
        for (int i = 0; i < count; ++i)
            statement.bindInt(i + 1, ids.at(first + i));
    }

    // After the last row: resets the statement for the next piece.
    static bool finished(SqliteStatement &statement, const QString &stepError, QString *error)
    {
        statement.reset();
        if (stepError.isEmpty())
            return true;
        *error = stepError;
        return false;
    }

    int m_size = 0;
    SqliteStatement m_recommendations;
    std::array<SqliteStatement, 4> m_lists;
    SqliteStatement m_sdgs;
    SqliteStatement m_history;
};

} // namespace

namespace RecordReader {

std::optional<QList<RecommendationRecord>> read(Database &database, const QList<qint64> &ids, History history,
                                                QString *error, const std::function<bool(int, int)> &progress)
{
    Q_ASSERT(RecommendationLists::all().size() == 4);
    // Each id read once; a repeated one is copied into its places at the end.
    QList<qint64> unique;
    unique.reserve(ids.size());
    QHash<qint64, qsizetype> placeOf;
    placeOf.reserve(ids.size());
    for (qint64 id : ids) {
        if (!placeOf.contains(id)) {
            placeOf.insert(id, unique.size());
            unique << id;
        }
    }
    QList<RecommendationRecord> records(unique.size());
    Transaction transaction(database);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return std::nullopt;
    }
    sqlite3 *connection = SqliteStatement::connection(database, error);
    if (!connection)
        return std::nullopt;
    PieceStatements whole;
    PieceStatements last;
    for (qsizetype first = 0; first < unique.size(); first += idsInStatement) {
        const int count = int(qMin<qsizetype>(idsInStatement, unique.size() - first));
        PieceStatements &statements = count == idsInStatement ? whole : last;
        if (statements.size() != count && !statements.prepare(connection, count, history, error))
            return std::nullopt;
        if (!statements.read(unique, first, count, placeOf, records, error))
            return std::nullopt;
        if (progress && !progress(int(first + count), int(unique.size()))) {
            error->clear();
            return std::nullopt;
        }
    }
    for (qsizetype i = 0; i < unique.size(); ++i) {
        if (records.at(i).recommendation.id == 0) {
            *error = QCoreApplication::translate("RecommendationRepository", "There is no recommendation with id %1.")
                         .arg(unique.at(i));
            return std::nullopt;
        }
    }
    if (!transaction.commit()) {
        *error = transaction.error();
        return std::nullopt;
    }
    if (unique.size() == ids.size())
        return records;
    QList<RecommendationRecord> inOrder;
    inOrder.reserve(ids.size());
    for (qint64 id : ids)
        inOrder << records.at(placeOf.value(id));
    return inOrder;
}

} // namespace RecordReader
