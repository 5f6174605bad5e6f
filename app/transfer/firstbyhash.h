#pragma once
// Which row first had each key, for rows whose keys were hashed beforehand
// (on every core): the loop that must go through a large import in file
// order then only compares hashes. The keys themselves are asked for, from
// keyOf(row), only when two hashes agree, which for different keys happens
// about as often as two random 64-bit numbers agree; such keys are then
// told apart by their text. So the keys need not all be kept, or even made.
#include <QHash>

#include <functional>

template <typename Key>
class FirstByHash
{
public:
    FirstByHash(std::function<Key(int row)> keyOf, qsizetype expectedRows) : m_keyOf(std::move(keyOf))
    {
        m_byHash.reserve(expectedRows);
    }

    // The earlier row that had the key of row (whose key hashes to hash), or
    // -1 when there was none: row is then the first, and remembered.
    int firstOrAdd(int row, size_t hash)
    {
        const qsizetype hashes = m_byHash.size();
        int &first = m_byHash[hash];
        if (m_byHash.size() != hashes) {
            first = row;
            return -1;
        }
        const Key key = m_keyOf(row);
        if (key == m_keyOf(first))
            return first;
        const qsizetype keys = m_byKey.size();
        int &firstWithKey = m_byKey[key];
        if (m_byKey.size() != keys) {
            firstWithKey = row;
            return -1;
        }
        return firstWithKey;
    }

private:
    std::function<Key(int row)> m_keyOf;
    QHash<size_t, int> m_byHash;
    QHash<Key, int> m_byKey; // keys whose hash an earlier, different key had
};
