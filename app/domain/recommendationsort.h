#pragma once
// The orders the recommendation list can be sorted in; the storage layer
// turns each into an ORDER BY on an indexed expression, with the id as the
// last key so that equal rows keep a stable order.
#include <Qt>

enum class RecommendationSortKey {
    Id,
    Symbol,
    Paragraph,
    Mechanism,
    DocumentDate,
    StateUnderReview,
    RecommendedBy,
    Themes,
    Status,
    DueDate,
    // How well the text, symbol and paragraph match the search words (BM25);
    // descending puts the best match first.
    Relevance,
};

struct RecommendationOrder {
    RecommendationSortKey key = RecommendationSortKey::Id;
    Qt::SortOrder direction = Qt::AscendingOrder;

    // Relevance ranks against the search words; without a search there is
    // nothing to rank by, and the list keeps its default order (by id,
    // ascending) whichever direction was asked for, so that choosing
    // relevance before typing a search moves no row.
    static RecommendationOrder effective(RecommendationSortKey key, Qt::SortOrder direction, bool searching)
    {
        if (key == RecommendationSortKey::Relevance && !searching)
            return {};
        return {key, direction};
    }
    bool operator==(const RecommendationOrder &other) const
    {
        return key == other.key && direction == other.direction;
    }
    bool operator!=(const RecommendationOrder &other) const { return !(*this == other); }
};
