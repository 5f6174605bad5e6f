// Reads and writes of recommendations: every field round-trips, lists keep
// their order, invalid records and missing ids are refused with a message.
#include "database.h"
#include "recommendationfactory.h"
#include "recommendationrepository.h"
#include "temporarydatabase.h"

#include <QTest>

class RecommendationRepositoryTest : public QObject
{
    Q_OBJECT

private slots:
    void everyFieldRoundTrips();
    void updateReplacesFieldsAndLists();
    void removeTakesTheHistoryAlong();
    void insertKeepsAGivenId();
    void invalidRecordIsRefusedAndNothingWritten_data();
    void invalidRecordIsRefusedAndNothingWritten();
    void missingIdsAreReported();
    void summariesFollowTheOrderOfIds();
    void distinctValuesListWhatIsInUse();
};

void RecommendationRepositoryTest::everyFieldRoundTrips()
{
    TemporaryDatabase file;
    QVERIFY2(file.isValid(), qPrintable(file.error()));
    RecommendationRepository repository(file.database());
    Recommendation r = RecommendationFactory::upr(12);
    r.recommendedBy = {QStringLiteral("Norway"), QStringLiteral("Brazil"), QStringLiteral("Korea, Republic of")};
    r.themes = {QStringLiteral("Women's rights"), QStringLiteral("Торговля людьми")};
    r.affectedPersons = {QStringLiteral("women"), QStringLiteral("children")};
    r.sdgs = {5, 16};
    r.institutions = {QStringLiteral("Parliament"), QStringLiteral("Адам құқықтары жөніндегі уәкіл")};
    r.dueDate = QDate(2014, 10, 31);
    r.notes = QStringLiteral("Line one\nline two, \"quoted\"");
    const std::optional<qint64> id = repository.insert(r);
    QVERIFY2(id, qPrintable(repository.lastError()));
    const std::optional<Recommendation> read = repository.find(*id);
    QVERIFY(read);
    QCOMPARE(read->id, *id);
    QVERIFY(read->sameContent(r));
    QCOMPARE(read->recommendedBy, r.recommendedBy); // order kept, not alphabetical
    QCOMPARE(read->uprCycle, 1);
    QCOMPARE(read->uprSession, 7);
    QCOMPARE(read->documentDate, QDate(2010, 3, 16));

    Recommendation bare = RecommendationFactory::iccpr(3);
    bare.themes.clear();
    bare.institutions.clear();
    bare.dueDate = QDate();
    const std::optional<qint64> bareId = repository.insert(bare);
    QVERIFY(bareId);
    QVERIFY(repository.find(*bareId)->sameContent(bare));
    QCOMPARE(repository.find(*bareId)->uprSession, 0);
}

void RecommendationRepositoryTest::updateReplacesFieldsAndLists()
{
    TemporaryDatabase file;
    RecommendationRepository repository(file.database());
    const qint64 id = *repository.insert(RecommendationFactory::upr(1));
    Recommendation changed = *repository.find(id);
    changed.text = QStringLiteral("Establish a national preventive mechanism.");
    changed.paragraph = QStringLiteral("97.10");
    changed.recommendedBy = {QStringLiteral("Denmark")};
    changed.themes.clear();
    changed.sdgs = {16};
    QVERIFY2(repository.update(changed), qPrintable(repository.lastError()));
    QVERIFY(repository.find(id)->sameContent(changed));
    QCOMPARE(repository.count(RecommendationFilter()), std::optional<int>(1));
}

void RecommendationRepositoryTest::removeTakesTheHistoryAlong()
{
    TemporaryDatabase file;
    RecommendationRepository repository(file.database());
    const qint64 id = *repository.insert(RecommendationFactory::upr(1));
    QVERIFY(repository.appendStatusChange(RecommendationFactory::change(id, Status::Accepted, QDate(2010, 6, 10))));
    QVERIFY(repository.remove(id));
    QVERIFY(!repository.exists(id));
    QCOMPARE(repository.history(id).size(), 0);
    QVERIFY(!repository.remove(id));
    QVERIFY(repository.lastError().contains(QString::number(id)));
}

void RecommendationRepositoryTest::insertKeepsAGivenId()
{
    TemporaryDatabase file;
    RecommendationRepository repository(file.database());
    Recommendation r = RecommendationFactory::upr(1);
    r.id = 41;
    QCOMPARE(repository.insert(r), std::optional<qint64>(41));
    QVERIFY(!repository.insert(r)); // the id is taken
    QCOMPARE(repository.count(RecommendationFilter()), std::optional<int>(1));
}

void RecommendationRepositoryTest::invalidRecordIsRefusedAndNothingWritten_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("no text") << QStringLiteral("text") << QStringLiteral("text");
    QTest::newRow("no state") << QStringLiteral("state") << QStringLiteral("state under review");
    QTest::newRow("unknown mechanism") << QStringLiteral("mechanism") << QStringLiteral("Unknown mechanism");
    QTest::newRow("SDG 18") << QStringLiteral("sdg") << QStringLiteral("SDG 18");
}

void RecommendationRepositoryTest::invalidRecordIsRefusedAndNothingWritten()
{
    QFETCH(QString, field);
    QFETCH(QString, message);
    TemporaryDatabase file;
    RecommendationRepository repository(file.database());
    const qint64 id = *repository.insert(RecommendationFactory::upr(1));
    Recommendation bad = RecommendationFactory::upr(2);
    if (field == QLatin1String("text"))
        bad.text = QStringLiteral(" \n ");
    else if (field == QLatin1String("state"))
        bad.stateUnderReview.clear();
    else if (field == QLatin1String("mechanism"))
        bad.mechanism = QStringLiteral("unesco");
    else
        bad.sdgs = {16, 18};
    QVERIFY(!repository.insert(bad));
    QVERIFY2(repository.lastError().contains(message), qPrintable(repository.lastError()));
    bad.id = id;
    QVERIFY(!repository.update(bad));
    QVERIFY(repository.find(id)->sameContent(RecommendationFactory::upr(1)));
    QCOMPARE(repository.count(RecommendationFilter()), std::optional<int>(1));
}

void RecommendationRepositoryTest::missingIdsAreReported()
{
    TemporaryDatabase file;
    RecommendationRepository repository(file.database());
    QVERIFY(!repository.find(5));
    QVERIFY(repository.lastError().contains(QLatin1String("5")));
    Recommendation missing = RecommendationFactory::upr(1);
    missing.id = 5;
    QVERIFY(!repository.update(missing));
    QVERIFY(!repository.currentStatus(5));
    QVERIFY(!repository.removeStatusChange(5));
}

void RecommendationRepositoryTest::summariesFollowTheOrderOfIds()
{
    TemporaryDatabase file;
    RecommendationRepository repository(file.database());
    QList<qint64> ids;
    for (int i = 1; i <= 5; ++i)
        ids << *repository.insert(RecommendationFactory::upr(i));
    const QList<RecommendationSummary> summaries = repository.summaries({ids.at(3), 999, ids.at(0), ids.at(4)});
    QCOMPARE(summaries.size(), 3);
    QCOMPARE(summaries.at(0).id, ids.at(3));
    QCOMPARE(summaries.at(1).id, ids.at(0));
    QCOMPARE(summaries.at(0).paragraph, QStringLiteral("97.4"));
    QCOMPARE(summaries.at(0).recommendedBy, (QStringList{QStringLiteral("Brazil"), QStringLiteral("Norway")}));
    QCOMPARE(summaries.at(0).status, Status::Pending);
}

void RecommendationRepositoryTest::distinctValuesListWhatIsInUse()
{
    TemporaryDatabase file;
    RecommendationRepository repository(file.database());
    const qint64 upr = *repository.insert(RecommendationFactory::upr(1));
    repository.insert(RecommendationFactory::iccpr(2));
    QCOMPARE(repository.distinctValues(RecommendationList::Themes),
             (QStringList{QStringLiteral("International instruments"), QStringLiteral("Torture and other CID treatment")}));
    QCOMPARE(repository.statesUnderReview(), QStringList{QStringLiteral("Kazakhstan")});
    QVERIFY(repository.remove(upr));
    // A theme no record uses any more is no longer offered.
    QCOMPARE(repository.distinctValues(RecommendationList::Themes),
             QStringList{QStringLiteral("Torture and other CID treatment")});
    QCOMPARE(repository.distinctValues(RecommendationList::RecommendingStates), QStringList());
}

QTEST_GUILESS_MAIN(RecommendationRepositoryTest)
#include "tst_recommendationrepository.moc"
