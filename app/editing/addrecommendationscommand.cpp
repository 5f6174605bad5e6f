#include "addrecommendationscommand.h"

#include "recommendationrepository.h"
#include "recordnotifier.h"

#include <QDateTime>

AddRecommendationsCommand::AddRecommendationsCommand(EditContext &context,
                                                     QList<RecommendationRecord> records,
                                                     const QString &text)
    : DatabaseCommand(context, text), m_records(std::move(records))
{
}

QList<qint64> AddRecommendationsCommand::ids() const
{
    QList<qint64> ids;
    for (const RecommendationRecord &record : m_records)
        ids << record.recommendation.id;
    return ids;
}

bool AddRecommendationsCommand::apply()
{
    RecommendationRepository &repository = context().repository;
    // Work on a copy so that a failed apply leaves the ids as they were.
    QList<RecommendationRecord> records = m_records;
    for (RecommendationRecord &record : records) {
        const std::optional<qint64> id = repository.insert(record.recommendation);
        if (!id) {
            context().lastError = repository.lastError();
            return false;
        }
        record.recommendation.id = *id;
        for (StatusChange &change : record.history) {
            change.recommendationId = *id;
            if (!change.recordedAt.isValid())
                change.recordedAt = QDateTime::currentDateTimeUtc();
            const std::optional<qint64> changeId = repository.appendStatusChange(change);
            if (!changeId) {
                context().lastError = repository.lastError();
                return false;
            }
            change.id = *changeId;
        }
    }
    m_records = records;
    return true;
}

bool AddRecommendationsCommand::revert()
{
    for (const RecommendationRecord &record : m_records) {
        if (!context().repository.remove(record.recommendation.id)) {
            context().lastError = context().repository.lastError();
            return false;
        }
    }
    return true;
}

void AddRecommendationsCommand::notifyApplied()
{
    emit context().notifier.recordsAdded(ids());
}

void AddRecommendationsCommand::notifyReverted()
{
    emit context().notifier.recordsRemoved(ids());
}
