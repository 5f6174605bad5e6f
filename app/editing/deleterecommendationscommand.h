#pragma once
// Deletes records; undo restores each with its id, fields and whole history.
#include "databasecommand.h"
#include "recommendationrecord.h"

class DeleteRecommendationsCommand : public DatabaseCommand
{
public:
    DeleteRecommendationsCommand(EditContext &context, QList<RecommendationRecord> records,
                                 const QString &text);
    // The records (an import's, say) are freed on another thread.
    ~DeleteRecommendationsCommand() override;

protected:
    bool apply() override;
    bool revert() override;
    void notifyApplied() override;
    void notifyReverted() override;

private:
    QList<qint64> ids() const;
    QList<RecommendationRecord> m_records; // as they were before the delete
};
