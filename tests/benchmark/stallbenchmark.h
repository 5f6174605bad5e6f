#pragma once
// Whether the window keeps answering during long work on N records: runs
// StallProbe in a process of its own (a new database, the N-row UPR Info
// CSV imported through the window, then 500 more, an export of everything, a status
// for 10,000 records and its undo, a rebuild of the search index) and
// reports, for each, the longest time the GUI thread's event loop stood
// still (target: under 100 ms), with checks that each piece of work did
// what it should.
class BenchmarkReport;
struct BenchmarkSetup;

namespace StallBenchmark {
void run(const BenchmarkSetup &setup, BenchmarkReport &report);
}
