// rectracker-screenshots [FOLDER]: the README's screenshots, made the same
// way every time. Opens the bundled illustrative sample in a temporary
// database, shows the main window at 1280 x 800 on Qt's offscreen platform
// (no display needed; settings kept in a temporary folder, so the user's
// are neither read nor changed), selects a recommendation with a status
// history, and writes FOLDER/main-window.png (the table with the detail
// editor) and FOLDER/charts.png (the Charts tab). FOLDER defaults to
// docs/screenshots under the current folder.
#include "applicationlanguage.h"
#include "chartsdashboard.h"
#include "databasesession.h"
#include "mainwindow.h"
#include "recommendationtablemodel.h"
#include "sampledatabase.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSettings>
#include <QTemporaryDir>
#include <cstdio>

namespace {

void settle(int milliseconds)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < milliseconds)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

bool save(QWidget &window, const QString &path)
{
    if (!window.grab().save(path)) {
        std::fprintf(stderr, "rectracker-screenshots: could not write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(QDir::toNativeSeparators(path)));
    return true;
}

// A recommendation whose history has a few entries: the detail editor and
// the history then show what the application is about.
qint64 recordWithHistory(MainWindow &window)
{
    RecommendationTableModel *model = window.tableModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const qint64 id = model->idAt(row);
        if (window.session().repository().history(id).size() >= 3)
            return id;
    }
    return model->rowCount() > 0 ? model->idAt(0) : 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QString folder = app.arguments().value(1, QStringLiteral("docs/screenshots"));

    QTemporaryDir scratch;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, scratch.filePath(QStringLiteral("settings")));
    QCoreApplication::setOrganizationName(QStringLiteral("RecommendationTracker"));
    QCoreApplication::setApplicationName(QStringLiteral("rectracker"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RECTRACKER_VERSION));
    // In the environment's language, as the application starts
    // (LANGUAGE=kk LANG=kk_KZ.UTF-8 for the Kazakh window).
    ApplicationLanguage::of(app).applyStartupChoice();

    QString error;
    std::unique_ptr<Database> database =
        Database::open(scratch.filePath(QStringLiteral("sample.rectracker")), Database::Access::ReadWrite,
                       Database::Creation::CreateIfMissing, &error);
    if (!database || !SampleDatabase::fill(*database, &error)) {
        std::fprintf(stderr, "rectracker-screenshots: %s\n", qPrintable(error));
        return 1;
    }
    if (!QDir().mkpath(folder)) {
        std::fprintf(stderr, "rectracker-screenshots: could not create %s\n", qPrintable(folder));
        return 1;
    }

    MainWindow window(std::make_unique<DatabaseSession>(std::move(database)));
    window.resize(1280, 800);
    window.show();
    settle(300);
    window.showTable();
    window.selectIds({recordWithHistory(window)});
    settle(300);
    if (!save(window, QDir(folder).filePath(QStringLiteral("main-window.png"))))
        return 1;

    window.showCharts();
    window.dashboard()->refreshNow();
    settle(800);
    if (!save(window, QDir(folder).filePath(QStringLiteral("charts.png"))))
        return 1;
    return 0;
}
