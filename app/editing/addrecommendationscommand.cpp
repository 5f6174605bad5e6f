#include "addrecommendationscommand.h"

#include "recommendationrepository.h"
#include "recordbatch.h"
#include "recordnotifier.h"
#include "workthreads.h"

#include <vector>

namespace {

// What RecordBatch::insert fills in (see recordbatch.h): the ids of the
// records and of their entries, the entries' recommendationId and recording
// time.
class FilledIn
{
public:
    static FilledIn of(const QList<RecommendationRecord> &records)
    {
        FilledIn filledIn;
        filledIn.m_recordIds.reserve(size_t(records.size()));
        filledIn.m_entries.reserve(size_t(records.size())); // most records bring one entry or none
        for (const RecommendationRecord &record : records) {
            filledIn.m_recordIds.push_back(record.recommendation.id);
            for (const StatusChange &change : record.history)
                filledIn.m_entries.push_back({change.id, change.recommendationId, change.recordedAt});
        }
        return filledIn;
    }

    void restore(QList<RecommendationRecord> &records) const
    {
        size_t entry = 0;
        for (qsizetype i = 0; i < records.size(); ++i) {
            RecommendationRecord &record = records[i];
            record.recommendation.id = m_recordIds.at(size_t(i));
            for (StatusChange &change : record.history) {
                const Entry &before = m_entries.at(entry++);
                change.id = before.id;
                change.recommendationId = before.recommendationId;
                change.recordedAt = before.recordedAt;
            }
        }
    }

private:
    struct Entry {
        qint64 id;
        qint64 recommendationId;
        QDateTime recordedAt;
    };
    std::vector<qint64> m_recordIds;
    std::vector<Entry> m_entries;
};

} // namespace

AddRecommendationsCommand::AddRecommendationsCommand(EditContext &context,
                                                     QList<RecommendationRecord> records,
                                                     const QString &text)
    : DatabaseCommand(context, text), m_records(std::move(records))
{
}

AddRecommendationsCommand::~AddRecommendationsCommand()
{
    WorkThreads::destroyElsewhere(std::move(m_records));
}

bool AddRecommendationsCommand::apply()
{
    // The first apply fills in the ids and recording times; a redo writes the
    // same ones again, so later commands on the stack still find the records.
    // A failed apply must leave them as they were: they, not the records (an
    // import holds 250,000), are kept aside to be put back.
    const FilledIn before = FilledIn::of(m_records);
    if (!RecordBatch::insert(context().repository.database(), m_records, &context().lastError)) {
        before.restore(m_records);
        return false;
    }
    m_ids.clear();
    m_ids.reserve(m_records.size());
    for (const RecommendationRecord &record : std::as_const(m_records))
        m_ids << record.recommendation.id;
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
