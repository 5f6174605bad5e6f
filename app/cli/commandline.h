#pragma once
// The command line of the rectracker binary. Subcommands (add, set-status,
// list, stats, and chart registered by the executable), --help and --version
// run headless; anything else opens the GUI on --db FILE or the default database.
#include <QString>
#include <QStringList>

namespace CommandLine {
struct Subcommand {
    QString name;
    int (*run)(const QStringList &arguments); // arguments from the subcommand's name on
    const char *summary;                      // one line for --help, marked with QT_TRANSLATE_NOOP("CommandLine", ...)
    bool needsGui = false;                    // needs a QApplication (on the offscreen platform)
};
// Adds a subcommand that lives above this library (the chart renderer).
void registerSubcommand(const Subcommand &subcommand);
// True when argv names a registered subcommand that needs a QApplication.
bool needsGuiApplication(int argc, char **argv);
// True when the arguments ask for headless work (a subcommand, --help, --version),
// decided before any QApplication exists so no display is needed.
bool isConsoleInvocation(int argc, char **argv);
// Runs a headless invocation; returns the process exit status. Needs a QCoreApplication.
int runConsole(const QStringList &arguments);

// The window's arguments: --db FILE or a database file named alone, and
// data files to import into it (what a file manager passes: the desktop
// entry's "rectracker %F").
struct GuiOptions {
    QString databasePath; // empty: the default database
    // Named without --db: it must exist already, so that a mistyped name
    // never becomes a new, empty database.
    bool databaseMustExist = false;
    QStringList importPaths;
    QString error;        // set when the arguments are wrong
};
GuiOptions parseGuiOptions(const QStringList &arguments);
}
