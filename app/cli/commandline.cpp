#include "commandline.h"

#include "clioutput.h"
#include "subcommands.h"

#include <QCommandLineParser>
#include <cstring>

namespace {

using Runner = int (*)(const QStringList &);

struct SubcommandEntry {
    const char *name;
    Runner run;
};

const SubcommandEntry subcommands[] = {
    {"add", Subcommands::add},
    {"set-status", Subcommands::setStatus},
    {"list", Subcommands::list},
};

Runner runnerFor(const QString &name)
{
    for (const SubcommandEntry &entry : subcommands) {
        if (name == QLatin1String(entry.name))
            return entry.run;
    }
    return nullptr;
}

void addGuiOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(CommandLineText::tr(
        "Recommendation Tracker: follow up the recommendations of UN human-rights mechanisms."));
    parser.addOption({QStringLiteral("db"),
                      CommandLineText::tr("Open this database file instead of the default one."),
                      QStringLiteral("FILE")});
}

QString generalHelp()
{
    QCommandLineParser parser;
    addGuiOptions(parser);
    parser.addHelpOption();
    parser.addVersionOption();
    const QString program = QCoreApplication::applicationName();
    return parser.helpText()
        + CommandLineText::tr("\nSubcommands (they need no display):\n"
                              "  add          Add one recommendation and print its id.\n"
                              "  set-status   Append a dated status to a recommendation's history.\n"
                              "  list         Print the recommendations that match the filters.\n"
                              "\nRun \"%1 <subcommand> --help\" for the options of a subcommand.\n")
              .arg(program);
}

} // namespace

namespace CommandLine {

bool isConsoleInvocation(int argc, char **argv)
{
    if (argc < 2)
        return false;
    // Anything that is not an option is a subcommand (or a mistyped one, which
    // is reported without opening a window).
    if (argv[1][0] != '-')
        return true;
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"-h", "--help", "-help", "-?", "-v", "--version", "-version"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

int runConsole(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    if (Runner run = runnerFor(first))
        return run(arguments.mid(1));
    if (first == QLatin1String("help")) {
        if (Runner run = runnerFor(arguments.value(2)))
            return run({arguments.value(2), QStringLiteral("--help")});
        CliOutput::printRaw(generalHelp());
        return CliOutput::Success;
    }
    if (!first.startsWith(QLatin1Char('-')))
        return CliOutput::fail(CliOutput::UsageError,
                               CommandLineText::tr("unknown subcommand \"%1\"; use add, set-status or list "
                                                   "(see %2 --help).")
                                   .arg(first, QCoreApplication::applicationName()));
    for (const QString &argument : arguments.mid(1)) {
        if (argument == QLatin1String("--version") || argument == QLatin1String("-v")
            || argument == QLatin1String("-version")) {
            CliOutput::print(QStringLiteral("%1 %2").arg(QCoreApplication::applicationName(),
                                                         QCoreApplication::applicationVersion()));
            return CliOutput::Success;
        }
    }
    CliOutput::printRaw(generalHelp());
    return CliOutput::Success;
}

GuiOptions parseGuiOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    addGuiOptions(parser);
    GuiOptions options;
    if (!parser.parse(arguments)) {
        options.error = parser.errorText();
        return options;
    }
    if (!parser.positionalArguments().isEmpty()) {
        options.error = CommandLineText::tr("unexpected argument \"%1\"; use --db FILE to open a database.")
                            .arg(parser.positionalArguments().first());
        return options;
    }
    if (parser.isSet(QStringLiteral("db"))) {
        options.databasePath = parser.value(QStringLiteral("db"));
        if (options.databasePath.trimmed().isEmpty())
            options.error = CommandLineText::tr("--db must name a database file.");
    }
    return options;
}

} // namespace CommandLine
