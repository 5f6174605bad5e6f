// The UPR calendar: a session number alone gives the year and the cycle.
#include "uprcalendar.h"

#include <QTest>

class UprCalendarTest : public QObject
{
    Q_OBJECT

private slots:
    void knownSessions_data();
    void knownSessions();
    void cycleBoundaries_data();
    void cycleBoundaries();
    void calendarIsDenseAndOrdered();
};

void UprCalendarTest::knownSessions_data()
{
    QTest::addColumn<int>("session");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("cycle");
    QTest::newRow("first session") << 1 << 2008 << 4 << 1;
    QTest::newRow("Kazakhstan, first review") << 7 << 2010 << 2 << 1;
    QTest::newRow("Kazakhstan, second review") << 20 << 2014 << 10 << 2;
    QTest::newRow("third cycle starts") << 27 << 2017 << 5 << 3;
    QTest::newRow("fourth cycle starts") << 41 << 2022 << 11 << 4;
}

void UprCalendarTest::knownSessions()
{
    QFETCH(int, session);
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, cycle);
    const std::optional<UprSession> found = UprCalendar::session(session);
    QVERIFY(found);
    QCOMPARE(found->number, session);
    QCOMPARE(found->start.year(), year);
    QCOMPARE(found->start.month(), month);
    QCOMPARE(found->cycle, cycle);
    QVERIFY(found->end >= found->start);
}

void UprCalendarTest::cycleBoundaries_data()
{
    QTest::addColumn<int>("session");
    QTest::addColumn<int>("cycle");
    QTest::newRow("0") << 0 << 0;
    QTest::newRow("12") << 12 << 1;
    QTest::newRow("13") << 13 << 2;
    QTest::newRow("26") << 26 << 2;
    QTest::newRow("27") << 27 << 3;
    QTest::newRow("40") << 40 << 3;
    QTest::newRow("41") << 41 << 4;
    QTest::newRow("beyond the calendar") << 500 << 0;
}

void UprCalendarTest::cycleBoundaries()
{
    QFETCH(int, session);
    QFETCH(int, cycle);
    QCOMPARE(UprCalendar::cycleOfSession(session), cycle);
}

void UprCalendarTest::calendarIsDenseAndOrdered()
{
    const QList<UprSession> &sessions = UprCalendar::sessions();
    QVERIFY(sessions.size() >= 50);
    for (int i = 0; i < sessions.size(); ++i) {
        QCOMPARE(sessions.at(i).number, i + 1);
        QVERIFY(sessions.at(i).start.isValid() && sessions.at(i).end.isValid());
        if (i > 0)
            QVERIFY2(sessions.at(i).start > sessions.at(i - 1).end, qPrintable(QString::number(i + 1)));
    }
    QVERIFY(!UprCalendar::session(0));
    QVERIFY(!UprCalendar::session(int(sessions.size()) + 1));
}

QTEST_GUILESS_MAIN(UprCalendarTest)
#include "tst_uprcalendar.moc"
