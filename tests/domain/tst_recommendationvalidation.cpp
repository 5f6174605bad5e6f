// What makes a recommendation unfit to store, and the evidence link check.
#include "evidencelink.h"
#include "recommendation.h"

#include <QTest>

class RecommendationValidationTest : public QObject
{
    Q_OBJECT

private slots:
    void validRecord();
    void problems_data();
    void problems();
    void evidenceLinks_data();
    void evidenceLinks();
};

namespace {
Recommendation valid()
{
    Recommendation r;
    r.mechanism = QStringLiteral("iccpr");
    r.stateUnderReview = QStringLiteral("Kazakhstan");
    r.text = QStringLiteral("Decriminalise defamation.");
    r.sdgs = {16};
    return r;
}
} // namespace

void RecommendationValidationTest::validRecord()
{
    QVERIFY(valid().validationErrors().isEmpty());
}

void RecommendationValidationTest::problems_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("no text") << QStringLiteral("text") << QStringLiteral("text of the recommendation is missing");
    QTest::newRow("no state") << QStringLiteral("state") << QStringLiteral("state under review is missing");
    QTest::newRow("unknown mechanism") << QStringLiteral("mechanism") << QStringLiteral("Unknown mechanism \"unicef\"");
    QTest::newRow("SDG 0") << QStringLiteral("sdg0") << QStringLiteral("SDG 0 does not exist");
    QTest::newRow("SDG 18") << QStringLiteral("sdg18") << QStringLiteral("SDG 18 does not exist");
    QTest::newRow("negative session") << QStringLiteral("session") << QStringLiteral("session");
}

void RecommendationValidationTest::problems()
{
    QFETCH(QString, field);
    QFETCH(QString, message);
    Recommendation r = valid();
    if (field == QLatin1String("text"))
        r.text = QStringLiteral("   ");
    else if (field == QLatin1String("state"))
        r.stateUnderReview.clear();
    else if (field == QLatin1String("mechanism"))
        r.mechanism = QStringLiteral("unicef");
    else if (field == QLatin1String("sdg0"))
        r.sdgs = {0};
    else if (field == QLatin1String("sdg18"))
        r.sdgs = {5, 18};
    else
        r.uprSession = -3;
    const QStringList errors = r.validationErrors();
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains(message), qPrintable(errors.first()));
}

void RecommendationValidationTest::evidenceLinks_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<bool>("usable");
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("https") << QStringLiteral("https://adilet.zan.kz/rus/docs/Z1400000226") << true;
    QTest::newRow("file") << QStringLiteral("file:///home/analyst/report.pdf") << true;
    QTest::newRow("words") << QStringLiteral("see the report") << false;
    QTest::newRow("no host") << QStringLiteral("https://") << false;
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
}

void RecommendationValidationTest::evidenceLinks()
{
    QFETCH(QString, link);
    QFETCH(bool, usable);
    QCOMPARE(EvidenceLink::problem(link).isEmpty(), usable);
}

QTEST_GUILESS_MAIN(RecommendationValidationTest)
#include "tst_recommendationvalidation.moc"
