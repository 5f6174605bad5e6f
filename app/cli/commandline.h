#pragma once
// The command line of the rectracker binary. Subcommands (add, set-status,
// list), --help and --version run headless with a QCoreApplication; anything
// else opens the GUI on --db FILE or the default database.
#include <QString>
#include <QStringList>

namespace CommandLine {
// True when the arguments ask for headless work (a subcommand, --help, --version),
// decided before any QApplication exists so no display is needed.
bool isConsoleInvocation(int argc, char **argv);
// Runs a headless invocation; returns the process exit status. Needs a QCoreApplication.
int runConsole(const QStringList &arguments);

struct GuiOptions {
    QString databasePath; // empty: the default database
    QString error;        // set when the arguments are wrong
};
GuiOptions parseGuiOptions(const QStringList &arguments);
}
