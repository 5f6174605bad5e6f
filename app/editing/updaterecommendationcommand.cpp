#include "updaterecommendationcommand.h"

#include "recommendationrepository.h"
#include "recordnotifier.h"

UpdateRecommendationCommand::UpdateRecommendationCommand(EditContext &context,
                                                         Recommendation before,
                                                         Recommendation after, const QString &text)
    : DatabaseCommand(context, text), m_before(std::move(before)), m_after(std::move(after))
{
}

bool UpdateRecommendationCommand::write(const Recommendation &recommendation)
{
    if (context().repository.update(recommendation))
        return true;
    context().lastError = context().repository.lastError();
    return false;
}

bool UpdateRecommendationCommand::apply()
{
    return write(m_after);
}

bool UpdateRecommendationCommand::revert()
{
    return write(m_before);
}

void UpdateRecommendationCommand::notifyApplied()
{
    emit context().notifier.recordsChanged({m_after.id});
}

void UpdateRecommendationCommand::notifyReverted()
{
    emit context().notifier.recordsChanged({m_before.id});
}
