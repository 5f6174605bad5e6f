// The numbers behind the charts over a small hand-made dataset whose every
// count is worked out in the comments: the status as it stood on 31 December
// of each year (back-dated entries, a status that goes back, changes on
// 31 December and 1 January, same-day ties, no history), receipts per
// mechanism, implementation rates, current status per group, year bounds and
// an empty database; and the records a click on a bar selects (a status on a date)
// agree with the bar.
#include "database.h"
#include "historyfixture.h"
#include "recommendationfactory.h"
#include "recommendationrepository.h"
#include "statisticsqueries.h"
#include "temporarydatabase.h"

#include <QTest>
#include <algorithm>

class StatisticsQueriesTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void progressByYear_data();
    void progressByYear();
    void progressRunsToTheCurrentYearWithoutYearTo();
    void receivedByMechanism_data();
    void receivedByMechanism();
    void implementationRate();
    void currentStatusBy_data();
    void currentStatusBy();
    void statusDateSelectsAsOfThatDay_data();
    void statusDateSelectsAsOfThatDay();
    void statusDateAndCurrentStatus();
    void barSegmentsAgreeWithSelection_data();
    void barSegmentsAgreeWithSelection();
    void emptyDatabase();
    void firstYearAfterLastYearIsAnError();
    void chartsInOnePass_data();
    void chartsInOnePass();
    void chartsFollowThemeEdits();

private:
    QList<qint64> ids(const QString &names) const;

    std::unique_ptr<TemporaryDatabase> m_file;
    std::unique_ptr<RecommendationRepository> m_repository;
    QHash<QString, qint64> m_ids; // by the one-letter names of the dataset
};

Q_DECLARE_METATYPE(QList<Status>)
Q_DECLARE_METATYPE(RecommendationList)

namespace {

// Counts in the order pending, accepted, rejected, partially implemented,
// implemented: "2012: 3 1 0 1 1".
QString countsText(const StatusCounts &counts)
{
    QStringList numbers;
    for (Status status : {Status::Pending, Status::Accepted, Status::Rejected, Status::PartiallyImplemented,
                          Status::Implemented})
        numbers << QString::number(counts[status]);
    return numbers.join(QLatin1Char(' '));
}

QStringList progressText(const QList<YearStatusCounts> &years)
{
    QStringList rows;
    for (const YearStatusCounts &year : years)
        rows << QStringLiteral("%1: %2").arg(year.year).arg(countsText(year.counts));
    return rows;
}

QStringList receivedText(const QList<YearMechanismCounts> &years)
{
    QStringList rows;
    for (const YearMechanismCounts &year : years) {
        QStringList parts{QString::number(year.year) + QLatin1Char(':')};
        for (auto it = year.byMechanism.cbegin(); it != year.byMechanism.cend(); ++it)
            parts << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
        rows << parts.join(QLatin1Char(' '));
    }
    return rows;
}



} // namespace

// The dataset. Status on 31 December of each year, worked out by hand
// (P pending, A accepted, R rejected, PI partially implemented, I implemented;
// "-" not yet issued):
//
//      issued      mech   2009 2010 2011 2012 2013 2014 2015 2016 | 2017.. = now
//  A   2009-06-15  upr    A    A    A    I    I    PI   PI   PI   | PI
//  B   2010-03-16  upr    -    P    P    P    P    P    P    P    | P
//  C   2011-07-19  iccpr  -    -    A    PI   I    I    I    I    | I
//  D   2012-12-31  cat    -    -    -    P    A    A    A    A    | A
//  E   2013-01-01  upr    -    -    -    -    I    I    PI   A    | A
//  F   (no date)   other  left out of every yearly figure; currently A
//  G   2016-02-02  iccpr  -    -    -    -    -    -    -    P    | P
//  H   2011-01-01  upr    -    -    A    A    A    A    A    A    | I
//  I   2017-05-05  cedaw  -    -    -    -    -    -    -    -    | P
//  J   2014-03-10  upr    -    -    -    -    -    R    A    A    | A
//  K   2011-10-10  upr    -    -    P    P    P    P    P    P    | P
//
// A: accepted 2009-12-31 (31 December counts for 2009), implemented
//    2012-01-01 (1 January counts for 2012), partially implemented 2014-06-01
//    (the status goes back).
// C: rejected 2012-01-01, then recorded later but back-dated accepted
//    2011-12-31, implemented 2013-05-05, then recorded last but back-dated
//    partially implemented 2012-06-01 (wins 2012, not 2013).
// D: issued on 31 December 2012; accepted and rejected both effective
//    2013-04-01: accepted was recorded later (though inserted first, so with
//    the lower id) and wins.
// E: implemented 2013-01-01, partially implemented 2015-12-31, accepted
//    2016-01-01.
// H: accepted 2010-11-20, before its document date: it counts only from 2011,
//    the year it was issued. Implemented 2017-03-01.
// J: rejected 2014-03-10, accepted 2015-01-01.
// B, G, I, K: no history at all.
void StatisticsQueriesTest::init()
{
    m_file = std::make_unique<TemporaryDatabase>();
    QVERIFY2(m_file->isValid(), qPrintable(m_file->error()));
    m_repository = std::make_unique<RecommendationRepository>(m_file->database());
    const QStringList none;
    const QString torture = QStringLiteral("Torture");
    const QString kazakhstan = QStringLiteral("Kazakhstan");
    const QString justice = QStringLiteral("Justice");
    const QString expression = QStringLiteral("Freedom of expression");
    const QString parliament = QStringLiteral("Parliament");
    const QString ministryOfJustice = QStringLiteral("Ministry of Justice");
    const QString france = QStringLiteral("France");
    const QString brazil = QStringLiteral("Brazil");
    const QString norway = QStringLiteral("Norway");
    using S = Status;
    const struct {
        const char *name;
        Recommendation recommendation;
        QList<HistoryFixture::Entry> history; // in the order they are appended
    } rows[] = {
        {"A", HistoryFixture::record(QStringLiteral("upr"), kazakhstan, QStringLiteral("97.1"), QDate(2009, 6, 15),
                   QStringLiteral("Ratify the optional protocol to the convention against torture"),
                   {torture, justice}, {france}, {parliament}),
         {{S::Accepted, QDate(2009, 12, 31), 0}, {S::Implemented, QDate(2012, 1, 1), 1},
          {S::PartiallyImplemented, QDate(2014, 6, 1), 2}}},
        {"B", HistoryFixture::record(QStringLiteral("upr"), kazakhstan, QStringLiteral("97.2"), QDate(2010, 3, 16),
                   QStringLiteral("Abolish the death penalty and end torture on death row"),
                   {QStringLiteral("Death penalty")}, {france, brazil}, {parliament}),
         {}},
        {"C", HistoryFixture::record(QStringLiteral("iccpr"), kazakhstan, QStringLiteral("9"), QDate(2011, 7, 19),
                   QStringLiteral("Investigate all allegations of torture"), {torture}, none,
                   {QStringLiteral("Prosecutor General's Office"), ministryOfJustice}),
         {{S::Rejected, QDate(2012, 1, 1), 3}, {S::Accepted, QDate(2011, 12, 31), 4},
          {S::Implemented, QDate(2013, 5, 5), 5}, {S::PartiallyImplemented, QDate(2012, 6, 1), 20}}},
        {"D", HistoryFixture::record(QStringLiteral("cat"), kazakhstan, QStringLiteral("12"), QDate(2012, 12, 31),
                   QStringLiteral("Strengthen the national preventive mechanism against torture"), {torture}, none,
                   {QStringLiteral("Ombudsman")}),
         {{S::Accepted, QDate(2013, 4, 1), 10}, {S::Rejected, QDate(2013, 4, 1), 6}}},
        {"E", HistoryFixture::record(QStringLiteral("upr"), kazakhstan, QStringLiteral("105.3"), QDate(2013, 1, 1),
                   QStringLiteral("Guarantee freedom of the media"), {expression}, {france}, {parliament}),
         {{S::Implemented, QDate(2013, 1, 1), 11}, {S::PartiallyImplemented, QDate(2015, 12, 31), 12},
          {S::Accepted, QDate(2016, 1, 1), 13}}},
        {"F", HistoryFixture::record(QStringLiteral("other"), kazakhstan, QString(), QDate(), QStringLiteral("Café owners' rights"), {justice},
                   none, none),
         {{S::Accepted, QDate(2010, 5, 5), 14}}},
        {"G", HistoryFixture::record(QStringLiteral("iccpr"), kazakhstan, QStringLiteral("10"), QDate(2016, 2, 2),
                   QStringLiteral("Compensate victims of ill-treatment"), {torture, justice}, none,
                   {QStringLiteral("Supreme Court")}),
         {}},
        {"H", HistoryFixture::record(QStringLiteral("upr"), kazakhstan, QStringLiteral("97.3"), QDate(2011, 1, 1),
                   QStringLiteral("Ratify the convention on the rights of persons with disabilities"),
                   {QStringLiteral("Disability")}, {brazil}, {QStringLiteral("Ministry of Labour")}),
         {{S::Accepted, QDate(2010, 11, 20), 15}, {S::Implemented, QDate(2017, 3, 1), 16}}},
        {"I", HistoryFixture::record(QStringLiteral("cedaw"), kazakhstan, QStringLiteral("20"), QDate(2017, 5, 5),
                   QStringLiteral("Adopt a law on domestic violence"), {QStringLiteral("Women")}, none, none),
         {}},
        {"J", HistoryFixture::record(QStringLiteral("upr"), kazakhstan, QStringLiteral("120.1"), QDate(2014, 3, 10),
                   QStringLiteral("Decriminalise defamation"), {expression}, {norway, brazil}, {parliament}),
         {{S::Rejected, QDate(2014, 3, 10), 17}, {S::Accepted, QDate(2015, 1, 1), 18}}},
        {"K", HistoryFixture::record(QStringLiteral("upr"), kazakhstan, QStringLiteral("97.4"), QDate(2011, 10, 10),
                   QStringLiteral("Establish a national human rights institution"), {QStringLiteral("Institutions")},
                   {norway, france}, {ministryOfJustice}),
         {}},
    };
    for (const auto &row : rows) {
        const std::optional<qint64> id = m_repository->insert(row.recommendation);
        QVERIFY2(id, qPrintable(m_repository->lastError()));
        m_ids.insert(QString::fromLatin1(row.name), *id);
        QString error;
        QVERIFY2(HistoryFixture::appendHistory(*m_repository, *id, row.history, &error), qPrintable(error));
    }
    // The dataset is what the table above says it is (current statuses).
    QCOMPARE(m_repository->currentStatus(m_ids.value(QStringLiteral("C"))), std::optional<Status>(S::Implemented));
    QCOMPARE(m_repository->currentStatus(m_ids.value(QStringLiteral("D"))), std::optional<Status>(S::Accepted));
}

void StatisticsQueriesTest::cleanup()
{
    m_repository.reset();
    m_file.reset();
    m_ids.clear();
}

QList<qint64> StatisticsQueriesTest::ids(const QString &names) const
{
    QList<qint64> result;
    for (const QString &name : names.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        result << m_ids.value(name);
    std::sort(result.begin(), result.end());
    return result;
}

void StatisticsQueriesTest::progressByYear_data()
{
    // Rows "year: pending accepted rejected partially implemented", read off
    // the table above init().
    QTest::addColumn<RecommendationFilter>("filter");
    QTest::addColumn<QStringList>("expected");
    RecommendationFilter f;

    // Every dated record issued up to 2016 (A B C D E G H J K; not F, undated;
    // not I, issued 2017). From 2009, the year A was issued.
    f = {}; f.yearTo = 2016;
    QTest::newRow("everything up to 2016")
        << f << QStringList{QStringLiteral("2009: 0 1 0 0 0"),  // A
                            QStringLiteral("2010: 1 1 0 0 0"),  // B / A
                            QStringLiteral("2011: 2 3 0 0 0"),  // B K / A C H
                            QStringLiteral("2012: 3 1 0 1 1"),  // B D K / H / C / A
                            QStringLiteral("2013: 2 2 0 0 3"),  // B K / D H / A C E
                            QStringLiteral("2014: 2 2 1 1 2"),  // B K / D H / J / A / C E
                            QStringLiteral("2015: 2 3 0 2 1"),  // B K / D H J / A E / C
                            QStringLiteral("2016: 3 4 0 1 1")}; // B G K / D E H J / A / C

    // Year bounds filter the records too: only C D E H J K (issued 2011-2014).
    f = {}; f.yearFrom = 2011; f.yearTo = 2014;
    QTest::newRow("year bounds filter records")
        << f << QStringList{QStringLiteral("2011: 1 2 0 0 0"),  // K / C H
                            QStringLiteral("2012: 2 1 0 1 0"),  // D K / H / C
                            QStringLiteral("2013: 1 2 0 0 2"),  // K / D H / C E
                            QStringLiteral("2014: 1 2 1 0 2")}; // K / D H / J / C E

    // The first row is the year of the earliest *matching* record: C (2011), G (2016).
    f = {}; f.mechanisms = {QStringLiteral("iccpr")}; f.yearTo = 2016;
    QTest::newRow("starts at earliest matching record")
        << f << QStringList{QStringLiteral("2011: 0 1 0 0 0"), QStringLiteral("2012: 0 0 0 1 0"),
                            QStringLiteral("2013: 0 0 0 0 1"), QStringLiteral("2014: 0 0 0 0 1"),
                            QStringLiteral("2015: 0 0 0 0 1"), QStringLiteral("2016: 1 0 0 0 1")};

    // upr or iccpr (drops D, cat), theme Torture in another case (drops B,
    // whose text says torture), text "torture" (drops G, theme Torture):
    // leaves A and C.
    f = {}; f.mechanisms = {QStringLiteral("upr"), QStringLiteral("iccpr")}; f.theme = QStringLiteral("TORTURE");
    f.searchText = QStringLiteral("torture"); f.yearTo = 2016;
    QTest::newRow("mechanism, theme and search text")
        << f << QStringList{QStringLiteral("2009: 0 1 0 0 0"),  // A
                            QStringLiteral("2010: 0 1 0 0 0"),  // A
                            QStringLiteral("2011: 0 2 0 0 0"),  // A C
                            QStringLiteral("2012: 0 0 0 1 1"),  // C / A
                            QStringLiteral("2013: 0 0 0 0 2"),  // A C
                            QStringLiteral("2014: 0 0 0 1 1"),  // A / C
                            QStringLiteral("2015: 0 0 0 1 1"),
                            QStringLiteral("2016: 0 0 0 1 1")};

    // upr records issued 2010-2012: B, H, K. H is counted from 2011 although
    // it was accepted in 2010.
    f = {}; f.mechanisms = {QStringLiteral("upr")}; f.yearFrom = 2010; f.yearTo = 2012;
    QTest::newRow("mechanism and year bounds")
        << f << QStringList{QStringLiteral("2010: 1 0 0 0 0"),  // B
                            QStringLiteral("2011: 2 1 0 0 0"),  // B K / H
                            QStringLiteral("2012: 2 1 0 0 0")};

    // Records currently implemented (C, H) with their whole history.
    f = {}; f.statuses = {Status::Implemented}; f.yearTo = 2016;
    QTest::newRow("current status filter")
        << f << QStringList{QStringLiteral("2011: 0 2 0 0 0"),  // C H
                            QStringLiteral("2012: 0 1 0 1 0"),  // H / C
                            QStringLiteral("2013: 0 1 0 0 1"),  // H / C
                            QStringLiteral("2014: 0 1 0 0 1"),
                            QStringLiteral("2015: 0 1 0 0 1"),
                            QStringLiteral("2016: 0 1 0 0 1")};

    // Only I (2017) is issued in 2017-2018; H's 2017 change does not bring it in.
    f = {}; f.yearFrom = 2017; f.yearTo = 2018;
    QTest::newRow("after the last change")
        << f << QStringList{QStringLiteral("2017: 1 0 0 0 0"), QStringLiteral("2018: 1 0 0 0 0")};

    // After a click on the bar of those accepted at the end of 2013 (D H),
    // their whole progress; D is pending at the end of 2012, the year it was issued.
    f = {}; f.statusesOnDates = {{QDate(2013, 12, 31), {Status::Accepted}}}; f.yearTo = 2016;
    QTest::newRow("status on 31 December")
        << f << QStringList{QStringLiteral("2011: 0 1 0 0 0"),  // H
                            QStringLiteral("2012: 1 1 0 0 0"),  // D / H
                            QStringLiteral("2013: 0 2 0 0 0"), QStringLiteral("2014: 0 2 0 0 0"),
                            QStringLiteral("2015: 0 2 0 0 0"), QStringLiteral("2016: 0 2 0 0 0")};

    // Another day of the year: pending on 30 June 2012 are B and K (D was
    // not issued yet); neither has any history.
    f = {}; f.statusesOnDates = {{QDate(2012, 6, 30), {Status::Pending}}}; f.yearTo = 2012;
    QTest::newRow("status on another day")
        << f << QStringList{QStringLiteral("2010: 1 0 0 0 0"), QStringLiteral("2011: 2 0 0 0 0"),
                            QStringLiteral("2012: 2 0 0 0 0")};

    // Nothing issued by 2008: a single row for the last year, all zero.
    f = {}; f.yearTo = 2008;
    QTest::newRow("last year before every record") << f << QStringList{QStringLiteral("2008: 0 0 0 0 0")};

    // Nothing matches, but every year of the bounds still has a row.
    f = {}; f.theme = QStringLiteral("No such theme"); f.yearFrom = 2010; f.yearTo = 2012;
    QTest::newRow("nothing matches")
        << f << QStringList{QStringLiteral("2010: 0 0 0 0 0"), QStringLiteral("2011: 0 0 0 0 0"),
                            QStringLiteral("2012: 0 0 0 0 0")};
}

void StatisticsQueriesTest::progressByYear()
{
    QFETCH(RecommendationFilter, filter);
    QFETCH(QStringList, expected);
    StatisticsQueries queries(m_file->database());
    const std::optional<QList<YearStatusCounts>> progress = queries.progressByYear(filter);
    QVERIFY2(progress, qPrintable(queries.lastError()));
    QCOMPARE(progressText(*progress), expected);
}

void StatisticsQueriesTest::progressRunsToTheCurrentYearWithoutYearTo()
{
    StatisticsQueries queries(m_file->database());
    const std::optional<QList<YearStatusCounts>> progress = queries.progressByYear({});
    QVERIFY2(progress, qPrintable(queries.lastError()));
    const int currentYear = QDate::currentDate().year();
    QVERIFY(currentYear >= 2017);
    QStringList expected{QStringLiteral("2009: 0 1 0 0 0"), QStringLiteral("2010: 1 1 0 0 0"),
                         QStringLiteral("2011: 2 3 0 0 0"), QStringLiteral("2012: 3 1 0 1 1"),
                         QStringLiteral("2013: 2 2 0 0 3"), QStringLiteral("2014: 2 2 1 1 2"),
                         QStringLiteral("2015: 2 3 0 2 1"), QStringLiteral("2016: 3 4 0 1 1")};
    // From 2017 on nothing changes any more: B G I K pending, D E J accepted,
    // A partially implemented, C H implemented.
    for (int year = 2017; year <= currentYear; ++year)
        expected << QStringLiteral("%1: 4 3 0 1 2").arg(year);
    QCOMPARE(progressText(*progress), expected);
    QCOMPARE(progress->first().year, 2009);
    QCOMPARE(progress->last().year, currentYear);
    QCOMPARE(progress->last().counts.total(), 10); // every record but the undated F

    // yearFrom alone runs to the current year as well.
    RecommendationFilter from2015;
    from2015.yearFrom = 2015;
    const std::optional<QList<YearStatusCounts>> later = queries.progressByYear(from2015);
    QVERIFY2(later, qPrintable(queries.lastError()));
    QCOMPARE(later->size(), currentYear - 2015 + 1);
    QCOMPARE(later->first().year, 2015);
    QCOMPARE(later->last().year, currentYear);
    // Issued 2015 or later: G (pending) and I (2017, pending).
    QCOMPARE(countsText(later->first().counts), QStringLiteral("0 0 0 0 0"));
    QCOMPARE(countsText(later->last().counts), QStringLiteral("2 0 0 0 0"));
}

void StatisticsQueriesTest::receivedByMechanism_data()
{
    QTest::addColumn<RecommendationFilter>("filter");
    QTest::addColumn<QStringList>("expected");
    RecommendationFilter f;
    // By document year: A 2009 upr; B 2010 upr; C 2011 iccpr, H and K 2011 upr;
    // D 2012 cat; E 2013 upr; J 2014 upr; none in 2015; G 2016 iccpr.
    // F (undated) and I (2017) are left out.
    f = {}; f.yearTo = 2016;
    QTest::newRow("everything up to 2016")
        << f << QStringList{QStringLiteral("2009: upr=1"), QStringLiteral("2010: upr=1"),
                            QStringLiteral("2011: iccpr=1 upr=2"), QStringLiteral("2012: cat=1"),
                            QStringLiteral("2013: upr=1"), QStringLiteral("2014: upr=1"), QStringLiteral("2015:"),
                            QStringLiteral("2016: iccpr=1")};
    // Theme Torture within 2011-2014: C (2011) and D (2012); A (2009) and G
    // (2016) are outside the bounds.
    f = {}; f.theme = QStringLiteral("torture"); f.yearFrom = 2011; f.yearTo = 2014;
    QTest::newRow("theme and year bounds")
        << f << QStringList{QStringLiteral("2011: iccpr=1"), QStringLiteral("2012: cat=1"), QStringLiteral("2013:"),
                            QStringLiteral("2014:")};
    // Two mechanisms and a search: "ratify" is in A (2009) and H (2011), both upr.
    f = {}; f.mechanisms = {QStringLiteral("upr"), QStringLiteral("cat")}; f.searchText = QStringLiteral("ratify");
    f.yearTo = 2012;
    QTest::newRow("mechanisms and search text")
        << f << QStringList{QStringLiteral("2009: upr=1"), QStringLiteral("2010:"), QStringLiteral("2011: upr=1"),
                            QStringLiteral("2012:")};
}

void StatisticsQueriesTest::receivedByMechanism()
{
    QFETCH(RecommendationFilter, filter);
    QFETCH(QStringList, expected);
    StatisticsQueries queries(m_file->database());
    const std::optional<QList<YearMechanismCounts>> received = queries.receivedByMechanism(filter);
    QVERIFY2(received, qPrintable(queries.lastError()));
    QCOMPARE(receivedText(*received), expected);

    // Without yearTo: to the current year, with I (cedaw) in 2017.
    filter.yearTo = 0;
    const std::optional<QList<YearMechanismCounts>> open = queries.receivedByMechanism(filter);
    QVERIFY2(open, qPrintable(queries.lastError()));
    QCOMPARE(open->last().year, QDate::currentDate().year());
    QCOMPARE(receivedText(open->mid(0, expected.size())), expected);
}

void StatisticsQueriesTest::implementationRate()
{
    StatisticsQueries queries(m_file->database());
    RecommendationFilter upTo2016;
    upTo2016.yearTo = 2016;
    const std::optional<QList<YearStatusCounts>> progress = queries.progressByYear(upTo2016);
    QVERIFY2(progress, qPrintable(queries.lastError()));
    const QList<YearImplementationRate> rates = ImplementationRate::fromProgress(*progress);
    // From the progress rows (A + PI + I = accepted; I / accepted; PI / accepted):
    //   2009: 1+0+0 = 1, 0, 0          2013: 2+0+3 = 5, 3/5, 0
    //   2010: 1+0+0 = 1, 0, 0          2014: 2+1+2 = 5, 2/5, 1/5 (J, rejected, not counted)
    //   2011: 3+0+0 = 3, 0, 0          2015: 3+2+1 = 6, 1/6, 2/6
    //   2012: 1+1+1 = 3, 1/3, 1/3      2016: 4+1+1 = 6, 1/6, 1/6
    const struct {
        int year;
        int accepted;
        double implemented;
        double partially;
    } expected[] = {
        {2009, 1, 0, 0},           {2010, 1, 0, 0},           {2011, 3, 0, 0},
        {2012, 3, 1.0 / 3, 1.0 / 3}, {2013, 5, 3.0 / 5, 0},     {2014, 5, 2.0 / 5, 1.0 / 5},
        {2015, 6, 1.0 / 6, 2.0 / 6}, {2016, 6, 1.0 / 6, 1.0 / 6},
    };
    QCOMPARE(rates.size(), int(std::size(expected)));
    for (int i = 0; i < rates.size(); ++i) {
        const YearImplementationRate &rate = rates.at(i);
        QCOMPARE(rate.year, expected[i].year);
        QCOMPARE(rate.accepted, expected[i].accepted);
        QVERIFY2(qAbs(rate.implemented - expected[i].implemented) < 1e-9, qPrintable(QString::number(rate.year)));
        QVERIFY2(qAbs(rate.partiallyImplemented - expected[i].partially) < 1e-9,
                 qPrintable(QString::number(rate.year)));
    }

    // No accepted recommendation: rates are zero, not a division by zero.
    // cat in 2012-2013: D pending in 2012, accepted in 2013.
    RecommendationFilter cat;
    cat.mechanisms = {QStringLiteral("cat")};
    cat.yearFrom = 2012;
    cat.yearTo = 2013;
    const std::optional<QList<YearStatusCounts>> catProgress = queries.progressByYear(cat);
    QVERIFY2(catProgress, qPrintable(queries.lastError()));
    const QList<YearImplementationRate> catRates = ImplementationRate::fromProgress(*catProgress);
    QCOMPARE(catRates.size(), 2);
    QCOMPARE(catRates.at(0).accepted, 0);
    QCOMPARE(catRates.at(0).implemented, 0.0);
    QCOMPARE(catRates.at(0).partiallyImplemented, 0.0);
    QCOMPARE(catRates.at(1).accepted, 1);
    QCOMPARE(catRates.at(1).implemented, 0.0);
}

void StatisticsQueriesTest::currentStatusBy_data()
{
    // Current statuses: A PI, B P, C I, D A, E A, F A, G P, H I, I P, J A, K P.
    // Rows "group: pending accepted rejected partially implemented".
    QTest::addColumn<RecommendationList>("list");
    QTest::addColumn<RecommendationFilter>("filter");
    QTest::addColumn<QStringList>("expected");
    RecommendationFilter f;
    QTest::newRow("themes")
        << RecommendationList::Themes << f
        << QStringList{QStringLiteral("Torture: 1 1 0 1 1"),               // G / D / A / C
                       QStringLiteral("Justice: 1 1 0 1 0"),               // G / F (undated counts) / A
                       QStringLiteral("Freedom of expression: 0 2 0 0 0"), // E J
                       QStringLiteral("Death penalty: 1 0 0 0 0"),         // B
                       QStringLiteral("Disability: 0 0 0 0 1"),            // H
                       QStringLiteral("Institutions: 1 0 0 0 0"),          // K
                       QStringLiteral("Women: 1 0 0 0 0")};                // I
    QTest::newRow("recommending states")
        << RecommendationList::RecommendingStates << f
        << QStringList{QStringLiteral("France: 2 1 0 1 0"),  // B K / E / A
                       QStringLiteral("Brazil: 1 1 0 0 1"),  // B / J / H
                       QStringLiteral("Norway: 1 1 0 0 0")}; // K / J
    QTest::newRow("institutions")
        << RecommendationList::Institutions << f
        << QStringList{QStringLiteral("Parliament: 1 2 0 1 0"),          // B / E J / A
                       QStringLiteral("Ministry of Justice: 1 0 0 0 1"), // K / C
                       QStringLiteral("Ministry of Labour: 0 0 0 0 1"),  // H
                       QStringLiteral("Ombudsman: 0 1 0 0 0"),           // D
                       QStringLiteral("Prosecutor General's Office: 0 0 0 0 1"), // C
                       QStringLiteral("Supreme Court: 1 0 0 0 0")};      // G
    // Records with theme Justice (A F G) count in each of their themes.
    f = {}; f.theme = QStringLiteral("justice");
    QTest::newRow("theme filter, several themes")
        << RecommendationList::Themes << f
        << QStringList{QStringLiteral("Justice: 1 1 0 1 0"),  // G / F / A
                       QStringLiteral("Torture: 1 0 0 1 0")}; // G / A
    // Currently accepted, upr or cat: D (cat, Torture), E and J (upr, Freedom
    // of expression); F is "other".
    f = {}; f.statuses = {Status::Accepted}; f.mechanisms = {QStringLiteral("upr"), QStringLiteral("cat")};
    QTest::newRow("status and mechanism filter")
        << RecommendationList::Themes << f
        << QStringList{QStringLiteral("Freedom of expression: 0 2 0 0 0"), QStringLiteral("Torture: 0 1 0 0 0")};
    // "ratify": A (France, partially implemented) and H (Brazil, implemented);
    // yearTo 2010 leaves only A.
    f = {}; f.searchText = QStringLiteral("RATIFY"); f.yearTo = 2010;
    QTest::newRow("search text and year")
        << RecommendationList::RecommendingStates << f << QStringList{QStringLiteral("France: 0 0 0 1 0")};
    f = {}; f.theme = QStringLiteral("No such theme");
    QTest::newRow("nothing matches") << RecommendationList::Institutions << f << QStringList();
}

void StatisticsQueriesTest::currentStatusBy()
{
    QFETCH(RecommendationList, list);
    QFETCH(RecommendationFilter, filter);
    QFETCH(QStringList, expected);
    StatisticsQueries queries(m_file->database());
    const std::optional<QList<GroupStatusCounts>> groups = queries.currentStatusBy(list, filter);
    QVERIFY2(groups, qPrintable(queries.lastError()));
    QStringList actual;
    for (const GroupStatusCounts &group : *groups)
        actual << QStringLiteral("%1: %2").arg(group.group, countsText(group.counts));
    // Largest first; the order among groups of the same size is not part of
    // the contract, so compare the groups as a set and the sizes in order.
    for (int i = 1; i < groups->size(); ++i)
        QVERIFY2(groups->at(i - 1).counts.total() >= groups->at(i).counts.total(), qPrintable(actual.join(u'|')));
    QStringList sortedActual = actual;
    QStringList sortedExpected = expected;
    sortedActual.sort();
    sortedExpected.sort();
    QCOMPARE(sortedActual, sortedExpected);
}

void StatisticsQueriesTest::statusDateSelectsAsOfThatDay_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QList<Status>>("statuses"); // the statuses on that date
    QTest::addColumn<QStringList>("mechanisms");
    QTest::addColumn<QString>("expected");
    using S = Status;
    const QStringList all;
    // Changes on 31 December count for that day.
    QTest::newRow("2009-12-31 accepted") << QDate(2009, 12, 31) << QList<S>{S::Accepted} << all << QStringLiteral("A");
    QTest::newRow("2009-12-30 accepted") << QDate(2009, 12, 30) << QList<S>{S::Accepted} << all << QString();
    QTest::newRow("2009-12-30 pending") << QDate(2009, 12, 30) << QList<S>{S::Pending} << all << QStringLiteral("A");
    // No status asked: every record issued by then (F has no date).
    QTest::newRow("2010-12-31 any status") << QDate(2010, 12, 31) << QList<S>{} << all << QStringLiteral("A B");
    // C by its back-dated 31 December entry, H accepted before it was issued.
    QTest::newRow("2011-12-31 accepted") << QDate(2011, 12, 31) << QList<S>{S::Accepted} << all
                                         << QStringLiteral("A C H");
    // 1 January: C's rejection effective that day.
    QTest::newRow("2012-01-01 rejected") << QDate(2012, 1, 1) << QList<S>{S::Rejected} << all << QStringLiteral("C");
    // D is issued on 31 December 2012, so not yet on 30 June.
    QTest::newRow("2012-06-30 pending") << QDate(2012, 6, 30) << QList<S>{S::Pending} << all << QStringLiteral("B K");
    QTest::newRow("2012-12-31 pending") << QDate(2012, 12, 31) << QList<S>{S::Pending} << all
                                        << QStringLiteral("B D K");
    // C's back-dated partial implementation of 2012-06-01 rules 2012.
    QTest::newRow("2012-12-31 partially") << QDate(2012, 12, 31) << QList<S>{S::PartiallyImplemented} << all
                                          << QStringLiteral("C");
    // D's same-day tie: accepted was recorded later.
    QTest::newRow("2013-12-31 accepted") << QDate(2013, 12, 31) << QList<S>{S::Accepted} << all
                                         << QStringLiteral("D H");
    QTest::newRow("2013-12-31 rejected") << QDate(2013, 12, 31) << QList<S>{S::Rejected} << all << QString();
    QTest::newRow("2015-12-31 two statuses") << QDate(2015, 12, 31)
                                             << QList<S>{S::PartiallyImplemented, S::Implemented} << all
                                             << QStringLiteral("A C E");
    QTest::newRow("2016-12-31 accepted, upr") << QDate(2016, 12, 31) << QList<S>{S::Accepted}
                                              << QStringList{QStringLiteral("upr")} << QStringLiteral("E H J");
}

void StatisticsQueriesTest::statusDateAndCurrentStatus()
{
    // statuses still means the current status: accepted at the end of 2013
    // (D H) and implemented now (C H) leaves H.
    RecommendationFilter filter;
    filter.statusesOnDates = {{QDate(2013, 12, 31), {Status::Accepted}}};
    filter.statuses = {Status::Implemented};
    QCOMPARE(m_repository->matchingIds(filter), ids(QStringLiteral("H")));
    QCOMPARE(m_repository->count(filter), std::optional<int>(1));
}

void StatisticsQueriesTest::statusDateSelectsAsOfThatDay()
{
    QFETCH(QDate, day);
    QFETCH(QList<Status>, statuses);
    QFETCH(QStringList, mechanisms);
    QFETCH(QString, expected);
    RecommendationFilter filter;
    filter.statusesOnDates = {{day, statuses}};
    filter.mechanisms = mechanisms;
    QCOMPARE(m_repository->matchingIds(filter), ids(expected));
    const QList<qint64> expectedIds = ids(expected);
    QCOMPARE(m_repository->count(filter), std::optional<int>(int(expectedIds.size())));
}

void StatisticsQueriesTest::barSegmentsAgreeWithSelection_data()
{
    // Each filter with the sum of the yearly totals of its progress rows (see
    // progressByYear_data), so that the comparison cannot pass on empty bars.
    QTest::addColumn<RecommendationFilter>("filter");
    QTest::addColumn<int>("grandTotal");
    RecommendationFilter f;
    f = {}; f.yearTo = 2016;
    QTest::newRow("everything up to 2016") << f << 1 + 2 + 5 + 6 + 7 + 8 + 8 + 9;
    f = {}; f.yearFrom = 2011; f.yearTo = 2014;
    QTest::newRow("year bounds") << f << 3 + 4 + 5 + 6;
    f = {}; f.mechanisms = {QStringLiteral("upr"), QStringLiteral("iccpr")}; f.theme = QStringLiteral("TORTURE");
    f.searchText = QStringLiteral("torture"); f.yearTo = 2016;
    QTest::newRow("mechanism, theme and search text") << f << 1 + 1 + 2 + 2 + 2 + 2 + 2 + 2;
    f = {}; f.mechanisms = {QStringLiteral("iccpr")}; f.yearTo = 2016;
    QTest::newRow("iccpr") << f << 1 + 1 + 1 + 1 + 1 + 2;
    // To the current year: 2009-2016 as above, then 10 records a year.
    f = {};
    QTest::newRow("to the current year") << f << 46 + 10 * (QDate::currentDate().year() - 2016);
}

void StatisticsQueriesTest::barSegmentsAgreeWithSelection()
{
    // A click on the segment (year Y, status S) selects the records matching
    // the chart's filter with a status on Y-12-31 of {S}: exactly
    // as many as the segment shows.
    QFETCH(RecommendationFilter, filter);
    QFETCH(int, grandTotal);
    StatisticsQueries queries(m_file->database());
    const std::optional<QList<YearStatusCounts>> progress = queries.progressByYear(filter);
    QVERIFY2(progress, qPrintable(queries.lastError()));
    int sum = 0;
    for (const YearStatusCounts &year : *progress) {
        RecommendationFilter bar = filter;
        bar.statusesOnDates << StatusOnDate{QDate(year.year, 12, 31), {}};
        QCOMPARE(m_repository->count(bar), std::optional<int>(year.counts.total()));
        for (Status status : StatusInfo::all()) {
            RecommendationFilter segment = bar;
            segment.statusesOnDates.last().statuses = {status};
            const QList<qint64> selected = m_repository->matchingIds(segment);
            QVERIFY2(selected.size() == year.counts[status],
                     qPrintable(QStringLiteral("%1 %2: chart %3, selection %4")
                                    .arg(year.year)
                                    .arg(StatusInfo::key(status))
                                    .arg(year.counts[status])
                                    .arg(selected.size())));
            QCOMPARE(m_repository->count(segment), std::optional<int>(year.counts[status]));
        }
        sum += year.counts.total();
    }
    QCOMPARE(sum, grandTotal);
}

void StatisticsQueriesTest::emptyDatabase()
{
    TemporaryDatabase file;
    QVERIFY2(file.isValid(), qPrintable(file.error()));
    StatisticsQueries queries(file.database());
    const int currentYear = QDate::currentDate().year();
    const QString zero = QStringLiteral("0 0 0 0 0");

    // No bounds: just the current year, all zero.
    std::optional<QList<YearStatusCounts>> progress = queries.progressByYear({});
    QVERIFY2(progress, qPrintable(queries.lastError()));
    QCOMPARE(progressText(*progress), QStringList{QStringLiteral("%1: %2").arg(currentYear).arg(zero)});
    std::optional<QList<YearMechanismCounts>> received = queries.receivedByMechanism({});
    QVERIFY2(received, qPrintable(queries.lastError()));
    QCOMPARE(receivedText(*received), QStringList{QStringLiteral("%1:").arg(currentYear)});

    // Both bounds: every year 2009-2016 has a row, all zero.
    RecommendationFilter bounded;
    bounded.yearFrom = 2009;
    bounded.yearTo = 2016;
    progress = queries.progressByYear(bounded);
    QVERIFY2(progress, qPrintable(queries.lastError()));
    QStringList zeros;
    for (int year = 2009; year <= 2016; ++year)
        zeros << QStringLiteral("%1: %2").arg(year).arg(zero);
    QCOMPARE(progressText(*progress), zeros);
    received = queries.receivedByMechanism(bounded);
    QVERIFY2(received, qPrintable(queries.lastError()));
    QCOMPARE(received->size(), 8);
    QCOMPARE(received->first().year, 2009);
    QCOMPARE(received->last().year, 2016);
    QVERIFY(received->last().byMechanism.isEmpty());

    // yearTo alone: that year only.
    RecommendationFilter to2012;
    to2012.yearTo = 2012;
    progress = queries.progressByYear(to2012);
    QVERIFY2(progress, qPrintable(queries.lastError()));
    QCOMPARE(progressText(*progress), QStringList{QStringLiteral("2012: ") + zero});

    // yearFrom alone: to the current year.
    RecommendationFilter from2020;
    from2020.yearFrom = 2020;
    progress = queries.progressByYear(from2020);
    QVERIFY2(progress, qPrintable(queries.lastError()));
    QCOMPARE(progress->size(), currentYear - 2020 + 1);
    QCOMPARE(progress->first().year, 2020);
    QCOMPARE(progress->last().year, currentYear);

    const std::optional<QList<GroupStatusCounts>> groups = queries.currentStatusBy(RecommendationList::Themes, {});
    QVERIFY2(groups, qPrintable(queries.lastError()));
    QVERIFY(groups->isEmpty());

    // An undated record cannot be placed in a year: still only the current year, all zero.
    RecommendationRepository repository(file.database());
    Recommendation undated = RecommendationFactory::iccpr(1);
    undated.documentDate = QDate();
    const std::optional<qint64> id = repository.insert(undated);
    QVERIFY2(id, qPrintable(repository.lastError()));
    QVERIFY(repository.appendStatusChange(RecommendationFactory::change(*id, Status::Accepted, QDate(2012, 5, 5))));
    progress = queries.progressByYear({});
    QVERIFY2(progress, qPrintable(queries.lastError()));
    QCOMPARE(progressText(*progress), QStringList{QStringLiteral("%1: %2").arg(currentYear).arg(zero)});
    RecommendationFilter accepted2012;
    accepted2012.statusesOnDates = {{QDate(2012, 12, 31), {Status::Accepted}}};
    QCOMPARE(repository.count(accepted2012), std::optional<int>(0));
    // ...but it has a current status and a theme.
    const std::optional<QList<GroupStatusCounts>> themes = queries.currentStatusBy(RecommendationList::Themes, {});
    QVERIFY2(themes, qPrintable(queries.lastError()));
    QCOMPARE(themes->size(), 1);
    QCOMPARE(countsText(themes->first().counts), QStringLiteral("0 1 0 0 0"));
}

void StatisticsQueriesTest::firstYearAfterLastYearIsAnError()
{
    StatisticsQueries queries(m_file->database());
    RecommendationFilter reversed;
    reversed.yearFrom = 2015;
    reversed.yearTo = 2012;
    QVERIFY(!queries.progressByYear(reversed));
    QVERIFY2(queries.lastError().contains(QLatin1String("2015")) && queries.lastError().contains(QLatin1String("2012")),
             qPrintable(queries.lastError()));

    StatisticsQueries other(m_file->database());
    QVERIFY(!other.receivedByMechanism(reversed));
    QVERIFY2(other.lastError().contains(QLatin1String("2015")) && other.lastError().contains(QLatin1String("2012")),
             qPrintable(other.lastError()));

    // The same year at both ends is one row: 2012 as in progressByYear_data.
    RecommendationFilter single;
    single.yearFrom = 2012;
    single.yearTo = 2012;
    const std::optional<QList<YearStatusCounts>> progress = queries.progressByYear(single);
    QVERIFY2(progress, qPrintable(queries.lastError()));
    QCOMPARE(progressText(*progress), QStringList{QStringLiteral("2012: 1 0 0 0 0")}); // D, issued 2012
}

QTEST_GUILESS_MAIN(StatisticsQueriesTest)
// The charts' single pass (themes from the ids kept in the statistics rows)
// gives exactly what the three queries give one by one.
void StatisticsQueriesTest::chartsInOnePass_data()
{
    QTest::addColumn<RecommendationFilter>("filter");
    RecommendationFilter f;
    QTest::newRow("no filter") << f;
    f = {}; f.theme = QStringLiteral("justice");
    QTest::newRow("theme") << f;
    f = {}; f.statuses = {Status::Accepted}; f.mechanisms = {QStringLiteral("upr"), QStringLiteral("cat")};
    QTest::newRow("status and mechanism") << f;
    f = {}; f.searchText = QStringLiteral("tortur"); f.yearFrom = 2010;
    QTest::newRow("search and year") << f;
    f = {}; f.statusesOnDates = {{QDate(2013, 12, 31), {Status::Accepted, Status::Implemented}}};
    QTest::newRow("status at a year's end") << f;
    f = {}; f.yearFrom = 2009; f.yearTo = 2016; f.recommendedBy = QStringLiteral("France");
    QTest::newRow("years and recommending state") << f;
    f = {}; f.theme = QStringLiteral("No such theme"); f.yearFrom = 2011;
    QTest::newRow("nothing matches") << f;
}

void StatisticsQueriesTest::chartsInOnePass()
{
    QFETCH(RecommendationFilter, filter);
    StatisticsQueries queries(m_file->database());
    const std::optional<ChartStatistics> charts = queries.forCharts(filter);
    QVERIFY2(charts, qPrintable(queries.lastError()));
    const auto progress = queries.progressByYear(filter);
    const auto received = queries.receivedByMechanism(filter);
    const auto themes = queries.currentStatusBy(RecommendationList::Themes, filter);
    QVERIFY2(progress && received && themes, qPrintable(queries.lastError()));
    QCOMPARE(progressText(charts->progress), progressText(*progress));
    QCOMPARE(receivedText(charts->received), receivedText(*received));
    QCOMPARE(charts->themes.size(), themes->size());
    for (int i = 0; i < themes->size(); ++i) {
        QCOMPARE(charts->themes.at(i).group, themes->at(i).group);
        QCOMPARE(countsText(charts->themes.at(i).counts), countsText(themes->at(i).counts));
    }
}

// The theme ids of the statistics rows follow every change of a record's
// themes: added, reordered, removed, and the record deleted.
void StatisticsQueriesTest::chartsFollowThemeEdits()
{
    StatisticsQueries queries(m_file->database());
    const auto themesOfCharts = [&queries]() {
        QStringList rows;
        const std::optional<ChartStatistics> charts = queries.forCharts({});
        if (!charts)
            return QStringList{queries.lastError()};
        for (const GroupStatusCounts &group : charts->themes)
            rows << QStringLiteral("%1: %2").arg(group.group, countsText(group.counts));
        rows.sort();
        return rows;
    };
    // A (partially implemented) had Torture and Justice; now Justice first,
    // then two new themes, Torture gone.
    std::optional<Recommendation> a = m_repository->find(m_ids.value(QStringLiteral("A")));
    QVERIFY(a);
    a->themes = {QStringLiteral("Justice"), QStringLiteral("Prisons"), QStringLiteral("Women")};
    QVERIFY2(m_repository->update(*a), qPrintable(m_repository->lastError()));
    // K (pending) loses its only theme; G (pending, Torture and Justice) is deleted.
    std::optional<Recommendation> k = m_repository->find(m_ids.value(QStringLiteral("K")));
    QVERIFY(k);
    k->themes.clear();
    QVERIFY2(m_repository->update(*k), qPrintable(m_repository->lastError()));
    QVERIFY2(m_repository->remove(m_ids.value(QStringLiteral("G"))), qPrintable(m_repository->lastError()));

    const QStringList expected{QStringLiteral("Death penalty: 1 0 0 0 0"),         // B
                               QStringLiteral("Disability: 0 0 0 0 1"),            // H
                               QStringLiteral("Freedom of expression: 0 2 0 0 0"), // E J
                               QStringLiteral("Justice: 0 1 0 1 0"),               // F / A
                               QStringLiteral("Prisons: 0 0 0 1 0"),               // A
                               QStringLiteral("Torture: 0 1 0 0 1"),               // D / C
                               QStringLiteral("Women: 1 0 0 1 0")};                // I / A
    QCOMPARE(themesOfCharts(), expected);
    const std::optional<QList<GroupStatusCounts>> joined = queries.currentStatusBy(RecommendationList::Themes, {});
    QVERIFY2(joined, qPrintable(queries.lastError()));
    QCOMPARE(joined->size(), expected.size());
}

#include "tst_statisticsqueries.moc"
