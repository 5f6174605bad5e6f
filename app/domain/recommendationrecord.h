#pragma once
// A recommendation together with its whole status history: the unit that is
// added, deleted (and restored by undo), exported and imported.
#include "recommendation.h"
#include "statuschange.h"

#include <QList>

struct RecommendationRecord {
    Recommendation recommendation;
    QList<StatusChange> history;
};
