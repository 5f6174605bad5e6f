#pragma once
// Maintenance of the full-text index (recommendation_search, FTS5). Triggers
// keep it in step with every edit; rebuilding reads every text again, which
// repairs an index a crash or an outside tool left out of step, and merges
// its segments so searches are as fast as they can be.
#include <QCoreApplication>
#include <QString>

class Database;

class SearchIndex
{
    Q_DECLARE_TR_FUNCTIONS(SearchIndex)

public:
    // In one transaction: on failure (or a cancel) the old index stays.
    static bool rebuild(Database &database, QString *error);
    // FTS5's own consistency check of the index against the table.
    static bool isConsistent(Database &database, QString *error);
};
