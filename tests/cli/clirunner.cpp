#include "clirunner.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

QString CliResult::lastLine() const
{
    const QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.isEmpty() ? QString() : lines.last().trimmed();
}

namespace CliRunner {

CliResult run(const QStringList &arguments, const QHash<QString, QString> &environmentChanges)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Headless subcommands must not need a display at all.
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    // Settings the binary keeps (remembered import mappings) go to a folder
    // of the test run's own, never into the settings of whoever runs the tests.
    static const QTemporaryDir settings;
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), settings.path());
    // The binary speaks the language of its environment; the tests read its
    // English, so they pass on a machine set up in any language.
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.remove(QStringLiteral("LC_MESSAGES"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    for (auto change = environmentChanges.cbegin(); change != environmentChanges.cend(); ++change) {
        if (change.value().isNull())
            environment.remove(change.key());
        else
            environment.insert(change.key(), change.value());
    }
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(RECTRACKER_BINARY), arguments);
    CliResult result;
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace CliRunner
