#include "guiprobe.h"

#include "chartsdashboard.h"
#include "database.h"
#include "databasesession.h"
#include "mainwindow.h"
#include "recommendationtablemodel.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QRegularExpression>
#include <QTableView>
#include <QTimer>
#include <cstdio>
#include <functional>

namespace {

constexpr int watchdogSeconds = 300;

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

qint64 peakResidentKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("^VmHWM:\\s*(\\d+) kB"), QRegularExpression::MultilineOption)
            .match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

// Calls back after each paint of the watched widget has completed (the
// filter sees the event before the widget paints, so the call is queued).
class PaintWatcher : public QObject
{
public:
    PaintWatcher(QWidget *watched, std::function<void()> painted)
        : QObject(watched), m_watched(watched), m_painted(std::move(painted))
    {
        watched->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *object, QEvent *event) override
    {
        if (object == m_watched && event->type() == QEvent::Paint)
            QTimer::singleShot(0, this, m_painted);
        return false;
    }

private:
    QWidget *m_watched;
    std::function<void()> m_painted;
};

} // namespace

namespace GuiProbe {

int run(int &argc, char **argv, const QString &databasePath)
{
    // As app/main.cpp does: the application's names (its settings live
    // under them), then the database, the session and the window, shown.
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("RecommendationTracker"));
    QCoreApplication::setApplicationName(QStringLiteral("rectracker"));
    QApplication::setApplicationDisplayName(QStringLiteral("Recommendation Tracker"));
    QString error;
    std::unique_ptr<Database> database =
        Database::open(databasePath, Database::Access::ReadWrite, Database::Creation::CreateIfMissing, &error);
    if (!database) {
        say(QStringLiteral("probe: error %1").arg(error));
        return 1;
    }
    MainWindow window(std::make_unique<DatabaseSession>(std::move(database)));
    auto *table = window.findChild<QTableView *>(QStringLiteral("recommendationTable"));
    ChartsDashboard *dashboard = window.dashboard();
    if (!table || !dashboard) {
        say(QStringLiteral("probe: error the main window has no recommendation table or charts"));
        return 1;
    }

    enum class Stage { FirstScreen, Scrolled, Charts, Done } stage = Stage::FirstScreen;
    auto measureMemory = [&] {
        stage = Stage::Done;
        const std::optional<ChartData> &data = dashboard->data();
        const int lastYearTotal = data && !data->progress.isEmpty() ? data->progress.constLast().counts.total() : -1;
        say(QStringLiteral("probe: charts-drawn last-year-total=%1").arg(lastYearTotal));
        say(QStringLiteral("%1=%2").arg(QLatin1String(peakMemoryLine)).arg(peakResidentKilobytes()));
        QCoreApplication::exit(0);
    };
    auto showCharts = [&] {
        stage = Stage::Charts;
        // Drawn once the statistics are read: repaint the charts then, and measure.
        QObject::connect(dashboard, &ChartsDashboard::refreshed, &window, [&] {
            if (stage != Stage::Charts)
                return;
            dashboard->repaint();
            QTimer::singleShot(0, &window, measureMemory);
        });
        window.showCharts();
    };
    auto scrollToBottom = [&] {
        stage = Stage::Scrolled;
        table->scrollToBottom();
        table->viewport()->repaint(); // the rows at the bottom are fetched and drawn now
        const int lastShown = table->rowAt(table->viewport()->height() - 1);
        say(QStringLiteral("probe: scrolled last-row-shown=%1 of %2")
                .arg(lastShown < 0 ? table->model()->rowCount() - 1 : lastShown)
                .arg(table->model()->rowCount()));
        showCharts();
    };
    new PaintWatcher(table->viewport(), [&] {
        if (stage != Stage::FirstScreen || window.tableModel()->rowCount() == 0)
            return;
        say(QStringLiteral("%1 rows=%2").arg(QLatin1String(firstScreenLine)).arg(window.tableModel()->rowCount()));
        stage = Stage::Scrolled;
        QTimer::singleShot(0, &window, scrollToBottom);
    });
    QTimer watchdog;
    watchdog.setSingleShot(true);
    QObject::connect(&watchdog, &QTimer::timeout, &window, [&] {
        say(QStringLiteral("probe: error nothing happened for %1 s (stage %2)").arg(watchdogSeconds).arg(int(stage)));
        QCoreApplication::exit(3);
    });
    watchdog.start(watchdogSeconds * 1000);

    window.show();
    window.offerSampleIfEmpty();
    return app.exec();
}

} // namespace GuiProbe
