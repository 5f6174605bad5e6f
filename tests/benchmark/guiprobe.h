#pragma once
// The benchmark re-executed as the GUI (rectracker-benchmark --probe-gui DB):
// it builds the main window as app/main.cpp does, and reports on stdout, one
// "probe:" line each, the first paint of the table's viewport with rows in
// it (the first screen), then scrolls the table to the bottom, shows the
// Charts tab, waits for the charts to be drawn, and prints the process's
// peak resident memory (VmHWM). The parent times the lines (GuiBenchmark).
class QString;

namespace GuiProbe {
int run(int &argc, char **argv, const QString &databasePath);

// The lines it prints, for the parent to read.
inline constexpr const char *firstScreenLine = "probe: first-screen";
inline constexpr const char *peakMemoryLine = "probe: peak-memory-kb";
}
