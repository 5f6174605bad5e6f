// Entry point: headless subcommands run without a display; otherwise the GUI
// opens on --db FILE or the default database in the user's data folder.
// Either way the language is installed first, before anything is printed or shown.
#include "applicationlanguage.h"
#include "chartsubcommand.h"
#include "commandline.h"
#include "database.h"
#include "databaselocation.h"
#include "databasesession.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QMessageBox>
#include <cstdio>

namespace {
QtMessageHandler defaultMessageHandler = nullptr;

// Qt warns on stderr that XDG_RUNTIME_DIR is unset whenever a GUI application
// starts without it (cron, containers, CI). The chart subcommand's stderr is
// for its own one-line messages, which scripts read.
void withoutRuntimeDirWarning(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (defaultMessageHandler)
        defaultMessageHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("RecommendationTracker"));
    QCoreApplication::setApplicationName(QStringLiteral("rectracker"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RECTRACKER_VERSION));
}
} // namespace

int main(int argc, char **argv)
{
    CommandLine::registerSubcommand({QStringLiteral("chart"), ChartSubcommand::run,
                                     QT_TRANSLATE_NOOP("CommandLine", "Render a chart to a PNG, SVG or PDF file."), true});
    if (CommandLine::needsGuiApplication(argc, argv)) {
        // Charts need a QApplication but never a display: a script or CI
        // renders reports on the offscreen platform unless told otherwise.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        defaultMessageHandler = qInstallMessageHandler(withoutRuntimeDirWarning);
        QApplication app(argc, argv);
        describeApplication();
        ApplicationLanguage::of(app).applySystemLanguage();
        return CommandLine::runConsole(app.arguments());
    }
    if (CommandLine::isConsoleInvocation(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        ApplicationLanguage::of(app).applySystemLanguage();
        return CommandLine::runConsole(app.arguments());
    }

    QApplication app(argc, argv);
    describeApplication();
    // Every window and dialog, and the task bar, show it.
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/rectracker.svg")));
    ApplicationLanguage &language = ApplicationLanguage::of(app);
    language.applyStartupChoice();
    const auto nameApplication = [] {
        QApplication::setApplicationDisplayName(QObject::tr("Recommendation Tracker"));
    };
    nameApplication();
    QObject::connect(&language, &ApplicationLanguage::changed, &app, nameApplication);

    const CommandLine::GuiOptions options = CommandLine::parseGuiOptions(app.arguments());
    if (!options.error.isEmpty()) {
        // Said on both: a file manager that started the window shows no terminal.
        std::fprintf(stderr, "rectracker: %s\n", qPrintable(options.error));
        QMessageBox::critical(nullptr, QObject::tr("Recommendation Tracker"), options.error);
        return 2;
    }
    const QString path = options.databasePath.isEmpty() ? DatabaseLocation::defaultPath()
                                                        : options.databasePath;
    QString error;
    std::unique_ptr<Database> database =
        Database::open(path, Database::Access::ReadWrite,
                       options.databaseMustExist ? Database::Creation::MustExist : Database::Creation::CreateIfMissing,
                       &error);
    if (!database) {
        // Said, then the window opens without a database: New, Open and
        // Open Recent are a click away, rather than a program that quits.
        std::fprintf(stderr, "rectracker: %s\n", qPrintable(error));
        QMessageBox::critical(nullptr, QObject::tr("Recommendation Tracker"), error);
    }
    MainWindow window(database ? std::make_unique<DatabaseSession>(std::move(database)) : nullptr);
    window.show();
    if (options.importPaths.isEmpty())
        window.offerSampleIfEmpty(); // (nothing without a database)
    else
        window.importFiles(options.importPaths);
    return app.exec();
}
