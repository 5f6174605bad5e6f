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
    QList<qint64> ids() const;

protected:
    bool apply() override;
    bool revert() override;
    void notifyApplied() override;
    void notifyReverted() override;

private:
    QList<RecommendationRecord> m_records;
};
