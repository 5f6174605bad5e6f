// Our JSON format read back: whole-number fields refuse what is not a whole
// number that fits, with a sentence naming the field (including the input
// the JSON fuzzer found, which once converted an out-of-range double).
#include "recommendationjson.h"

#include <QTest>

class RecommendationJsonTest : public QObject
{
    Q_OBJECT

private slots:
    void wholeNumberFields_data();
    void wholeNumberFields();
};

void RecommendationJsonTest::wholeNumberFields_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<int>("cycle");
    QTest::newRow("whole") << QByteArray("2") << true << 2;
    QTest::newRow("null") << QByteArray("null") << true << 0;
    QTest::newRow("fuzzer's huge number") << QByteArray("11111111111") << false << 0;
    QTest::newRow("below int") << QByteArray("-3000000000") << false << 0;
    QTest::newRow("fraction") << QByteArray("2.5") << false << 0;
    QTest::newRow("string") << QByteArray("\"2\"") << false << 0;
}

void RecommendationJsonTest::wholeNumberFields()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, accepted);
    QFETCH(int, cycle);
    const QByteArray document = "{\"format\":\"rectracker-recommendations\",\"recommendations\":[{\"mechanism\":\"upr\","
                                "\"state\":\"Kazakhstan\",\"text\":\"Ratify\",\"upr_cycle\":"
        + value + "}]}";
    QString error;
    const std::optional<RecommendationJson::Document> read = RecommendationJson::readDocument(document, &error);
    QCOMPARE(bool(read), accepted);
    if (accepted)
        QCOMPARE(read->records.first().recommendation.uprCycle, cycle);
    else
        QVERIFY2(error.contains(QStringLiteral("upr_cycle")), qPrintable(error));
}

QTEST_GUILESS_MAIN(RecommendationJsonTest)
#include "tst_recommendationjson.moc"
