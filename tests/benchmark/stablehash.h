#pragma once
// FNV-1a over a string's UTF-16 code units: the same on every run and
// platform, unlike qHash, whose seed changes from run to run.
#include <QString>

inline quint64 stableHash(const QString &text)
{
    quint64 hash = 14695981039346656037ULL;
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 1099511628211ULL;
    }
    return hash;
}
