#pragma once
// The synthetic data's only source of chance: SplitMix64, whose output is
// fixed by its seed on every platform and library (unlike the distributions
// of <random>), so a seed names one dataset for good.
#include <QList>
#include <QtGlobal>
#include <initializer_list>

class SyntheticRandom
{
public:
    explicit SyntheticRandom(quint64 seed) : m_state(seed) { }

    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    // 0 <= result < bound (bound > 0); the modulo bias is far below what matters here.
    int below(int bound) { return int(next() % quint64(bound)); }
    // lowest <= result <= highest.
    int between(int lowest, int highest) { return lowest + below(highest - lowest + 1); }
    // True with the given probability (0 to 1).
    bool chance(double probability) { return double(next() >> 11) * 0x1.0p-53 < probability; }

    // An index chosen in proportion to the weights.
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (int weight : weights)
            total += weight;
        int ticket = below(total);
        int index = 0;
        for (int weight : weights) {
            if (ticket < weight)
                return index;
            ticket -= weight;
            ++index;
        }
        return index - 1;
    }

    template <typename T>
    const T &pick(const QList<T> &items)
    {
        return items.at(below(int(items.size())));
    }

private:
    quint64 m_state;
};
