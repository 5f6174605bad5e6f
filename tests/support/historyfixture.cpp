#include "historyfixture.h"

#include "recommendationfactory.h"

#include <QDateTime>

namespace HistoryFixture {

Recommendation record(const QString &mechanism, const QString &state, const QString &paragraph, const QDate &date,
                      const QString &text, const QStringList &themes, const QStringList &recommendedBy,
                      const QStringList &institutions, const QStringList &affected)
{
    Recommendation r;
    r.mechanism = mechanism;
    r.stateUnderReview = state;
    r.paragraph = paragraph;
    r.documentDate = date;
    r.text = text;
    r.themes = themes;
    r.recommendedBy = recommendedBy;
    r.institutions = institutions;
    r.affectedPersons = affected;
    return r;
}

bool appendHistory(RecommendationRepository &repository, qint64 id, const QList<Entry> &history, QString *error)
{
    const QDateTime start(QDate(2024, 1, 1), QTime(9, 0), Qt::UTC);
    for (const Entry &entry : history) {
        StatusChange change = RecommendationFactory::change(id, entry.status, entry.effective);
        change.recordedAt = start.addSecs(entry.recordedSecond);
        if (!repository.appendStatusChange(change)) {
            *error = repository.lastError();
            return false;
        }
    }
    return true;
}

} // namespace HistoryFixture
