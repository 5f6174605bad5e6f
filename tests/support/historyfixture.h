#pragma once
// Records with hand-written status histories for the statistics tests. Each
// entry's recording time is fixed by the fixture, not the clock, so a test
// decides which of two same-day entries was recorded later.
#include "recommendation.h"
#include "recommendationrepository.h"
#include "status.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace HistoryFixture {
struct Entry {
    Status status;
    QDate effective;
    int recordedSecond; // recordedAt = 2024-01-01 09:00:00 UTC + this many seconds
};

// A record with the fields the statistics count and group by.
Recommendation record(const QString &mechanism, const QString &state, const QString &paragraph, const QDate &date,
                      const QString &text, const QStringList &themes, const QStringList &recommendedBy,
                      const QStringList &institutions, const QStringList &affected = {});
// Appends the entries in the order given; false with *error on the first refusal.
bool appendHistory(RecommendationRepository &repository, qint64 id, const QList<Entry> &history, QString *error);
}
