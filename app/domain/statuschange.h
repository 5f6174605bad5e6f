#pragma once
// One entry of a recommendation's append-only status history. The current
// status is the entry with the latest effective date; on a tie, the one
// recorded later wins.
#include "status.h"

#include <QDate>
#include <QDateTime>
#include <QString>

struct StatusChange {
    qint64 id = 0;               // 0 until stored
    qint64 recommendationId = 0;
    Status status = Status::Pending;
    QDate effectiveDate;         // when the status took effect (may be back-dated)
    QString note;
    QString evidenceLink;
    QString author;
    QDateTime recordedAt;        // when the entry was written, UTC

    bool operator==(const StatusChange &other) const
    {
        return id == other.id && recommendationId == other.recommendationId
            && status == other.status && effectiveDate == other.effectiveDate
            && note == other.note && evidenceLink == other.evidenceLink && author == other.author
            && recordedAt == other.recordedAt;
    }
};
