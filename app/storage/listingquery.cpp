#include "listingquery.h"

#include "filterclause.h"
#include "recommendationlists.h"

namespace {

// The first name of a list, in the user's order; NULL when the list is empty.
QString firstOfList(RecommendationList list)
{
    const QString table = RecommendationLists::vocabularyTable(list);
    return QStringLiteral("(SELECT v.name FROM recommendation_%1 l JOIN %1 v ON v.id = l.%1_id "
                          "WHERE l.recommendation_id = r.id ORDER BY l.position LIMIT 1) COLLATE NOCASE")
        .arg(table);
}

// FTS5's bm25() is lower for a better match; its negation reads the usual way.
const char *const relevanceSql = "-bm25(recommendation_search)";

} // namespace

bool ListingQuery::hasSearch(const RecommendationFilter &filter)
{
    return !FilterClause::fullTextQuery(filter.searchText).isEmpty();
}

bool ListingQuery::isOnlySearch(const RecommendationFilter &filter)
{
    RecommendationFilter others = filter;
    others.searchText.clear();
    return hasSearch(filter) && FilterClause::build(others).where.isEmpty();
}

bool ListingQuery::narrowsThroughStatistics(const RecommendationFilter &filter)
{
    // A list condition (theme, recommending state, institution) with any
    // other. A list alone, or conditions on columns alone, stop after a page
    // of matches in the order asked for; the set of all matches would cost
    // a pass over every narrow row.
    const auto given = [](const QString &name) { return !name.trimmed().isEmpty(); };
    int lists = int(given(filter.theme)) + int(given(filter.recommendedBy)) + int(given(filter.institution));
    for (const QString &theme : filter.alsoThemes)
        lists += int(given(theme));
    RecommendationFilter others = filter;
    others.theme.clear();
    others.alsoThemes.clear();
    others.recommendedBy.clear();
    others.institution.clear();
    return lists > 0 && (lists > 1 || !FilterClause::build(others).where.isEmpty());
}

ListingQuery::ListingQuery(const RecommendationFilter &filter, RecommendationSortKey key, Qt::SortOrder direction,
                           int options)
    : m_order(RecommendationOrder::effective(key, direction, hasSearch(filter)))
{
    const bool firstNamesStored = options & FirstNamesStored;
    if (!ranksByRelevance() && (options & SearchAsFilter) && isOnlySearch(filter)) {
        // The unary + keeps SQLite from using the matches as the rowids to
        // visit; they become a set each row of the ordered scan is tested in.
        m_from = QStringLiteral("recommendation r");
        m_conditions << QStringLiteral("+r.id IN (SELECT rowid FROM recommendation_search "
                                       "WHERE recommendation_search MATCH ?)");
        m_bindings << FilterClause::fullTextQuery(filter.searchText);
        m_idColumn = QStringLiteral("r.id");
    } else if (!ranksByRelevance()) {
        m_from = QStringLiteral("recommendation r");
        m_idColumn = QStringLiteral("r.id");
        if (narrowsThroughStatistics(filter)) {
            // The matching ids found in the narrow rows first, as a set: the
            // records are then read only for the rows that match, not for
            // each record of the list that another condition rejects (at
            // 250,000 records, two statuses, years and a theme: 60 -> 24 ms).
            const FilterClause clause = FilterClause::build(filter, FilterClause::Table::Statistics);
            m_conditions << QStringLiteral("r.id IN (SELECT r.id FROM recommendation_statistics r %1)").arg(clause.where);
            m_bindings = clause.bindings;
        } else {
            const FilterClause clause = FilterClause::build(filter);
            if (!clause.where.isEmpty())
                m_conditions << clause.where.mid(int(qstrlen("WHERE ")));
            m_bindings = clause.bindings;
        }
    } else {
        // bm25() only exists while the index itself is being scanned for a
        // MATCH, so the index drives the query: first in the join (CROSS
        // JOIN keeps SQLite from turning it into a per-row inner search), or
        // alone when no other condition needs the table.
        RecommendationFilter others = filter;
        others.searchText.clear();
        const FilterClause clause = FilterClause::build(others);
        m_conditions << QStringLiteral("recommendation_search MATCH ?");
        m_bindings << FilterClause::fullTextQuery(filter.searchText);
        if (clause.where.isEmpty()) {
            m_from = QStringLiteral("recommendation_search");
            m_idColumn = QStringLiteral("recommendation_search.rowid");
        } else {
            m_from = QStringLiteral("recommendation_search CROSS JOIN recommendation r "
                                    "ON r.id = recommendation_search.rowid");
            m_conditions << clause.where.mid(int(qstrlen("WHERE ")));
            m_bindings << clause.bindings;
            m_idColumn = QStringLiteral("r.id");
        }
    }

    switch (m_order.key) {
    case RecommendationSortKey::Id: break;
    case RecommendationSortKey::Symbol:
        m_terms = {{QStringLiteral("r.symbol COLLATE NOCASE")}, {QStringLiteral("r.paragraph_sort_key")}};
        break;
    case RecommendationSortKey::Paragraph: m_terms = {{QStringLiteral("r.paragraph_sort_key")}}; break;
    case RecommendationSortKey::Mechanism: m_terms = {{QStringLiteral("r.mechanism")}}; break;
    case RecommendationSortKey::DocumentDate: m_terms = {{QStringLiteral("r.document_date"), true}}; break;
    case RecommendationSortKey::StateUnderReview:
        m_terms = {{QStringLiteral("r.state_under_review COLLATE NOCASE")}};
        break;
    case RecommendationSortKey::RecommendedBy:
        m_terms = {{firstNamesStored ? QStringLiteral("r.first_recommending_state COLLATE NOCASE")
                                     : firstOfList(RecommendationList::RecommendingStates),
                    true}};
        break;
    case RecommendationSortKey::Themes:
        m_terms = {{firstNamesStored ? QStringLiteral("r.first_theme COLLATE NOCASE")
                                     : firstOfList(RecommendationList::Themes),
                    true}};
        break;
    case RecommendationSortKey::Status:
        // Progress order, not alphabetical. An index on exactly this
        // expression, should the schema have one, serves it.
        m_terms = {{QStringLiteral("CASE r.current_status WHEN 'pending' THEN 0 WHEN 'accepted' THEN 1 "
                                   "WHEN 'rejected' THEN 2 WHEN 'partially_implemented' THEN 3 ELSE 4 END")}};
        break;
    case RecommendationSortKey::DueDate: m_terms = {{QStringLiteral("r.due_date"), true}}; break;
    case RecommendationSortKey::Relevance: m_terms = {{QString::fromLatin1(relevanceSql)}}; break;
    }
}

QString ListingQuery::fromWhere(const QString &condition) const
{
    QStringList conditions = m_conditions;
    if (!condition.isEmpty())
        conditions << condition;
    QString sql = QStringLiteral("FROM ") + m_from;
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return sql;
}

QStringList ListingQuery::keyExpressions() const
{
    QStringList expressions;
    for (const Term &term : m_terms)
        expressions << term.sql;
    return expressions;
}

QString ListingQuery::orderBy() const
{
    const QString direction =
        m_order.direction == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QStringList keys;
    for (const Term &term : m_terms)
        keys << term.sql + direction;
    keys << m_idColumn + direction;
    return keys.join(QStringLiteral(", "));
}

QString ListingQuery::orderByColumns(const QString &table) const
{
    const QString direction =
        m_order.direction == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QStringList keys;
    for (int i = 0; i < m_terms.size(); ++i)
        keys << QStringLiteral("%1.k%2%3").arg(table).arg(i).arg(direction);
    keys << table + QStringLiteral(".id") + direction;
    return keys.join(QStringLiteral(", "));
}

QString ListingQuery::before(const QVariantList &keyValues, qint64 id, QVariantList *bindings) const
{
    // Lexicographic: equal on the first keys and before on the next one. SQL
    // NULLs come first in ascending order and last in descending order; a
    // comparison with NULL is never true, so those cases are spelled out.
    const bool ascending = m_order.direction == Qt::AscendingOrder;
    QStringList alternatives;
    QStringList equalSoFar;
    QVariantList equalValues;
    for (int i = 0; i < m_terms.size(); ++i) {
        const Term &term = m_terms.at(i);
        const QVariant value = keyValues.value(i);
        QString precedes;
        QVariantList precedesValues;
        if (ascending && !value.isNull()) {
            precedes = term.nullable ? QStringLiteral("(%1 IS NULL OR %1 < ?)").arg(term.sql)
                                     : QStringLiteral("%1 < ?").arg(term.sql);
            precedesValues << value;
        } else if (!ascending) {
            precedes = value.isNull() ? QStringLiteral("%1 IS NOT NULL").arg(term.sql)
                                      : QStringLiteral("%1 > ?").arg(term.sql);
            if (!value.isNull())
                precedesValues << value;
        }
        if (!precedes.isEmpty()) {
            alternatives << QStringList(equalSoFar + QStringList{precedes}).join(QStringLiteral(" AND "));
            *bindings << equalValues << precedesValues;
        }
        if (value.isNull()) {
            equalSoFar << QStringLiteral("%1 IS NULL").arg(term.sql);
        } else {
            equalSoFar << QStringLiteral("%1 = ?").arg(term.sql);
            equalValues << value;
        }
    }
    equalSoFar << m_idColumn + (ascending ? QStringLiteral(" < ?") : QStringLiteral(" > ?"));
    equalValues << id;
    alternatives << equalSoFar.join(QStringLiteral(" AND "));
    *bindings << equalValues;
    return QStringLiteral("((") + alternatives.join(QStringLiteral(") OR (")) + QStringLiteral("))");
}
