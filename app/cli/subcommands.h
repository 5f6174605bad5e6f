#pragma once
// The subcommands. Each receives the arguments from its own name on
// ("add", "--db", ...), validates every argument before it opens the
// database, and returns the process exit status.
#include <QStringList>

namespace Subcommands {
int add(const QStringList &arguments);
int setStatus(const QStringList &arguments);
int list(const QStringList &arguments);
int stats(const QStringList &arguments);
int importRecords(const QStringList &arguments);
int exportRecords(const QStringList &arguments);
}
