#pragma once
// Counts of recommendations per status, the unit every statistic and chart
// is built from: per year (progress by year) or per group (theme, state...).
#include "status.h"

#include <QList>
#include <QMap>
#include <QString>
#include <array>

struct StatusCounts {
    std::array<int, 5> counts{};

    int &operator[](Status status) { return counts[static_cast<size_t>(status)]; }
    int operator[](Status status) const { return counts[static_cast<size_t>(status)]; }
    int total() const;
    bool operator==(const StatusCounts &other) const { return counts == other.counts; }
};

struct YearStatusCounts {
    int year = 0;
    StatusCounts counts;
};

struct GroupStatusCounts {
    QString group;
    StatusCounts counts;
};

// Recommendations received in a year, per mechanism key.
struct YearMechanismCounts {
    int year = 0;
    QMap<QString, int> byMechanism;
};

// Of the recommendations accepted by the end of a year (those standing as
// accepted, partially implemented or implemented), the shares implemented and
// partially implemented, from 0 to 1.
struct YearImplementationRate {
    int year = 0;
    int accepted = 0;
    double implemented = 0;
    double partiallyImplemented = 0;
};

namespace ImplementationRate {
QList<YearImplementationRate> fromProgress(const QList<YearStatusCounts> &progress);
}
