#pragma once
// The benchmark re-executed as the GUI (rectracker-benchmark --probe-stalls
// FOLDER CSV): the main window on a new database in FOLDER, driven as the
// user drives it, while a timer on the GUI thread ticks every 5 ms and the
// longest time between two ticks is kept: how long the window stopped
// answering. One "stalls:" line per piece of long work: the import of the
// CSV, of 500 more records into the full table, an export of every record,
// a status assigned to 10,000 records and
// its undo, and a rebuild of the search index, each with what it did, so
// the parent (StallBenchmark) can check it. The longest gap of each covers
// the work and two seconds after it, so that what the window does once the
// work is done (the table, the charts) counts too.
class QString;

namespace StallProbe {
int run(int &argc, char **argv, const QString &folder, const QString &csvPath);

inline constexpr const char *linePrefix = "stalls:";
}
