#pragma once
// What the subcommands share: parsing with --help, required options, and
// opening the database with a message that fits the command line.
#include "clioutput.h"
#include "database.h"

#include <QCommandLineParser>
#include <memory>
#include <optional>

namespace SubcommandSupport {
// Parses "<subcommand> options..."; returns an exit status when the command is
// already finished (help printed, or wrong usage reported), nothing otherwise.
// With acceptsFiles, file names may follow the options (import).
std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments,
                         const QString &description, bool acceptsFiles = false);
// The values of options that must be given and not empty; the first missing
// one is reported in *error.
bool requireOptions(const QCommandLineParser &parser, const QStringList &names, QString *error);
// Options that take one value, given at most once: a second value would
// otherwise silently win.
bool requireAtMostOnce(const QCommandLineParser &parser, const QStringList &names, QString *error);
// Opens --db; on failure prints the reason and sets *exitStatus.
std::unique_ptr<Database> open(const QCommandLineParser &parser, Database::Access access,
                               Database::Creation creation, int *exitStatus);
}
