#pragma once
// The ids of one list's names (themes, recommending states, ...) for a batch
// of records: each name is looked up, or added, once per batch rather than
// once per record. Names are matched as their UNIQUE COLLATE NOCASE column
// matches them: ASCII letters regardless of case, everything else exactly.
#include "recommendationlists.h"
#include "sqlitestatement.h"

#include <QHash>
#include <QString>
#include <optional>

class VocabularyIds
{
public:
    VocabularyIds(sqlite3 *connection, RecommendationList list);
    // The id of the name, added to the vocabulary when it is new; nothing
    // with *error set when the database fails.
    std::optional<qint64> idOf(const QString &name, QString *error);
    // The name as the vocabulary holds it (the spelling it was first stored
    // in), for an id idOf() gave.
    QString storedName(qint64 id) const { return m_storedNames.value(id); }

    struct NoCaseName {
        QString name;
    };

private:
    sqlite3 *m_connection;
    QString m_table;
    SqliteStatement m_find;
    SqliteStatement m_add;
    QHash<NoCaseName, qint64> m_ids;
    QHash<qint64, QString> m_storedNames;
};

bool operator==(const VocabularyIds::NoCaseName &a, const VocabularyIds::NoCaseName &b);
size_t qHash(const VocabularyIds::NoCaseName &key, size_t seed = 0);
