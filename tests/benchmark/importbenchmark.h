#pragma once
// Import of the N-row UPR Info CSV into a new database, as a whole process
// (rectracker import), against the sqlite3 shell doing the least any import
// must: read the CSV into a table and build an FTS5 index over the text with
// the tokenizer ours uses. Runs alternate, so both see the same machine.
class BenchmarkReport;
struct BenchmarkSetup;

namespace ImportBenchmark {
void run(const BenchmarkSetup &setup, BenchmarkReport &report);
}
