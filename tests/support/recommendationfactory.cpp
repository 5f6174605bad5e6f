#include "recommendationfactory.h"

namespace RecommendationFactory {

Recommendation upr(int n)
{
    Recommendation r;
    r.mechanism = QStringLiteral("upr");
    r.stateUnderReview = QStringLiteral("Kazakhstan");
    r.symbol = QStringLiteral("A/HRC/14/10");
    r.paragraph = QStringLiteral("97.%1").arg(n);
    r.text = QStringLiteral("Consider ratifying instrument number %1 and report on progress.").arg(n);
    r.uprCycle = 1;
    r.uprSession = 7;
    r.documentDate = QDate(2010, 3, 16);
    r.recommendedBy = {QStringLiteral("Brazil"), QStringLiteral("Norway")};
    r.themes = {QStringLiteral("International instruments")};
    r.affectedPersons = {QStringLiteral("general")};
    r.sdgs = {16};
    r.institutions = {QStringLiteral("Ministry of Foreign Affairs")};
    return r;
}

Recommendation iccpr(int n)
{
    Recommendation r;
    r.mechanism = QStringLiteral("iccpr");
    r.stateUnderReview = QStringLiteral("Kazakhstan");
    r.symbol = QStringLiteral("CCPR/C/KAZ/CO/1");
    r.paragraph = QString::number(n);
    r.text = QStringLiteral("Ensure that every allegation of torture number %1 is investigated.").arg(n);
    r.documentDate = QDate(2011, 7, 19);
    r.themes = {QStringLiteral("Torture and other CID treatment")};
    r.institutions = {QStringLiteral("Prosecutor General's Office")};
    r.dueDate = QDate(2012, 7, 31);
    return r;
}

StatusChange change(qint64 recommendationId, Status status, const QDate &date, const QString &note)
{
    StatusChange c;
    c.recommendationId = recommendationId;
    c.status = status;
    c.effectiveDate = date;
    c.note = note;
    c.author = QStringLiteral("test");
    return c;
}

} // namespace RecommendationFactory
