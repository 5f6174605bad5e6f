#include "deleterecommendationscommand.h"

#include "recommendationrepository.h"
#include "recordnotifier.h"

DeleteRecommendationsCommand::DeleteRecommendationsCommand(EditContext &context,
                                                           QList<RecommendationRecord> records,
                                                           const QString &text)
    : DatabaseCommand(context, text), m_records(std::move(records))
{
}

QList<qint64> DeleteRecommendationsCommand::ids() const
{
    QList<qint64> ids;
    for (const RecommendationRecord &record : m_records)
        ids << record.recommendation.id;
    return ids;
}

bool DeleteRecommendationsCommand::apply()
{
    for (const RecommendationRecord &record : m_records) {
        if (!context().repository.remove(record.recommendation.id)) {
            context().lastError = context().repository.lastError();
            return false;
        }
    }
    return true;
}

bool DeleteRecommendationsCommand::revert()
{
    RecommendationRepository &repository = context().repository;
    for (const RecommendationRecord &record : m_records) {
        if (!repository.insert(record.recommendation)) {
            context().lastError = repository.lastError();
            return false;
        }
        for (const StatusChange &change : record.history) {
            if (!repository.appendStatusChange(change)) {
                context().lastError = repository.lastError();
                return false;
            }
        }
    }
    return true;
}

void DeleteRecommendationsCommand::notifyApplied()
{
    emit context().notifier.recordsRemoved(ids());
}

void DeleteRecommendationsCommand::notifyReverted()
{
    emit context().notifier.recordsAdded(ids());
}
