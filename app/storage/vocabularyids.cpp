#include "vocabularyids.h"

namespace {

char16_t folded(QChar c)
{
    const char16_t u = c.unicode();
    return u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u;
}

} // namespace

bool operator==(const VocabularyIds::NoCaseName &a, const VocabularyIds::NoCaseName &b)
{
    if (a.name.size() != b.name.size())
        return false;
    for (qsizetype i = 0; i < a.name.size(); ++i) {
        if (folded(a.name.at(i)) != folded(b.name.at(i)))
            return false;
    }
    return true;
}

size_t qHash(const VocabularyIds::NoCaseName &key, size_t seed)
{
    size_t hash = seed;
    for (const QChar c : key.name)
        hash = hash * 31 + folded(c);
    return hash;
}

VocabularyIds::VocabularyIds(sqlite3 *connection, RecommendationList list)
    : m_connection(connection), m_table(RecommendationLists::vocabularyTable(list))
{
}

std::optional<qint64> VocabularyIds::idOf(const QString &name, QString *error)
{
    const auto known = m_ids.constFind(NoCaseName{name});
    if (known != m_ids.cend())
        return *known;
    if (!m_find.isPrepared()
        && (!m_find.prepare(m_connection, QStringLiteral("SELECT id, name FROM %1 WHERE name = ?").arg(m_table), error)
            || !m_add.prepare(m_connection, QStringLiteral("INSERT INTO %1 (name) VALUES (?)").arg(m_table), error)))
        return std::nullopt;
    m_find.bindText(1, name);
    QString stepError;
    qint64 id = 0;
    QString stored = name;
    if (m_find.next(&stepError)) {
        id = m_find.intAt(0);
        stored = m_find.textAt(1);
        m_find.reset();
    } else if (!stepError.isEmpty()) {
        *error = stepError;
        return std::nullopt;
    } else {
        m_add.bindText(1, name);
        if (!m_add.run(error))
            return std::nullopt;
        id = m_add.lastInsertId();
    }
    m_ids.insert(NoCaseName{name}, id);
    m_storedNames.insert(id, stored);
    return id;
}
