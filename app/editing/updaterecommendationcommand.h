#pragma once
// Replaces the fields of one recommendation; undo puts the old ones back.
#include "databasecommand.h"
#include "recommendation.h"

class UpdateRecommendationCommand : public DatabaseCommand
{
public:
    UpdateRecommendationCommand(EditContext &context, Recommendation before, Recommendation after,
                                const QString &text);

protected:
    bool apply() override;
    bool revert() override;
    void notifyApplied() override;
    void notifyReverted() override;

private:
    bool write(const Recommendation &recommendation);
    Recommendation m_before;
    Recommendation m_after;
};
