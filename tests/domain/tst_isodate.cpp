// Only real calendar dates in exactly the YYYY-MM-DD form are accepted.
#include "isodate.h"

#include <QTest>

class IsoDateTest : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void formatFollowsQt_data();
    void formatFollowsQt();
};

void IsoDateTest::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("plain") << QStringLiteral("2010-03-16") << QDate(2010, 3, 16);
    QTest::newRow("leap day") << QStringLiteral("2024-02-29") << QDate(2024, 2, 29);
    QTest::newRow("not a leap year") << QStringLiteral("2023-02-29") << QDate();
    QTest::newRow("month 13") << QStringLiteral("2010-13-01") << QDate();
    QTest::newRow("day 0") << QStringLiteral("2010-01-00") << QDate();
    QTest::newRow("short parts") << QStringLiteral("2024-1-5") << QDate();
    QTest::newRow("with a time") << QStringLiteral("2024-01-05T10:00") << QDate();
    QTest::newRow("dotted") << QStringLiteral("05.01.2024") << QDate();
    QTest::newRow("empty") << QString() << QDate();
    QTest::newRow("year 0987") << QStringLiteral("0987-03-01") << QDate(987, 3, 1);
    QTest::newRow("last day of 9999") << QStringLiteral("9999-12-31") << QDate(9999, 12, 31);
    QTest::newRow("a letter for a digit") << QStringLiteral("2010-0a-16") << QDate();
    QTest::newRow("Arabic-Indic digits") << QStringLiteral("٢٠١٠-٠٣-١٦") << QDate();
    QTest::newRow("slashes") << QStringLiteral("2010/03/16") << QDate();
    QTest::newRow("spaces around") << QStringLiteral(" 2010-03-16") << QDate();
}

void IsoDateTest::parse()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    QCOMPARE(IsoDate::parse(text), expected);
    if (expected.isValid())
        QCOMPARE(IsoDate::format(expected), text);
}

void IsoDateTest::formatFollowsQt_data()
{
    QTest::addColumn<QDate>("date");
    QTest::newRow("invalid") << QDate();
    QTest::newRow("ordinary") << QDate(2026, 11, 26);
    QTest::newRow("single digits") << QDate(2008, 1, 2);
    QTest::newRow("small year") << QDate(45, 6, 7);
    QTest::newRow("five-digit year") << QDate(12345, 1, 1);
    QTest::newRow("before the common era") << QDate(-44, 3, 15);
}

void IsoDateTest::formatFollowsQt()
{
    QFETCH(QDate, date);
    QCOMPARE(IsoDate::format(date), date.isValid() ? date.toString(Qt::ISODate) : QString());
}

QTEST_GUILESS_MAIN(IsoDateTest)
#include "tst_isodate.moc"
