#include "commandline.h"

#include "clioutput.h"
#include "importsource.h"
#include "subcommands.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <cstring>

namespace {

// The built-in subcommands, then those the executable registers (chart,
// which needs the GUI libraries this library must not link).
QList<CommandLine::Subcommand> &subcommandTable()
{
    static QList<CommandLine::Subcommand> table{
        {QStringLiteral("add"), Subcommands::add, QT_TRANSLATE_NOOP("CommandLine", "Add one recommendation and print its id."), false},
        {QStringLiteral("set-status"), Subcommands::setStatus,
         QT_TRANSLATE_NOOP("CommandLine", "Append a dated status to a recommendation's history."), false},
        {QStringLiteral("list"), Subcommands::list, QT_TRANSLATE_NOOP("CommandLine", "Print the recommendations that match the filters."),
         false},
        {QStringLiteral("stats"), Subcommands::stats,
         QT_TRANSLATE_NOOP("CommandLine", "Print the numbers behind the charts (progress by year and more)."), false},
        {QStringLiteral("import"), Subcommands::importRecords,
         QT_TRANSLATE_NOOP("CommandLine", "Import UPR Info, UHRI, other workbooks and our own exports."), false},
        {QStringLiteral("export"), Subcommands::exportRecords,
         QT_TRANSLATE_NOOP("CommandLine", "Write the matching recommendations as CSV, XLSX or JSON."), false},
    };
    return table;
}

const CommandLine::Subcommand *findSubcommand(const QString &name)
{
    for (const CommandLine::Subcommand &entry : subcommandTable()) {
        if (entry.name == name)
            return &entry;
    }
    return nullptr;
}

QString subcommandNames()
{
    QStringList names;
    for (const CommandLine::Subcommand &entry : subcommandTable())
        names << entry.name;
    return names.join(QStringLiteral(", "));
}

void addGuiOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(CommandLineText::tr(
        "Recommendation Tracker: follow up the recommendations of UN human-rights mechanisms."));
    parser.addOption({QStringLiteral("db"),
                      CommandLineText::tr("Open this database file instead of the default one."),
                      QStringLiteral("FILE")});
    parser.addPositionalArgument(QStringLiteral("files"),
                                 CommandLineText::tr("A database file to open (as --db does), and CSV, XLSX or JSON "
                                                     "files to import into it."),
                                 QStringLiteral("[FILE...]"));
}

QString generalHelp()
{
    QCommandLineParser parser;
    addGuiOptions(parser);
    parser.addHelpOption();
    parser.addVersionOption();
    const QString program = QCoreApplication::applicationName();
    QString text = parser.helpText() + CommandLineText::tr("\nSubcommands (they need no display):\n");
    for (const CommandLine::Subcommand &entry : subcommandTable())
        text += QStringLiteral("  %1 %2\n").arg(entry.name, -12).arg(CommandLineText::tr(entry.summary));
    return text + CommandLineText::tr("\nRun \"%1 <subcommand> --help\" for the options of a subcommand.\n").arg(program);
}

} // namespace

namespace CommandLine {

void registerSubcommand(const Subcommand &subcommand)
{
    subcommandTable().append(subcommand);
}

bool needsGuiApplication(int argc, char **argv)
{
    if (argc < 2)
        return false;
    const Subcommand *entry = findSubcommand(QString::fromLocal8Bit(argv[1]));
    return entry && entry->needsGui;
}

bool isConsoleInvocation(int argc, char **argv)
{
    if (argc < 2)
        return false;
    // Anything that is not an option is a subcommand (or a mistyped one, which
    // is reported without opening a window), unless it names a file, which
    // the window opens (a database) or imports (a data file).
    if (argv[1][0] != '-') {
        const QString first = QString::fromLocal8Bit(argv[1]);
        if (findSubcommand(first) || first == QLatin1String("help") || !QFileInfo(first).isFile())
            return true;
    }
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
    // "rectracker FILE --help": the window's files are not subcommands.
    if (!findSubcommand(first) && QFileInfo(first).isFile()) {
        CliOutput::printRaw(generalHelp());
        return 0;
    }
    if (const Subcommand *entry = findSubcommand(first))
        return entry->run(arguments.mid(1));
    if (first == QLatin1String("help")) {
        if (const Subcommand *entry = findSubcommand(arguments.value(2)))
            return entry->run({arguments.value(2), QStringLiteral("--help")});
        CliOutput::printRaw(generalHelp());
        return CliOutput::Success;
    }
    if (!first.startsWith(QLatin1Char('-')))
        return CliOutput::fail(CliOutput::UsageError,
                               CommandLineText::tr("unknown subcommand \"%1\"; use one of: %2 (see %3 --help).")
                                   .arg(first, subcommandNames(), QCoreApplication::applicationName()));
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
    QStringList databases;
    const bool givenWithOption = parser.isSet(QStringLiteral("db"));
    if (givenWithOption) {
        databases << parser.value(QStringLiteral("db"));
        if (databases.first().trimmed().isEmpty()) {
            options.error = CommandLineText::tr("--db must name a database file.");
            return options;
        }
    }
    for (const QString &path : parser.positionalArguments()) {
        if (ImportSource::isImportFile(path))
            options.importPaths << path;
        else
            databases << path;
    }
    if (databases.size() > 1) {
        options.error = CommandLineText::tr("one database at a time: both \"%1\" and \"%2\" were given.")
                            .arg(databases.at(0), databases.at(1));
        return options;
    }
    options.databasePath = databases.value(0);
    options.databaseMustExist = !givenWithOption && !options.databasePath.isEmpty();
    if (options.databaseMustExist && !QFileInfo(options.databasePath).isFile()) {
        options.error = CommandLineText::tr("\"%1\" is neither a database file nor a CSV, XLSX or JSON file to import.")
                            .arg(options.databasePath);
        options.databasePath.clear();
    }
    return options;
}

} // namespace CommandLine
