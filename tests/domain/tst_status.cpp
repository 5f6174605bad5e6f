// Status keys round-trip and labels name both UN words; mechanism keys are known.
#include "mechanism.h"
#include "status.h"

#include <QTest>

class StatusTest : public QObject
{
    Q_OBJECT

private slots:
    void keysRoundTrip();
    void unknownKeysAreRefused_data();
    void unknownKeysAreRefused();
    void labelsShowBothUnWords();
    void mechanismCatalog();
};

void StatusTest::keysRoundTrip()
{
    QCOMPARE(StatusInfo::all().size(), 5);
    for (Status status : StatusInfo::all())
        QCOMPARE(StatusInfo::fromKey(StatusInfo::key(status)), std::optional<Status>(status));
    QCOMPARE(StatusInfo::key(Status::PartiallyImplemented), QStringLiteral("partially_implemented"));
    QCOMPARE(StatusInfo::keyList(), QStringLiteral("pending, accepted, rejected, partially_implemented, implemented"));
}

void StatusTest::unknownKeysAreRefused_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("empty") << QString();
    QTest::newRow("label instead of key") << QStringLiteral("Accepted (supported)");
    QTest::newRow("other word") << QStringLiteral("done");
    QTest::newRow("space") << QStringLiteral("partially implemented");
}

void StatusTest::unknownKeysAreRefused()
{
    QFETCH(QString, key);
    QVERIFY(!StatusInfo::fromKey(key).has_value());
}

void StatusTest::labelsShowBothUnWords()
{
    QCOMPARE(StatusInfo::label(Status::Accepted), QStringLiteral("Accepted (supported)"));
    QCOMPARE(StatusInfo::label(Status::Rejected), QStringLiteral("Rejected (noted)"));
    QCOMPARE(StatusInfo::label(Status::PartiallyImplemented), QStringLiteral("Partially implemented"));
}

void StatusTest::mechanismCatalog()
{
    for (const char *key : {"upr", "iccpr", "cat", "cedaw", "cescr", "crc", "cerd", "crpd", "cmw", "ced",
                            "special_procedures", "other"})
        QVERIFY2(MechanismCatalog::isKnown(QLatin1String(key)), key);
    QVERIFY(!MechanismCatalog::isKnown(QStringLiteral("UPR"))); // keys are lower case
    const Mechanism *iccpr = MechanismCatalog::find(QStringLiteral("iccpr"));
    QVERIFY(iccpr);
    QCOMPARE(iccpr->code, QStringLiteral("CCPR"));
    QCOMPARE(iccpr->kind, Mechanism::Kind::TreatyBody);
    QVERIFY(iccpr->name().contains(QLatin1String("Human Rights Committee")));
}

QTEST_GUILESS_MAIN(StatusTest)
#include "tst_status.moc"
