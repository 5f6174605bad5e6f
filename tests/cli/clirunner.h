#pragma once
// Runs the real rectracker binary and captures what it printed.
#include <QByteArray>
#include <QStringList>

struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString lastLine() const; // the last non-empty line of stdout
};

namespace CliRunner {
CliResult run(const QStringList &arguments);
}
