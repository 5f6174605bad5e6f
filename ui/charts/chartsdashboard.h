#pragma once
// The charts view: progress by year, received by mechanism, implementation
// rate and status by theme, for the records that match the filter. It reads
// the statistics again shortly after the filter or a record changes (one
// read for a burst of changes, and none while hidden) on a worker thread, so
// the window never waits for them; a read overtaken by a newer change is
// cancelled. It shows exact numbers in tooltips, turns a click on a bar
// segment into a filter, and exports; each chart's context menu (right
// click, or the Menu key) copies, exports or prints it. A change of language
// draws the charts again from the statistics already read.
#include "chartdata.h"
#include "chartexporter.h"
#include "chartkind.h"
#include "databasework.h"
#include "readerthread.h"

#include <QFutureWatcher>
#include <QHash>
#include <QTimer>
#include <QWidget>
#include <memory>
#include <optional>

class Database;
class QChartView;
class RecordNotifier;

class ChartsDashboard : public QWidget
{
    Q_OBJECT
public:
    ChartsDashboard(Database &database, RecordNotifier &notifier, QWidget *parent = nullptr);
    ~ChartsDashboard() override;

    void setFilter(const RecommendationFilter &filter);
    // Reads the statistics now, on this thread, if a refresh is due (before
    // an export); false when they could not be read, the charts then being old.
    bool refreshNow();
    bool isRefreshPending() const;
    const std::optional<ChartData> &data() const { return m_data; }
    QChartView *view(ChartKind kind) const { return m_views.value(int(kind)); }
    // The chart the File menu's chart actions apply to: the last one clicked or focused.
    ChartKind currentKind() const { return m_currentKind; }

    // Dialog-driven actions, also on each chart's context menu.
    void exportChart(ChartKind kind, std::optional<ChartFormat> format = std::nullopt);
    void exportAllCharts();
    void copyChart(ChartKind kind);
    void printChart(ChartKind kind);

signals:
    // The records one bar segment stands for, as a filter for the table.
    void segmentActivated(const RecommendationFilter &filter, const QString &description);
    void refreshed();
    // A line for the status bar after an export or a copy.
    void exported(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct LoadResult {
        std::optional<ChartData> data;
        QString error;
    };

    void retranslateUi();
    void scheduleRefresh();
    void startLoad();
    void onLoaded();
    bool apply(std::optional<ChartData> data, const QString &error);
    void showChart(ChartKind kind);
    void connectSegments(ChartKind kind, QObject *chart);
    void showContextMenu(ChartKind kind, const QPoint &position);
    bool ensureData();
    void reportError(const QString &title, const QString &message);

    Database &m_database;
    RecommendationFilter m_filter;
    std::optional<ChartData> m_data;
    QHash<int, QChartView *> m_views;
    ChartKind m_currentKind = ChartKind::Progress;
    QTimer m_refreshDelay;
    bool m_stale = true;
    // Bumped by every change; a read started at an older one is out of date.
    quint64 m_generation = 0;
    quint64 m_loadingGeneration = 0;
    // The reads run on a thread of their own that keeps its connection warm
    // (declared before the watcher, so it is destroyed after it).
    ReaderThread m_reader;
    QFutureWatcher<LoadResult> m_loading;
    std::shared_ptr<DatabaseWork::Control> m_loadControl;
    QString m_lastError;
};
