#pragma once
// Runs the real rectracker binary and captures what it printed.
#include <QByteArray>
#include <QHash>
#include <QStringList>

struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString lastLine() const; // the last non-empty line of stdout
};

namespace CliRunner {
// In the C locale (English, whatever the machine's language), unless
// environment says otherwise: each variable set to its value, or removed
// when the value is null.
CliResult run(const QStringList &arguments, const QHash<QString, QString> &environment = {});
}
