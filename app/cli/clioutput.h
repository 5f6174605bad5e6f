#pragma once
// Output and exit statuses of the command line. Errors are one line on
// stderr, "rectracker: <what was wrong>", and a status that tells a script
// whether it called us wrongly (2) or the data could not be read or written (1).
#include <QCoreApplication>
#include <QString>

namespace CliOutput {
enum ExitStatus { Success = 0, DataError = 1, UsageError = 2 };

void print(const QString &text);        // stdout, adds a newline
void printRaw(const QString &text);     // stdout, as is
int fail(ExitStatus status, const QString &message);
}

// Translation context for every command-line message.
class CommandLineText
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};
