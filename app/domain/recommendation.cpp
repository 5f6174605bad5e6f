#include "recommendation.h"

#include "mechanism.h"


QStringList Recommendation::validationErrors() const
{
    QStringList errors;
    if (!MechanismCatalog::isKnown(mechanism)) {
        errors << tr("Unknown mechanism \"%1\"; use one of: %2.")
                      .arg(mechanism, MechanismCatalog::keyList());
    }
    if (stateUnderReview.trimmed().isEmpty())
        errors << tr("The state under review is missing.");
    if (text.trimmed().isEmpty())
        errors << tr("The text of the recommendation is missing.");
    if (uprCycle < 0 || uprCycle > 99)
        errors << tr("The UPR cycle %1 is not a valid cycle number.").arg(uprCycle);
    if (uprSession < 0 || uprSession > 999)
        errors << tr("The UPR session %1 is not a valid session number.").arg(uprSession);
    for (int sdg : sdgs) {
        if (sdg < 1 || sdg > 17)
            errors << tr("SDG %1 does not exist; the goals are numbered 1 to 17.").arg(sdg);
    }
    if (!documentDate.isNull() && !documentDate.isValid())
        errors << tr("The document date is not a valid date.");
    if (!dueDate.isNull() && !dueDate.isValid())
        errors << tr("The due date is not a valid date.");
    return errors;
}

bool Recommendation::sameContent(const Recommendation &other) const
{
    return mechanism == other.mechanism && stateUnderReview == other.stateUnderReview
        && symbol == other.symbol && paragraph == other.paragraph && text == other.text
        && uprCycle == other.uprCycle && uprSession == other.uprSession
        && documentDate == other.documentDate && recommendedBy == other.recommendedBy
        && themes == other.themes && affectedPersons == other.affectedPersons
        && sdgs == other.sdgs && institutions == other.institutions && dueDate == other.dueDate
        && notes == other.notes;
}
