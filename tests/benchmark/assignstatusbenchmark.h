#pragma once
// One status assigned to 10,000 records at once through the edit facade
// (RecommendationEdits::assignStatus), on a copy of the cached database, with
// a table model following the edits as the window's does; then its undo
// (undoStack()->undo()). Each is checked: one step on the undo stack, and the
// number of records in that status before, after, and after the undo.
class BenchmarkReport;
struct BenchmarkSetup;

namespace AssignStatusBenchmark {
void run(const BenchmarkSetup &setup, BenchmarkReport &report);
}
