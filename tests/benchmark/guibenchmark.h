#pragma once
// The GUI from process start: this benchmark re-executed as the probe
// (GuiProbe), timed from spawning it to its line saying the table's first
// screen was painted, median of three; and the peak memory the probe reports
// after scrolling to the bottom and drawing the charts, the largest of three.
class BenchmarkReport;
struct BenchmarkSetup;

namespace GuiBenchmark {
void run(const BenchmarkSetup &setup, BenchmarkReport &report);
}
