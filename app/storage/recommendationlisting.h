#pragma once
// Windows onto the ordered list of the recommendations that match a filter,
// for views that must not load everything: how many there are, the ids or
// the displayed fields of rows offset..offset+limit, and the row a record
// has. Filtering and sorting happen in SQL, so the caller's memory does not
// grow with the database. Every method returns std::nullopt on failure and
// leaves a translated sentence in lastError().
#include "recommendation.h"
#include "recommendationfilter.h"
#include "recommendationsort.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <optional>

class Database;

// A row as a table shows it; relevance is set only while the list is
// ranked by relevance (the score, higher for a better match).
struct ListedRecommendation {
    RecommendationSummary summary;
    std::optional<double> relevance;
};

class RecommendationListing
{
    Q_DECLARE_TR_FUNCTIONS(RecommendationListing)

public:
    explicit RecommendationListing(Database &database);

    QString lastError() const { return m_lastError; }

    // Whether the filter holds search words that relevance can rank by.
    static bool hasSearch(const RecommendationFilter &filter);

    std::optional<int> count(const RecommendationFilter &filter);
    // A caller that knows how many rows match passes it as total: a window
    // in the second half is then read from the end, in the opposite order,
    // which costs SQLite the rows after it instead of all those before.
    std::optional<QList<qint64>> idsInRange(const RecommendationFilter &filter, RecommendationSortKey key,
                                            Qt::SortOrder direction, int offset, int limit, int total = -1);
    // The display fields of the same rows, in one query.
    std::optional<QList<ListedRecommendation>> summariesInRange(const RecommendationFilter &filter,
                                                                RecommendationSortKey key, Qt::SortOrder direction,
                                                                int offset, int limit, int total = -1);
    // How many matching records sort before this one: its row; -1 when it
    // does not match (or does not exist).
    std::optional<int> rankOf(qint64 id, const RecommendationFilter &filter, RecommendationSortKey key,
                              Qt::SortOrder direction);
    // The rows of many records at once; those that do not match are left out.
    std::optional<QHash<qint64, int>> ranksOf(const QList<qint64> &ids, const RecommendationFilter &filter,
                                              RecommendationSortKey key, Qt::SortOrder direction);
    // The relevance of the given records to the filter's search words (only
    // those that match are in the result), and the best relevance of all
    // matching records; both empty without a search.
    std::optional<QHash<qint64, double>> relevanceOf(const QList<qint64> &ids, const RecommendationFilter &filter);
    std::optional<double> bestRelevance(const RecommendationFilter &filter);

private:
    template <typename Result>
    std::optional<Result> fail(const QString &message);
    int optionsForWindow(const RecommendationFilter &filter, RecommendationSortKey key, int offset, int limit,
                         int total);
    bool hasOrderIndex(RecommendationSortKey key);
    // How many matching records come before id in the order of ids, counted
    // in the narrow statistics rows: through the records' own pages it took
    // 40 ms at 250,000 records, on the GUI thread for each record an edit
    // moves while all rows are selected.
    std::optional<int> countedById(const RecommendationFilter &filter, qint64 id, Qt::SortOrder direction);

    Database &m_database;
    QString m_lastError;
    bool m_firstNamesStored = false;
    QHash<int, bool> m_orderIndexed; // by sort key
};
