#pragma once
// The few order statistics the benchmark reports over repeated timings.
#include <QList>
#include <QStringList>
#include <algorithm>
#include <cmath>

namespace TimingStatistics {

// The value below which the given share (0 to 1) of the samples lie, by the
// nearest-rank method: the p95 of 100 samples is the 95th smallest.
inline double percentile(QList<double> samples, double share)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank = qsizetype(std::ceil(share * double(samples.size())));
    return samples.at(std::clamp<qsizetype>(rank, 1, samples.size()) - 1);
}

inline double median(QList<double> samples)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const qsizetype middle = samples.size() / 2;
    return samples.size() % 2 ? samples.at(middle) : (samples.at(middle - 1) + samples.at(middle)) / 2;
}

inline double maximum(const QList<double> &samples)
{
    return samples.isEmpty() ? 0 : *std::max_element(samples.cbegin(), samples.cend());
}

// "0.252, 0.260, 0.249 s" for the details under the table.
inline QString listed(const QList<double> &samples, int decimals, const QString &unit)
{
    if (samples.isEmpty())
        return QStringLiteral("none measured");
    QStringList values;
    for (double value : samples)
        values << QString::number(value, 'f', decimals);
    return values.join(QStringLiteral(", ")) + QLatin1Char(' ') + unit;
}

} // namespace TimingStatistics
