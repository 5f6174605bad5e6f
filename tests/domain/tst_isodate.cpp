// Only real calendar dates in exactly the YYYY-MM-DD form are accepted.
#include "isodate.h"

#include <QTest>

class IsoDateTest : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
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
}

void IsoDateTest::parse()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    QCOMPARE(IsoDate::parse(text), expected);
    if (expected.isValid())
        QCOMPARE(IsoDate::format(expected), text);
}

QTEST_GUILESS_MAIN(IsoDateTest)
#include "tst_isodate.moc"
