#include "deleterecommendationscommand.h"

#include "recommendationrepository.h"
#include "recordbatch.h"
#include "recordnotifier.h"
#include "workthreads.h"

DeleteRecommendationsCommand::DeleteRecommendationsCommand(EditContext &context,
                                                           QList<RecommendationRecord> records,
                                                           const QString &text)
    : DatabaseCommand(context, text), m_records(std::move(records))
{
}

DeleteRecommendationsCommand::~DeleteRecommendationsCommand()
{
    WorkThreads::destroyElsewhere(std::move(m_records));
}

QList<qint64> DeleteRecommendationsCommand::ids() const
{
    QList<qint64> ids;
    ids.reserve(m_records.size());
    for (const RecommendationRecord &record : m_records)
        ids << record.recommendation.id;
    return ids;
}

bool DeleteRecommendationsCommand::apply()
{
    return RecordBatch::remove(context().repository.database(), ids(), &context().lastError);
}

bool DeleteRecommendationsCommand::revert()
{
    // The records and their entries keep their ids; the copy is only written to.
    QList<RecommendationRecord> records = m_records;
    return RecordBatch::insert(context().repository.database(), records, &context().lastError);
}

void DeleteRecommendationsCommand::notifyApplied()
{
    emit context().notifier.recordsRemoved(ids());
}

void DeleteRecommendationsCommand::notifyReverted()
{
    emit context().notifier.recordsAdded(ids());
}
