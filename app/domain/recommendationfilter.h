#pragma once
// Which recommendations to show or count. Shared by the table, the command
// line and (later) the statistics; the storage layer turns it into SQL.
#include "status.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

struct RecommendationFilter {
    QStringList mechanisms;        // any of these keys; empty = all
    QString stateUnderReview;      // exact, case-insensitive; empty = all
    QList<Status> statuses;        // current status is any of these; empty = all
    // What a click on a bar of the progress chart selects: when statusDate is
    // valid, only records issued by the end of that day, and (when not empty)
    // whose status as it stood at the end of that day is any of statusesOnDate.
    QDate statusDate;
    QList<Status> statusesOnDate;
    int yearFrom = 0;              // document year bounds, inclusive; 0 = open
    int yearTo = 0;
    QString theme;                 // has this theme (case-insensitive); empty = all
    // And every one of these themes too: what a click on another theme's bar
    // selects while a theme filter is set.
    QStringList alsoThemes;
    QString recommendedBy;         // recommended by this state (case-insensitive)
    QString institution;           // this institution is responsible (case-insensitive)
    QString searchText;            // every word occurs in the text, symbol or paragraph

    bool isEmpty() const;
    bool operator==(const RecommendationFilter &other) const;
    bool operator!=(const RecommendationFilter &other) const { return !(*this == other); }
};
