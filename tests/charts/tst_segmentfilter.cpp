// Every bar segment of every chart, under many filters (an earlier click's
// included), selects exactly as many records as the segment shows: the
// filter a click builds and the statistics the chart draws must agree.
#include "chartbuilder.h"
#include "chartdata.h"
#include "recommendationrepository.h"
#include "sampledatabase.h"
#include "temporarydatabase.h"

#include <QTest>

Q_DECLARE_METATYPE(RecommendationFilter)

class SegmentFilterTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everySegmentSelectsWhatItCounts_data();
    void everySegmentSelectsWhatItCounts();

private:
    std::unique_ptr<TemporaryDatabase> m_file;
};

void SegmentFilterTest::initTestCase()
{
    m_file = std::make_unique<TemporaryDatabase>();
    QString error;
    QVERIFY2(SampleDatabase::fill(m_file->database(), &error), qPrintable(error));
}

void SegmentFilterTest::everySegmentSelectsWhatItCounts_data()
{
    QTest::addColumn<RecommendationFilter>("filter");
    RecommendationFilter f;
    QTest::newRow("no filter") << f;
    f = {};
    f.mechanisms = {QStringLiteral("iccpr")};
    QTest::newRow("ICCPR") << f;
    f = {};
    f.statuses = {Status::PartiallyImplemented};
    QTest::newRow("current status") << f;
    f = {};
    f.yearFrom = 2011;
    f.yearTo = 2020;
    QTest::newRow("years") << f;
    f = {};
    f.searchText = QStringLiteral("tortur");
    QTest::newRow("search") << f;
    f = {};
    f.theme = QStringLiteral("Torture and other CID treatment");
    QTest::newRow("theme") << f;
    f = {};
    f.statusesOnDates = {{QDate(2012, 12, 31), {Status::Accepted}}};
    QTest::newRow("after a click on 2012 accepted") << f;
    f.statusesOnDates << StatusOnDate{QDate(2016, 12, 31), {Status::PartiallyImplemented}};
    QTest::newRow("after two clicks") << f;
    f = {};
    f.theme = QStringLiteral("Torture and other CID treatment");
    f.alsoThemes = {QStringLiteral("Administration of justice")};
    QTest::newRow("after a click on a second theme") << f;
    f = {};
    f.mechanisms = {QStringLiteral("upr")};
    f.statuses = {Status::Implemented, Status::PartiallyImplemented};
    f.statusesOnDates = {{QDate(2014, 12, 31), {Status::Accepted}}};
    f.yearTo = 2022;
    QTest::newRow("combined") << f;
}

void SegmentFilterTest::everySegmentSelectsWhatItCounts()
{
    QFETCH(RecommendationFilter, filter);
    QString error;
    const std::optional<ChartData> data = ChartData::load(m_file->database(), filter, &error);
    QVERIFY2(data, qPrintable(error));
    RecommendationRepository repository(m_file->database());
    int segments = 0;
    int recordsInSegments = 0;
    auto check = [&](ChartKind kind, const QString &key, int category, int shown) {
        const std::optional<RecommendationFilter> selection = ChartBuilder::segmentFilter(kind, *data, key, category);
        // A segment that cannot be a filter must be one the chart cannot show.
        if (!selection)
            return shown == 0;
        ++segments;
        recordsInSegments += shown;
        return repository.count(*selection) == std::optional<int>(shown);
    };
    for (int i = 0; i < data->progress.size(); ++i) {
        for (Status status : StatusInfo::all()) {
            QVERIFY2(check(ChartKind::Progress, StatusInfo::key(status), i, data->progress.at(i).counts[status]),
                     qPrintable(QStringLiteral("progress %1 %2").arg(data->progress.at(i).year).arg(StatusInfo::key(status))));
        }
    }
    for (int i = 0; i < data->received.size(); ++i) {
        for (auto it = data->received.at(i).byMechanism.cbegin(); it != data->received.at(i).byMechanism.cend(); ++it)
            QVERIFY2(check(ChartKind::Received, it.key(), i, it.value()),
                     qPrintable(QStringLiteral("received %1 %2").arg(data->received.at(i).year).arg(it.key())));
    }
    const QStringList themes = ChartBuilder::categories(ChartKind::Themes, *data);
    for (int i = 0; i < themes.size(); ++i) {
        const GroupStatusCounts &theme = data->themes.at(themes.size() - 1 - i);
        QCOMPARE(theme.group, themes.at(i));
        for (Status status : StatusInfo::all())
            QVERIFY2(check(ChartKind::Themes, StatusInfo::key(status), i, theme.counts[status]),
                     qPrintable(QStringLiteral("theme %1 %2").arg(theme.group, StatusInfo::key(status))));
    }
    // The filters above leave records in the charts: the checks compared real segments.
    QVERIFY(segments > 10);
    QVERIFY(recordsInSegments > 0);
}

QTEST_MAIN(SegmentFilterTest)
#include "tst_segmentfilter.moc"
