#pragma once
// Deletes records; undo restores each with its id, fields and whole history.
#include "databasecommand.h"
#include "recommendationrecord.h"

class DeleteRecommendationsCommand : public DatabaseCommand
{
public:
    // ids without repeats.
    DeleteRecommendationsCommand(EditContext &context, QList<qint64> ids, const QString &text);
    // The records (thousands, maybe) are freed on another thread.
    ~DeleteRecommendationsCommand() override;

protected:
    bool apply() override;
    bool revert() override;
    void notifyApplied() override;
    void notifyReverted() override;

private:
    QList<qint64> m_ids;
    // As they were before the delete, read by the first apply: on the thread
    // that writes, in the same transaction as the delete.
    QList<RecommendationRecord> m_records;
};
