#pragma once
// Valid recommendations for tests, varied by a number so that each differs.
#include "recommendation.h"
#include "statuschange.h"

namespace RecommendationFactory {
// A UPR recommendation to Kazakhstan from session 7, paragraph "97.<n>".
Recommendation upr(int n);
// A Human Rights Committee recommendation from CCPR/C/KAZ/CO/1, paragraph "<n>".
Recommendation iccpr(int n);
StatusChange change(qint64 recommendationId, Status status, const QDate &date,
                    const QString &note = QString());
}
