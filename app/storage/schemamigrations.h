#pragma once
// The database schema as a list of steps, one per version. Step N takes a
// database at version N-1 to version N inside its own transaction and sets
// PRAGMA user_version = N, so a failure leaves the previous version intact.
#include <QString>

class Database;

namespace SchemaMigrations {
// The version this build writes and understands.
int currentVersion();
// Marks a database as ours, so that another program's SQLite file is refused.
qint32 applicationId();
// Runs the steps from the database's version up to targetVersion
// (currentVersion() when 0). Tests pass a lower target to check each step.
bool migrate(Database &database, QString *error, int targetVersion = 0);
}
