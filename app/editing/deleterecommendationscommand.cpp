#include "deleterecommendationscommand.h"

#include "recommendationrepository.h"
#include "recordbatch.h"
#include "recordnotifier.h"
#include "recordreader.h"
#include "workthreads.h"

DeleteRecommendationsCommand::DeleteRecommendationsCommand(EditContext &context, QList<qint64> ids,
                                                           const QString &text)
    : DatabaseCommand(context, text), m_ids(std::move(ids))
{
}

DeleteRecommendationsCommand::~DeleteRecommendationsCommand()
{
    WorkThreads::destroyElsewhere(std::move(m_records));
}

bool DeleteRecommendationsCommand::apply()
{
    Database &database = context().repository.database();
    if (m_records.isEmpty()) {
        std::optional<QList<RecommendationRecord>> records =
            RecordReader::read(database, m_ids, RecordReader::History::Read, &context().lastError);
        if (!records)
            return false;
        m_records = std::move(*records);
    }
    return RecordBatch::remove(database, m_ids, &context().lastError);
}

bool DeleteRecommendationsCommand::revert()
{
    // The records and their entries keep their ids; the copy is only written to.
    QList<RecommendationRecord> records = m_records;
    return RecordBatch::insert(context().repository.database(), records, &context().lastError);
}

void DeleteRecommendationsCommand::notifyApplied()
{
    emit context().notifier.recordsRemoved(m_ids);
}

void DeleteRecommendationsCommand::notifyReverted()
{
    emit context().notifier.recordsAdded(m_ids);
}
