#include "subcommandsupport.h"

namespace SubcommandSupport {

std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments,
                         const QString &description, bool acceptsFiles)
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  CommandLineText::tr("Show this help."));
    parser.addOption(help);
    // The program name stands first, so the parser sees a normal command line.
    QStringList argv = arguments;
    argv.prepend(QCoreApplication::applicationName());
    if (!parser.parse(argv))
        return CliOutput::fail(CliOutput::UsageError, parser.errorText());
    if (parser.isSet(help)) {
        CliOutput::printRaw(parser.helpText().replace(
            QCoreApplication::applicationName() + QStringLiteral(" [options]"),
            QCoreApplication::applicationName() + QLatin1Char(' ') + arguments.first() + QStringLiteral(" [options]")));
        return CliOutput::Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 && !acceptsFiles)
        return CliOutput::fail(CliOutput::UsageError,
                               CommandLineText::tr("unexpected argument \"%1\"; options start with --.")
                                   .arg(positional.at(1)));
    return std::nullopt;
}

bool requireOptions(const QCommandLineParser &parser, const QStringList &names, QString *error)
{
    for (const QString &name : names) {
        if (!parser.isSet(name)) {
            *error = CommandLineText::tr("--%1 is required.").arg(name);
            return false;
        }
        if (parser.value(name).trimmed().isEmpty()) {
            *error = CommandLineText::tr("--%1 must not be empty.").arg(name);
            return false;
        }
    }
    return true;
}

bool requireAtMostOnce(const QCommandLineParser &parser, const QStringList &names, QString *error)
{
    for (const QString &name : names) {
        const QStringList values = parser.values(name);
        if (values.size() > 1) {
            *error = CommandLineText::tr("--%1 was given %n times (\"%2\"); give it once.", nullptr,
                                         int(values.size()))
                         .arg(name, values.join(QStringLiteral("\", \"")));
            return false;
        }
    }
    return true;
}

std::unique_ptr<Database> open(const QCommandLineParser &parser, Database::Access access,
                               Database::Creation creation, int *exitStatus)
{
    QString error;
    std::unique_ptr<Database> database =
        Database::open(parser.value(QStringLiteral("db")), access, creation, &error);
    if (!database) {
        *exitStatus = CliOutput::fail(CliOutput::DataError, error);
        return nullptr;
    }
    if (access == Database::Access::ReadWrite && database->isReadOnly()) {
        *exitStatus = CliOutput::fail(
            CliOutput::DataError,
            CommandLineText::tr("the database %1 is read-only (its write permission is off); nothing "
                                "was changed. Make it writable to change it.")
                .arg(database->path()));
        return nullptr;
    }
    return database;
}

} // namespace SubcommandSupport
