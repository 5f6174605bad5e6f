#include "clioutput.h"

#include <QTextStream>
#include <cstdio>

namespace CliOutput {

void printRaw(const QString &text)
{
    QTextStream out(stdout);
    out << text;
    out.flush();
}

void print(const QString &text)
{
    printRaw(text + QLatin1Char('\n'));
}

int fail(ExitStatus status, const QString &message)
{
    // One line, whatever the message holds, so scripts can read it.
    QString line = message.simplified();
    QTextStream err(stderr);
    err << QCoreApplication::applicationName() << ": " << line << '\n';
    err.flush();
    return status;
}

} // namespace CliOutput
