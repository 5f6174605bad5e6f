// The remembered filter: written to a QVariantMap and through a real
// QSettings file and read back equal; forgiving of what a hand-edited or
// older settings file may hold; and checked against the values a database
// still has.
#include "filtersettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class FilterSettingsTest : public QObject
{
    Q_OBJECT

private slots:
    void everyFieldRoundTripsThroughQSettings();
    void emptyFilterRoundTrips();
    void unknownKeysAndBadValuesAreLeftOut();
    void anotherFormatVersionReadsAsNoFilter();
    void valuesNoLongerInTheDatabaseAreDropped();
};

namespace {
RecommendationFilter everyField()
{
    RecommendationFilter filter;
    filter.mechanisms = {QStringLiteral("iccpr")};
    filter.stateUnderReview = QStringLiteral("Kazakhstan");
    filter.statuses = {Status::Accepted, Status::PartiallyImplemented};
    filter.statusesOnDates = {{QDate(2014, 12, 31), {Status::Implemented}}, {QDate(2012, 12, 31), {}}};
    filter.yearFrom = 2010;
    filter.yearTo = 2020;
    filter.theme = QStringLiteral("Torture");
    filter.alsoThemes = {QStringLiteral("Justice"), QStringLiteral("Women's rights")};
    filter.recommendedBy = QStringLiteral("Norway");
    filter.institution = QStringLiteral("Ministry of Justice");
    filter.searchText = QStringLiteral("пытк A/HRC/14");
    return filter;
}
} // namespace

void FilterSettingsTest::everyFieldRoundTripsThroughQSettings()
{
    const RecommendationFilter filter = everyField();
    QCOMPARE(FilterSettings::fromMap(FilterSettings::toMap(filter)), filter);

    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("settings.ini"));
    {
        QSettings settings(path, QSettings::IniFormat);
        settings.setValue(QStringLiteral("filters/db"), FilterSettings::toMap(filter));
    }
    QSettings settings(path, QSettings::IniFormat);
    const RecommendationFilter read = FilterSettings::fromMap(settings.value(QStringLiteral("filters/db")).toMap());
    QCOMPARE(read, filter);
    QCOMPARE(read.statusesOnDates.size(), 2);
    QVERIFY(read.statusesOnDates.at(1).statuses.isEmpty());
}

void FilterSettingsTest::emptyFilterRoundTrips()
{
    const RecommendationFilter read = FilterSettings::fromMap(FilterSettings::toMap(RecommendationFilter()));
    QVERIFY(read.isEmpty());
    QVERIFY(FilterSettings::fromMap(QVariantMap()).isEmpty());
}

void FilterSettingsTest::unknownKeysAndBadValuesAreLeftOut()
{
    QVariantMap map = FilterSettings::toMap(everyField());
    map.insert(QStringLiteral("mechanisms"), QStringList{QStringLiteral("nonsense"), QStringLiteral("upr")});
    map.insert(QStringLiteral("statuses"), QStringList{QStringLiteral("maybe"), QStringLiteral("rejected")});
    map.insert(QStringLiteral("statusesOnDates"),
               QVariantList{QVariantMap{{QStringLiteral("date"), QStringLiteral("2014-02-30")}},
                            QVariantMap{{QStringLiteral("date"), QStringLiteral("2015-12-31")},
                                        {QStringLiteral("statuses"), QStringList{QStringLiteral("implemented")}}}});
    map.insert(QStringLiteral("yearFrom"), QStringLiteral("soon"));
    map.insert(QStringLiteral("yearTo"), -5);
    const RecommendationFilter read = FilterSettings::fromMap(map);
    QCOMPARE(read.mechanisms, QStringList{QStringLiteral("upr")});
    QCOMPARE(read.statuses, QList<Status>{Status::Rejected});
    QCOMPARE(read.statusesOnDates.size(), 1);
    QCOMPARE(read.statusesOnDates.first().date, QDate(2015, 12, 31));
    QCOMPARE(read.statusesOnDates.first().statuses, QList<Status>{Status::Implemented});
    QCOMPARE(read.yearFrom, 0);
    QCOMPARE(read.yearTo, 0);
    QCOMPARE(read.theme, QStringLiteral("Torture")); // the rest as written
}

void FilterSettingsTest::anotherFormatVersionReadsAsNoFilter()
{
    QVariantMap map = FilterSettings::toMap(everyField());
    map.insert(QStringLiteral("version"), 99);
    QVERIFY(FilterSettings::fromMap(map).isEmpty());
}

void FilterSettingsTest::valuesNoLongerInTheDatabaseAreDropped()
{
    FilterSettings::Vocabulary vocabulary;
    vocabulary.statesUnderReview = {QStringLiteral("KAZAKHSTAN")};
    vocabulary.themes = {QStringLiteral("Justice")};
    vocabulary.recommendingStates = {QStringLiteral("Chile")};
    vocabulary.institutions = {QStringLiteral("Ministry of Justice")};
    const RecommendationFilter known = FilterSettings::withKnownValues(everyField(), vocabulary);
    QCOMPARE(known.stateUnderReview, QStringLiteral("Kazakhstan")); // in another case: still there
    QVERIFY(known.theme.isEmpty());
    QCOMPARE(known.alsoThemes, QStringList{QStringLiteral("Justice")});
    QVERIFY(known.recommendedBy.isEmpty());
    QCOMPARE(known.institution, QStringLiteral("Ministry of Justice"));
    // What is not a value of the database stays as it was.
    QCOMPARE(known.mechanisms, everyField().mechanisms);
    QCOMPARE(known.statuses, everyField().statuses);
    QCOMPARE(known.searchText, everyField().searchText);
    QCOMPARE(known.yearFrom, 2010);
}

QTEST_APPLESS_MAIN(FilterSettingsTest)
#include "tst_filtersettings.moc"
