#pragma once
// One record read from an import file, before it is stored: the record, or
// why it cannot be read, with where it came from for every message.
#include "recommendationrecord.h"

#include <QString>
#include <QStringList>

struct ImportRow {
    QString location;       // "upr.csv, line 12" or "uhri.json, record 3"
    RecommendationRecord record;
    QString error;          // "upr.csv, line 12, column 8 (Response): ..."; empty when the row is good
    QStringList warnings;   // kept, but worth saying
    bool pledge = false;    // a UPR voluntary pledge: not a recommendation, skipped
    QStringList exactKey;   // the row's cells as read (a JSON record: its text), to spot rows repeated verbatim
};
