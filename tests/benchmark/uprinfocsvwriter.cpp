#include "uprinfocsvwriter.h"

#include "csvfield.h"
#include "stablehash.h"
#include "syntheticdataset.h"
#include "unmemberstates.h"
#include "uprcalendar.h"

#include <QSaveFile>

namespace {

constexpr int progressStride = 5000;
constexpr qsizetype flushSize = 1 << 20;

// UPR Info's words: "accepted" and "rejected" in the first cycle, "supported"
// and "noted" since; a review not yet answered has no response.
QString responseOf(const RecommendationRecord &record)
{
    if (record.history.isEmpty())
        return QString();
    const bool firstCycle = UprCalendar::cycleOfSession(record.recommendation.uprSession) == 1;
    switch (record.history.constFirst().status) {
    case Status::Pending: return QString();
    case Status::Accepted: return firstCycle ? QStringLiteral("Accepted") : QStringLiteral("Supported");
    case Status::Rejected: return firstCycle ? QStringLiteral("Rejected") : QStringLiteral("Noted");
    case Status::PartiallyImplemented: return QStringLiteral("Partially implemented");
    case Status::Implemented: return QStringLiteral("Implemented");
    }
    return QString();
}

QString groupOf(const QString &state)
{
    const int index = UnMemberStates::indexOf(state);
    return index >= 0 ? UnMemberStates::all().at(index).regionalGroup : QString();
}

QString groupsOf(const QStringList &states)
{
    QStringList groups;
    for (const QString &state : states)
        groups << groupOf(state);
    return groups.join(QStringLiteral(", "));
}

// UPR Info's action category, 1 (minimal action) to 5 (specific action),
// fixed by the text.
QString actionCategory(const QString &text)
{
    return QString::number(1 + stableHash(text) % 5);
}

QByteArray rowOf(const RecommendationRecord &record)
{
    const Recommendation &r = record.recommendation;
    return CsvField::line({r.stateUnderReview, groupOf(r.stateUnderReview), QString(), r.text,
                           r.recommendedBy.join(QStringLiteral(", ")), groupsOf(r.recommendedBy), QString(),
                           responseOf(record), actionCategory(r.text), r.themes.join(QStringLiteral(", ")),
                           QString::number(r.uprSession)})
        .toUtf8();
}

} // namespace

bool UprInfoCsvWriter::write(const QString &path, SyntheticDataset &dataset, int count, QString *error,
                             const Progress &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    QByteArray buffer = CsvField::line({QStringLiteral("To"), QStringLiteral("To-Rgrp"), QStringLiteral("To-Org"),
                                        QStringLiteral("Text"), QStringLiteral("From"), QStringLiteral("From-Rgrp"),
                                        QStringLiteral("From-Org"), QStringLiteral("Response"),
                                        QStringLiteral("Action"), QStringLiteral("Issue"), QStringLiteral("Session")})
                            .toUtf8();
    for (int i = 0; i < count; ++i) {
        const RecommendationRecord record = dataset.next();
        if (record.recommendation.mechanism != QLatin1String("upr") || record.recommendation.uprSession <= 0) {
            *error = tr("Record %1 is not a UPR recommendation with a session, which the UPR Info layout needs.")
                         .arg(i + 1);
            return false; // QSaveFile leaves no file behind
        }
        buffer += rowOf(record);
        if (buffer.size() >= flushSize || i + 1 == count) {
            if (file.write(buffer) != buffer.size()) {
                *error = tr("Could not write %1: %2").arg(path, file.errorString());
                return false;
            }
            buffer.clear();
        }
        if (progress && (i + 1) % progressStride == 0)
            progress(i + 1);
    }
    if ((count == 0 && file.write(buffer) != buffer.size()) || !file.commit()) {
        *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
