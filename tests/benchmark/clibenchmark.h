#pragma once
// Two everyday command-line reads, each a whole process (start, open, query,
// print, exit), median of five: a prefix search counted (list --count
// --search tortur) and the progress table (stats --by year). Their output is
// checked against the same questions asked in-process.
class BenchmarkReport;
struct BenchmarkSetup;

namespace CliBenchmark {
void run(const BenchmarkSetup &setup, BenchmarkReport &report);
}
