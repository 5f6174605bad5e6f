#include "addrecommendationscommand.h"

#include "recommendationrepository.h"
#include "recordbatch.h"
#include "recordnotifier.h"

AddRecommendationsCommand::AddRecommendationsCommand(EditContext &context,
                                                     QList<RecommendationRecord> records,
                                                     const QString &text)
    : DatabaseCommand(context, text), m_records(std::move(records))
{
}

QList<qint64> AddRecommendationsCommand::ids() const
{
    QList<qint64> ids;
    ids.reserve(m_records.size());
    for (const RecommendationRecord &record : m_records)
        ids << record.recommendation.id;
    return ids;
}

bool AddRecommendationsCommand::apply()
{
    // Work on a copy so that a failed apply leaves the ids as they were. The
    // first apply fills in the ids and recording times; a redo writes the
    // same ones again, so later commands on the stack still find the records.
    QList<RecommendationRecord> records = m_records;
    if (!RecordBatch::insert(context().repository.database(), records, &context().lastError))
        return false;
    m_records = std::move(records);
    return true;
}

bool AddRecommendationsCommand::revert()
{
    return RecordBatch::remove(context().repository.database(), ids(), &context().lastError);
}

void AddRecommendationsCommand::notifyApplied()
{
    emit context().notifier.recordsAdded(ids());
}

void AddRecommendationsCommand::notifyReverted()
{
    emit context().notifier.recordsRemoved(ids());
}
