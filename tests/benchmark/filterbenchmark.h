#pragma once
// A filter or search change as the window handles it, in-process: the table
// model takes the filter (RecommendationTableModel::setFilter), the first
// screen's cells are fetched (data() for 40 rows and every column) and the
// Charts tab's statistics read (ChartData::load), for each of a hundred
// varied filters; the 95th percentile is reported. Then progress by year
// alone (StatisticsQueries::progressByYear) over the same filters: the
// slowest. Every result is checked against a count of the same filter.
class BenchmarkReport;
struct BenchmarkSetup;

namespace FilterBenchmark {
void run(const BenchmarkSetup &setup, BenchmarkReport &report);
}
