// Paragraph numbers sort the way people read them.
#include "paragraphorder.h"

#include <QTest>

class ParagraphOrderTest : public QObject
{
    Q_OBJECT

private slots:
    void sortsNaturally_data();
    void sortsNaturally();
};

void ParagraphOrderTest::sortsNaturally_data()
{
    QTest::addColumn<QString>("earlier");
    QTest::addColumn<QString>("later");
    QTest::newRow("97.2 < 97.10") << QStringLiteral("97.2") << QStringLiteral("97.10");
    QTest::newRow("97.10 < 98.1") << QStringLiteral("97.10") << QStringLiteral("98.1");
    QTest::newRow("9 < 10") << QStringLiteral("9") << QStringLiteral("10");
    QTest::newRow("12(a) < 12(b)") << QStringLiteral("12(a)") << QStringLiteral("12(b)");
    QTest::newRow("12 < 12(a)") << QStringLiteral("12") << QStringLiteral("12(a)");
    QTest::newRow("leading zeros ignored") << QStringLiteral("097.2") << QStringLiteral("97.3");
    QTest::newRow("empty first") << QString() << QStringLiteral("1");
}

void ParagraphOrderTest::sortsNaturally()
{
    QFETCH(QString, earlier);
    QFETCH(QString, later);
    QVERIFY(ParagraphOrder::sortKey(earlier) < ParagraphOrder::sortKey(later));
    QCOMPARE(ParagraphOrder::sortKey(QStringLiteral(" 97.1 ")), ParagraphOrder::sortKey(QStringLiteral("97.01")));
}

QTEST_GUILESS_MAIN(ParagraphOrderTest)
#include "tst_paragraphorder.moc"
