#pragma once
// Which recommendations to show or count. Shared by the table, the command
// line and (later) the statistics; the storage layer turns it into SQL.
#include "status.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

struct StatusOnDate {
    QDate date;
    QList<Status> statuses; // empty = issued by then, in any status
    bool operator==(const StatusOnDate &other) const { return date == other.date && statuses == other.statuses; }
};

struct RecommendationFilter {
    QStringList mechanisms;        // any of these keys; empty = all
    QString stateUnderReview;      // exact, case-insensitive; empty = all
    QList<Status> statuses;        // current status is any of these; empty = all
    // What clicks on bars of the progress chart select: records issued by the
    // end of each day whose status as it stood then is one of the given ones;
    // every entry must hold.
    QList<StatusOnDate> statusesOnDates;
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
