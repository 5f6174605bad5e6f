#include "synthetichistory.h"

#include "syntheticrandom.h"

#include <QDateTime>
#include <array>

namespace SyntheticHistory {

QList<StatusChange> draw(SyntheticRandom &random, const Recommendation &recommendation, const QDate &asOf)
{
    const QDate issued = recommendation.documentDate;
    QList<StatusChange> changes;
    auto add = [&](Status status, const QDate &date) {
        StatusChange change;
        change.status = status;
        change.effectiveDate = date;
        change.author = QStringLiteral("synthetic data");
        // Recorded on the day it took effect, in order, just after midnight:
        // a status assigned later the same day is the later recorded one.
        change.recordedAt = QDateTime(date, QTime(0, 0).addSecs(int(changes.size())), Qt::UTC);
        changes << change;
    };
    // The state's response: to a UPR review within months (supported or noted),
    // to a treaty body often in its next report.
    Status status = Status::Pending;
    QDate date;
    if (recommendation.mechanism == QLatin1String("upr")) {
        date = issued.addDays(random.between(20, 140));
        if (date > asOf)
            date = issued.addDays(1 + random.below(int(qMax<qint64>(1, issued.daysTo(asOf)))));
        else
            status = random.chance(0.72) ? Status::Accepted : Status::Rejected;
    } else {
        date = issued.addDays(random.between(1, 180));
        static const Status first[] = {Status::Pending, Status::Accepted, Status::Rejected, Status::PartiallyImplemented};
        status = first[random.weighted({25, 50, 10, 15})];
    }
    if (date > asOf)
        date = asOf;
    add(status, date);

    // Then, year after year, how far it has gone.
    const int wanted = 1 + random.weighted({40, 30, 18, 12});
    while (changes.size() < wanted) {
        date = date.addDays(random.between(60, 1000));
        if (date > asOf)
            break;
        switch (status) {
        case Status::Pending:
            status = std::array{Status::Accepted, Status::Rejected, Status::PartiallyImplemented}[random.weighted({70, 20, 10})];
            break;
        case Status::Accepted:
            status = random.chance(0.65) ? Status::PartiallyImplemented : Status::Implemented;
            break;
        case Status::Rejected:
            status = std::array{Status::Accepted, Status::Rejected, Status::PartiallyImplemented}[random.weighted({30, 40, 30})];
            break;
        case Status::PartiallyImplemented:
            status = random.chance(0.45) ? Status::Implemented : Status::PartiallyImplemented;
            break;
        case Status::Implemented: status = Status::PartiallyImplemented; break;
        }
        add(status, date);
    }
    return changes;
}

} // namespace SyntheticHistory
