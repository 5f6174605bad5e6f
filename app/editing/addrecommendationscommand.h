#pragma once
// Adds records with their histories (a new recommendation, duplicates, the
// sample). The first apply assigns ids; redo after undo puts the records back
// under the same ids so that later commands on the stack still find them.
#include "databasecommand.h"
#include "recommendationrecord.h"

class AddRecommendationsCommand : public DatabaseCommand
{
public:
    AddRecommendationsCommand(EditContext &context, QList<RecommendationRecord> records,
                              const QString &text);
    // The records (an import's, say) are freed on another thread.
    ~AddRecommendationsCommand() override;
    // The records' ids, once applied (empty before).
    QList<qint64> ids() const { return m_ids; }

protected:
    bool apply() override;
    bool revert() override;
    void notifyApplied() override;
    void notifyReverted() override;

private:
    QList<RecommendationRecord> m_records;
    // Gathered where apply() runs (a worker, for an import): reading the id
    // of each of 250,000 records scattered in memory takes 0.1 s, which the
    // window would otherwise spend twice after the import, standing still.
    QList<qint64> m_ids;
};
