#include "statuscounts.h"

#include <numeric>

int StatusCounts::total() const
{
    return std::accumulate(counts.cbegin(), counts.cend(), 0);
}

namespace ImplementationRate {

QList<YearImplementationRate> fromProgress(const QList<YearStatusCounts> &progress)
{
    QList<YearImplementationRate> rates;
    for (const YearStatusCounts &year : progress) {
        YearImplementationRate rate;
        rate.year = year.year;
        const StatusCounts &c = year.counts;
        rate.accepted = c[Status::Accepted] + c[Status::PartiallyImplemented] + c[Status::Implemented];
        if (rate.accepted > 0) {
            rate.implemented = double(c[Status::Implemented]) / rate.accepted;
            rate.partiallyImplemented = double(c[Status::PartiallyImplemented]) / rate.accepted;
        }
        rates << rate;
    }
    return rates;
}

} // namespace ImplementationRate
