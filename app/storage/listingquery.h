#pragma once
// The SQL pieces of one ordered listing: which records match a filter
// ("FROM ... WHERE ...") and in which order, so that RecommendationListing can
// ask for a window of it, its size, or where one record falls in it without
// reading the rest. Sorting by relevance drives the query from the full-text
// index, the only place BM25 can be computed.
#include "recommendationfilter.h"
#include "recommendationsort.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

class ListingQuery
{
public:
    enum Option {
        // The records carry their first theme and first recommending state
        // in indexed columns (first_theme, first_recommending_state);
        // without them those two orders read the link tables for every row.
        FirstNamesStored = 0x1,
        // For a filter that is only a search: walk the order's index and test
        // each row against the matches, instead of looking up every match
        // and sorting them (RecommendationListing says when that is cheaper).
        SearchAsFilter = 0x2,
    };
    ListingQuery(const RecommendationFilter &filter, RecommendationSortKey key, Qt::SortOrder direction,
                 int options = 0);

    // Whether the filter holds search words (text with no word searches nothing).
    static bool hasSearch(const RecommendationFilter &filter);
    // Whether it holds nothing but search words.
    static bool isOnlySearch(const RecommendationFilter &filter);
    // Whether the matches are better found in the narrow statistics rows
    // first (a list condition with others).
    static bool narrowsThroughStatistics(const RecommendationFilter &filter);

    RecommendationOrder order() const { return m_order; }
    bool ranksByRelevance() const { return m_order.key == RecommendationSortKey::Relevance; }
    // The matching records' id: "r.id", or the index's rowid when the
    // recommendation table is not needed at all.
    QString idColumn() const { return m_idColumn; }
    // "FROM ... [WHERE ...]", plus "condition" ANDed in when given; the
    // placeholders are bindings() followed by the condition's own.
    QString fromWhere(const QString &condition = QString()) const;
    QVariantList bindings() const { return m_bindings; }
    // The sort keys before the id, as expressions over the FROM clause.
    QStringList keyExpressions() const;
    // "k1 ASC, ..., id ASC", or over a subquery's columns k0, k1, ... and id.
    QString orderBy() const;
    QString orderByColumns(const QString &table) const;
    // True for the rows that sort before the row with these key values (as
    // keyExpressions() gave them) and id; appends its placeholders' values.
    QString before(const QVariantList &keyValues, qint64 id, QVariantList *bindings) const;

private:
    struct Term {
        QString sql;
        bool nullable = false;
    };

    RecommendationOrder m_order;
    QList<Term> m_terms;
    QString m_from;
    QStringList m_conditions;
    QVariantList m_bindings;
    QString m_idColumn;
};
