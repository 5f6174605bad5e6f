#pragma once
// The orders the recommendation list can be sorted in; the storage layer
// turns each into an ORDER BY on an indexed expression.
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
};
