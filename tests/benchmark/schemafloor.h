#pragma once
// The SQLite work of our import alone, for the import row's note: a script
// for the sqlite3 shell that writes everything a database of ours holds
// (every table, then the search index, the indexes and the triggers, in
// one transaction, with the import's own settings) into a new file, copied
// from that database, so that nothing is read from CSV, checked or worked
// out. However fast the rest of an import, it cannot take less than this.
#include <QByteArray>
#include <QString>

struct BenchmarkSetup;

namespace SchemaFloor {

// The script, built from source's schema by the sqlite3 shell (not timed);
// empty with a sentence in *error when source cannot be read.
QByteArray script(const BenchmarkSetup &setup, const QString &source, QString *error);

} // namespace SchemaFloor
