// rectracker stats, run as the real binary over a small database built here
// with every count worked out by hand: the status as it stood on 31 December
// of each year (back-dated entries, a status that goes back, 31 December
// against 1 January, a same-day tie, no history, a change dated before the
// record was issued, an undated record), each filter and their combinations,
// every grouping, the JSON, CSV and text forms, and bad arguments refused
// with a one-line message, nothing on stdout and no file touched.
#include "clirunner.h"
#include "filehash.h"
#include "mechanism.h"
#include "historyfixture.h"
#include "recommendationrepository.h"
#include "temporarydatabase.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class CliStatsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void progressJsonRunsToTheCurrentYear();
    void progressInEveryForm_data();
    void progressInEveryForm();
    void byMechanism();
    void byRate();
    void byGroup_data();
    void byGroup();
    void textFormIsTabSeparated();
    void emptyDatabase();
    void badArguments_data();
    void badArguments();

private:
    CliResult stats(const QStringList &arguments) const;

    std::unique_ptr<TemporaryDatabase> m_file;
    QMap<QString, QByteArray> m_folderBefore;
};

namespace {

const QString torture = QStringLiteral("Torture");
const QString justice = QStringLiteral("Justice");
const QString womenPeace = QStringLiteral("Women, peace and security");
const QString stateless = QStringLiteral("Rights of \"stateless\" persons");

QMap<QString, QByteArray> snapshot(const QString &folder)
{
    QMap<QString, QByteArray> files;
    for (const QString &name : QDir(folder).entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot))
        files.insert(name, FileHash::of(QDir(folder).filePath(name)));
    return files;
}

// "2012: 2 2 1 0 0" (pending accepted rejected partially_implemented implemented)
// as its numbers, the year first and the total last.
QList<int> numbersOf(const QString &row)
{
    const QStringList parts = QString(row).remove(QLatin1Char(':')).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<int> numbers;
    int total = 0;
    for (int i = 0; i < parts.size(); ++i) {
        numbers << parts.at(i).toInt();
        if (i > 0)
            total += parts.at(i).toInt();
    }
    numbers << total;
    return numbers;
}

QString joined(const QList<int> &numbers, QChar separator)
{
    QStringList cells;
    for (int number : numbers)
        cells << QString::number(number);
    return cells.join(separator);
}

const QStringList progressColumns{QStringLiteral("year"), QStringLiteral("pending"), QStringLiteral("accepted"),
                                  QStringLiteral("rejected"), QStringLiteral("partially_implemented"),
                                  QStringLiteral("implemented"), QStringLiteral("total")};
const QStringList statusColumns = progressColumns.mid(1);

// The lines of a CSV output, each of which must end in CRLF.
QStringList csvLines(const QByteArray &out, bool *allCrLf)
{
    const QString text = QString::fromUtf8(out);
    *allCrLf = text.endsWith(QLatin1String("\r\n")) && !text.contains(QRegularExpression(QStringLiteral("[^\\r]\\n")));
    QStringList lines = text.split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QStringList textLines(const QByteArray &out)
{
    QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

// One JSON row as "year: p a r pi i" after checking that it has exactly the
// columns and that its total is the sum.
QString progressRowText(const QJsonObject &row, QString *problem)
{
    QStringList keys = row.keys();
    QStringList expectedKeys = progressColumns;
    keys.sort();
    expectedKeys.sort();
    if (keys != expectedKeys)
        *problem = QStringLiteral("keys %1").arg(keys.join(u','));
    QStringList numbers;
    int sum = 0;
    for (const QString &status : statusColumns.mid(0, 5)) {
        if (!row.value(status).isDouble())
            *problem = QStringLiteral("%1 is not a number").arg(status);
        numbers << QString::number(row.value(status).toInt());
        sum += row.value(status).toInt();
    }
    if (row.value(QStringLiteral("total")).toInt() != sum)
        *problem = QStringLiteral("total %1, sum %2").arg(row.value(QStringLiteral("total")).toInt()).arg(sum);
    return QStringLiteral("%1: %2").arg(row.value(QStringLiteral("year")).toInt()).arg(numbers.join(u' '));
}



} // namespace

// The dataset and its status on 31 December of each year, worked out by hand
// (P pending, A accepted, R rejected, PI partially implemented, I implemented,
// "-" not yet issued):
//
//      issued      mech   state       2010 2011 2012 2013 2014 2015 2016.. | now
//  A   2010-03-16  upr    Kazakhstan  A    A    A    I    PI   PI   PI     | PI
//  B   2010-05-05  upr    Kazakhstan  P    P    P    P    P    P    P      | P
//  C   2011-07-19  iccpr  Kazakhstan  -    A    R    PI   I    I    I      | I
//  D   2012-12-31  iccpr  Kazakhstan  -    -    P    A    A    A    A      | A
//  E   2013-02-02  cat    Uzbekistan  -    -    -    A    R    A    A      | A
//  F   2015-04-04  iccpr  Kazakhstan  -    -    -    -    -    P    P      | P
//  G   2011-02-02  upr    Kazakhstan  -    A    A    A    A    A    PI     | PI
//  H   (no date)   other  Kazakhstan  in no yearly row                     | A
//
// A: accepted 2010-12-31 (31 December counts for 2010), implemented
//    2013-01-01 (1 January counts for 2013), partially implemented
//    2014-06-01 (the status goes back).
// B, F: no history at all.
// C: rejected 2012-01-01, then recorded later but back-dated accepted
//    2011-12-31, implemented 2014-12-31, and recorded last but back-dated
//    partially implemented 2013-06-01 (rules 2013).
// D: issued on 31 December 2012, accepted 1 January 2013.
// E: accepted 2013-05-05, rejected 2014-03-03, accepted 2015-01-01.
// G: accepted 2009-05-05, before it was issued (counts from 2011); on
//    2016-12-31 partially implemented (appended first, recorded later) and
//    implemented (appended second, recorded earlier): the later-recorded wins.
// H: no document date; accepted 2012-05-05.
void CliStatsTest::initTestCase()
{
    m_file = std::make_unique<TemporaryDatabase>();
    QVERIFY2(m_file->isValid(), qPrintable(m_file->error()));
    RecommendationRepository repository(m_file->database());
    const QString kz = QStringLiteral("Kazakhstan");
    const QString france = QStringLiteral("France");
    const QString brazil = QStringLiteral("Brazil");
    const QString parliament = QStringLiteral("Parliament");
    const QString moj = QStringLiteral("Ministry of Justice");
    const QString general = QStringLiteral("general");
    const QString women = QStringLiteral("women");
    const QStringList none;
    using S = Status;
    const struct {
        Recommendation recommendation;
        QList<HistoryFixture::Entry> history; // in the order they are appended
    } rows[] = {
        // A
        {HistoryFixture::record(QStringLiteral("upr"), kz, QStringLiteral("97.1"), QDate(2010, 3, 16),
              QStringLiteral("Ratify the optional protocol to the convention against torture"), {torture, womenPeace},
              {france}, {parliament}, {general}),
         {{S::Accepted, QDate(2010, 12, 31), 0}, {S::Implemented, QDate(2013, 1, 1), 1},
          {S::PartiallyImplemented, QDate(2014, 6, 1), 2}}},
        // B
        {HistoryFixture::record(QStringLiteral("upr"), kz, QStringLiteral("97.2"), QDate(2010, 5, 5),
              QStringLiteral("Abolish the death penalty"), {justice}, {france, brazil}, {parliament}, {general}),
         {}},
        // C
        {HistoryFixture::record(QStringLiteral("iccpr"), kz, QStringLiteral("9"), QDate(2011, 7, 19),
              QStringLiteral("Investigate all allegations of torture"), {torture}, none, {moj},
              {QStringLiteral("detainees"), women}),
         {{S::Rejected, QDate(2012, 1, 1), 3}, {S::Accepted, QDate(2011, 12, 31), 4},
          {S::Implemented, QDate(2014, 12, 31), 5}, {S::PartiallyImplemented, QDate(2013, 6, 1), 20}}},
        // D
        {HistoryFixture::record(QStringLiteral("iccpr"), kz, QStringLiteral("10"), QDate(2012, 12, 31),
              QStringLiteral("Ratify the second optional protocol"), {torture, justice}, {france}, {moj, parliament},
              none),
         {{S::Accepted, QDate(2013, 1, 1), 6}}},
        // E
        {HistoryFixture::record(QStringLiteral("cat"), QStringLiteral("Uzbekistan"), QStringLiteral("12"), QDate(2013, 2, 2),
              QStringLiteral("Strengthen the national preventive mechanism"), {torture}, none,
              {QStringLiteral("Ombudsman")}, none),
         {{S::Accepted, QDate(2013, 5, 5), 7}, {S::Rejected, QDate(2014, 3, 3), 8}, {S::Accepted, QDate(2015, 1, 1), 9}}},
        // F
        {HistoryFixture::record(QStringLiteral("iccpr"), kz, QStringLiteral("11"), QDate(2015, 4, 4),
              QStringLiteral("Guarantee freedom of assembly"), {justice, stateless}, none, none, none),
         {}},
        // G
        {HistoryFixture::record(QStringLiteral("upr"), kz, QStringLiteral("97.3"), QDate(2011, 2, 2),
              QStringLiteral("Adopt a national action plan on women"), {womenPeace},
              {QStringLiteral("Norway"), brazil}, {parliament}, {general, women}),
         {{S::Accepted, QDate(2009, 5, 5), 10}, {S::PartiallyImplemented, QDate(2016, 12, 31), 30},
          {S::Implemented, QDate(2016, 12, 31), 25}}},
        // H
        {HistoryFixture::record(QStringLiteral("other"), kz, QString(), QDate(), QStringLiteral("Café owners' rights"), {justice, torture},
              none, none, none),
         {{S::Accepted, QDate(2012, 5, 5), 11}}},
    };
    QList<qint64> ids;
    for (const auto &row : rows) {
        const std::optional<qint64> id = repository.insert(row.recommendation);
        QVERIFY2(id, qPrintable(repository.lastError()));
        ids << *id;
        QString error;
        QVERIFY2(HistoryFixture::appendHistory(repository, *id, row.history, &error), qPrintable(error));
    }
    // The current statuses are those of the table's last column.
    const QList<Status> current{S::PartiallyImplemented, S::Pending, S::Implemented, S::Accepted,
                                S::Accepted, S::Pending, S::PartiallyImplemented, S::Accepted};
    for (int i = 0; i < ids.size(); ++i)
        QCOMPARE(repository.currentStatus(ids.at(i)), std::optional<Status>(current.at(i)));
    m_file->close();
    m_folderBefore = snapshot(m_file->folder());
    QCOMPARE(m_folderBefore.size(), 1); // the database alone
}

void CliStatsTest::cleanup()
{
    // stats only reads: the database and its folder are exactly as they were.
    if (m_file)
        QCOMPARE(snapshot(m_file->folder()), m_folderBefore);
}

CliResult CliStatsTest::stats(const QStringList &arguments) const
{
    return CliRunner::run(QStringList{QStringLiteral("stats"), QStringLiteral("--db"), m_file->path()} + arguments);
}

void CliStatsTest::progressJsonRunsToTheCurrentYear()
{
    const CliResult result = stats({QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    QVERIFY(document.isObject());
    QCOMPARE(document.object().keys(), QStringList{QStringLiteral("years")});
    const QJsonArray years = document.object().value(QStringLiteral("years")).toArray();

    // From 2010, the year of the earliest record (not 2009, G's early
    // acceptance), to the current year; from 2016 on nothing changes.
    QStringList expected{QStringLiteral("2010: 1 1 0 0 0"),  // B / A
                         QStringLiteral("2011: 1 3 0 0 0"),  // B / A C G
                         QStringLiteral("2012: 2 2 1 0 0"),  // B D / A G / C
                         QStringLiteral("2013: 1 3 0 1 1"),  // B / D E G / C / A
                         QStringLiteral("2014: 1 2 1 1 1"),  // B / D G / E / A / C
                         QStringLiteral("2015: 2 3 0 1 1"),  // B F / D E G / A / C
                         QStringLiteral("2016: 2 2 0 2 1")}; // B F / D E / A G / C
    const int currentYear = QDate::currentDate().year();
    QVERIFY(currentYear >= 2016);
    for (int year = 2017; year <= currentYear; ++year)
        expected << QStringLiteral("%1: 2 2 0 2 1").arg(year);
    QStringList actual;
    for (const QJsonValue &value : years) {
        QString problem;
        actual << progressRowText(value.toObject(), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    QCOMPARE(actual, expected);
    QCOMPARE(years.last().toObject().value(QStringLiteral("total")).toInt(), 7); // every record but the undated H
}

void CliStatsTest::progressInEveryForm_data()
{
    // Rows "year: pending accepted rejected partially_implemented implemented",
    // read off the table above initTestCase().
    QTest::addColumn<QStringList>("filters");
    QTest::addColumn<QStringList>("expected");
    const QString to = QStringLiteral("--year-to");
    const QString from = QStringLiteral("--year-from");

    QTest::newRow("everything up to 2016")
        << QStringList{to, QStringLiteral("2016")}
        << QStringList{QStringLiteral("2010: 1 1 0 0 0"), QStringLiteral("2011: 1 3 0 0 0"),
                       QStringLiteral("2012: 2 2 1 0 0"), QStringLiteral("2013: 1 3 0 1 1"),
                       QStringLiteral("2014: 1 2 1 1 1"), QStringLiteral("2015: 2 3 0 1 1"),
                       QStringLiteral("2016: 2 2 0 2 1")};
    // C and D; from 2011, the year of C, the earliest of them.
    QTest::newRow("mechanism, theme and year-to")
        << QStringList{QStringLiteral("--mechanism"), QStringLiteral("iccpr"), QStringLiteral("--theme"), torture, to,
                       QStringLiteral("2014")}
        << QStringList{QStringLiteral("2011: 0 1 0 0 0"),  // C
                       QStringLiteral("2012: 1 0 1 0 0"),  // D / C
                       QStringLiteral("2013: 0 1 0 1 0"),  // D / C
                       QStringLiteral("2014: 0 1 0 0 1")}; // D / C
    // The year bounds filter the records too: C D E G, issued 2011-2013.
    QTest::newRow("year bounds")
        << QStringList{from, QStringLiteral("2011"), to, QStringLiteral("2013")}
        << QStringList{QStringLiteral("2011: 0 2 0 0 0"),  // C G
                       QStringLiteral("2012: 1 1 1 0 0"),  // D / G / C
                       QStringLiteral("2013: 0 3 0 1 0")}; // D E G / C
    // Currently accepted: D and E (H has no date), with their whole history.
    QTest::newRow("current status")
        << QStringList{QStringLiteral("--status"), QStringLiteral("accepted"), to, QStringLiteral("2015")}
        << QStringList{QStringLiteral("2012: 1 0 0 0 0"), QStringLiteral("2013: 0 2 0 0 0"),
                       QStringLiteral("2014: 0 1 1 0 0"), QStringLiteral("2015: 0 2 0 0 0")};
    // upr or cat, Kazakhstan: A B G (E, cat, is Uzbekistan's).
    QTest::newRow("state and two mechanisms")
        << QStringList{QStringLiteral("--state"), QStringLiteral("Kazakhstan"), QStringLiteral("--mechanism"),
                       QStringLiteral("upr"), QStringLiteral("--mechanism"), QStringLiteral("cat"), to,
                       QStringLiteral("2012")}
        << QStringList{QStringLiteral("2010: 1 1 0 0 0"), QStringLiteral("2011: 1 2 0 0 0"),
                       QStringLiteral("2012: 1 2 0 0 0")};
    QTest::newRow("other state")
        << QStringList{QStringLiteral("--state"), QStringLiteral("Uzbekistan"), to, QStringLiteral("2015")}
        << QStringList{QStringLiteral("2013: 0 1 0 0 0"), QStringLiteral("2014: 0 0 1 0 0"),
                       QStringLiteral("2015: 0 1 0 0 0")};
    // "ratify": A and D.
    QTest::newRow("search text")
        << QStringList{QStringLiteral("--search"), QStringLiteral("ratify"), to, QStringLiteral("2013")}
        << QStringList{QStringLiteral("2010: 0 1 0 0 0"), QStringLiteral("2011: 0 1 0 0 0"),
                       QStringLiteral("2012: 1 1 0 0 0"), QStringLiteral("2013: 0 1 0 0 1")};
    // France: A B D.
    QTest::newRow("recommended by")
        << QStringList{QStringLiteral("--recommended-by"), QStringLiteral("France"), to, QStringLiteral("2013")}
        << QStringList{QStringLiteral("2010: 1 1 0 0 0"), QStringLiteral("2011: 1 1 0 0 0"),
                       QStringLiteral("2012: 2 1 0 0 0"), QStringLiteral("2013: 1 1 0 0 1")};
    // Ministry of Justice: C and D; --year-from 2012 leaves D, and without
    // --year-to the rows run to the current year.
    QStringList ministry{QStringLiteral("2012: 1 0 0 0 0")};
    for (int year = 2013; year <= QDate::currentDate().year(); ++year)
        ministry << QStringLiteral("%1: 0 1 0 0 0").arg(year);
    QTest::newRow("institution, from a year on")
        << QStringList{QStringLiteral("--institution"), QStringLiteral("Ministry of Justice"), from,
                       QStringLiteral("2012")}
        << ministry;
    QTest::newRow("nothing matches")
        << QStringList{QStringLiteral("--theme"), QStringLiteral("No such theme"), from, QStringLiteral("2010"), to,
                       QStringLiteral("2012")}
        << QStringList{QStringLiteral("2010: 0 0 0 0 0"), QStringLiteral("2011: 0 0 0 0 0"),
                       QStringLiteral("2012: 0 0 0 0 0")};
    QTest::newRow("last year before every record")
        << QStringList{to, QStringLiteral("2008")} << QStringList{QStringLiteral("2008: 0 0 0 0 0")};
}

void CliStatsTest::progressInEveryForm()
{
    QFETCH(QStringList, filters);
    QFETCH(QStringList, expected);

    // CSV: the header, then one line per year, every line ending in CRLF.
    const CliResult csv = stats(filters + QStringList{QStringLiteral("--csv")});
    QCOMPARE(csv.exitCode, 0);
    QVERIFY2(csv.err.isEmpty(), csv.err.constData());
    QStringList expectedCsv{progressColumns.join(u',')};
    QStringList expectedText{progressColumns.join(u'\t')};
    for (const QString &row : expected) {
        expectedCsv << joined(numbersOf(row), u',');
        expectedText << joined(numbersOf(row), u'\t');
    }
    bool crLf = false;
    QCOMPARE(csvLines(csv.out, &crLf), expectedCsv);
    QVERIFY2(crLf, csv.out.constData());

    // JSON: the same numbers.
    const CliResult json = stats(filters + QStringList{QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    QVERIFY2(json.err.isEmpty(), json.err.constData());
    QStringList actual;
    const QJsonArray years = QJsonDocument::fromJson(json.out).object().value(QStringLiteral("years")).toArray();
    for (const QJsonValue &value : years) {
        QString problem;
        actual << progressRowText(value.toObject(), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    QCOMPARE(actual, expected);

    // Text, the default: tab-separated with a header.
    const CliResult text = stats(filters);
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.err.isEmpty(), text.err.constData());
    QCOMPARE(textLines(text.out), expectedText);
}

void CliStatsTest::byMechanism()
{
    // By document year: A B 2010 upr; G 2011 upr, C 2011 iccpr; D 2012 iccpr;
    // E 2013 cat; none in 2014; F 2015 iccpr; none in 2016. H is undated.
    const QMap<int, QMap<QString, int>> expected{
        {2010, {{QStringLiteral("upr"), 2}}},
        {2011, {{QStringLiteral("upr"), 1}, {QStringLiteral("iccpr"), 1}}},
        {2012, {{QStringLiteral("iccpr"), 1}}},
        {2013, {{QStringLiteral("cat"), 1}}},
        {2014, {}},
        {2015, {{QStringLiteral("iccpr"), 1}}},
        {2016, {}},
    };
    QStringList columns{QStringLiteral("year")};
    for (const Mechanism &mechanism : MechanismCatalog::all())
        columns << mechanism.key;
    columns << QStringLiteral("total");
    QVERIFY(columns.contains(QStringLiteral("upr")) && columns.contains(QStringLiteral("iccpr"))
            && columns.contains(QStringLiteral("cat")) && columns.contains(QStringLiteral("other")));

    QStringList expectedCsv{columns.join(u',')};
    for (auto year = expected.cbegin(); year != expected.cend(); ++year) {
        QStringList cells{QString::number(year.key())};
        int total = 0;
        for (const QString &key : columns.mid(1, columns.size() - 2)) {
            cells << QString::number(year.value().value(key));
            total += year.value().value(key);
        }
        cells << QString::number(total);
        expectedCsv << cells.join(u',');
    }
    const CliResult csv = stats({QStringLiteral("--by"), QStringLiteral("mechanism"), QStringLiteral("--year-to"),
                                 QStringLiteral("2016"), QStringLiteral("--csv")});
    QCOMPARE(csv.exitCode, 0);
    bool crLf = false;
    QCOMPARE(csvLines(csv.out, &crLf), expectedCsv);
    QVERIFY(crLf);

    // JSON with a filter: iccpr only, 2011 to 2015.
    const CliResult json = stats({QStringLiteral("--by"), QStringLiteral("mechanism"), QStringLiteral("--mechanism"),
                                  QStringLiteral("iccpr"), QStringLiteral("--year-from"), QStringLiteral("2011"),
                                  QStringLiteral("--year-to"), QStringLiteral("2015"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray years = QJsonDocument::fromJson(json.out).object().value(QStringLiteral("years")).toArray();
    QCOMPARE(years.size(), 5);
    const QList<int> iccpr{1, 1, 0, 0, 1}; // C, D, -, -, F
    for (int i = 0; i < years.size(); ++i) {
        const QJsonObject row = years.at(i).toObject();
        QStringList keys = row.keys();
        QStringList expectedKeys = columns;
        keys.sort();
        expectedKeys.sort();
        QCOMPARE(keys, expectedKeys);
        QCOMPARE(row.value(QStringLiteral("year")).toInt(), 2011 + i);
        QCOMPARE(row.value(QStringLiteral("iccpr")).toInt(), iccpr.at(i));
        QCOMPARE(row.value(QStringLiteral("upr")).toInt(), 0);
        QCOMPARE(row.value(QStringLiteral("total")).toInt(), iccpr.at(i));
    }
}

void CliStatsTest::byRate()
{
    // Accepted = accepted + partially implemented + implemented at the end of
    // the year; the shares are implemented / accepted and partially
    // implemented / accepted, from the progress rows:
    //   2010: 1+0+0 = 1          2013: 3+1+1 = 5, 1/5, 1/5
    //   2011: 3+0+0 = 3          2014: 2+1+1 = 4, 1/4, 1/4 (E, rejected, not counted)
    //   2012: 2+0+0 = 2 (C, rejected, not counted)
    //   2015: 3+1+1 = 5, 1/5, 1/5   2016: 2+2+1 = 5, 1/5, 2/5
    const QStringList expectedCsv{
        QStringLiteral("year,accepted,implemented_share,partially_implemented_share"),
        QStringLiteral("2010,1,0.0000,0.0000"), QStringLiteral("2011,3,0.0000,0.0000"),
        QStringLiteral("2012,2,0.0000,0.0000"), QStringLiteral("2013,5,0.2000,0.2000"),
        QStringLiteral("2014,4,0.2500,0.2500"), QStringLiteral("2015,5,0.2000,0.2000"),
        QStringLiteral("2016,5,0.2000,0.4000")};
    const QStringList arguments{QStringLiteral("--by"), QStringLiteral("rate"), QStringLiteral("--year-to"),
                                QStringLiteral("2016")};
    const CliResult csv = stats(arguments + QStringList{QStringLiteral("--csv")});
    QCOMPARE(csv.exitCode, 0);
    bool crLf = false;
    QCOMPARE(csvLines(csv.out, &crLf), expectedCsv);
    QVERIFY(crLf);

    const CliResult json = stats(arguments + QStringList{QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray years = QJsonDocument::fromJson(json.out).object().value(QStringLiteral("years")).toArray();
    QCOMPARE(years.size(), 7);
    const struct {
        int year;
        int accepted;
        double implemented;
        double partially;
    } expected[] = {{2010, 1, 0, 0},         {2011, 3, 0, 0},         {2012, 2, 0, 0},  {2013, 5, 0.2, 0.2},
                    {2014, 4, 0.25, 0.25},   {2015, 5, 0.2, 0.2},     {2016, 5, 0.2, 0.4}};
    for (int i = 0; i < years.size(); ++i) {
        const QJsonObject row = years.at(i).toObject();
        QCOMPARE(row.value(QStringLiteral("year")).toInt(), expected[i].year);
        QCOMPARE(row.value(QStringLiteral("accepted")).toInt(), expected[i].accepted);
        QVERIFY(row.value(QStringLiteral("implemented_share")).isDouble());
        QVERIFY2(qAbs(row.value(QStringLiteral("implemented_share")).toDouble() - expected[i].implemented) < 1e-9,
                 qPrintable(QString::number(expected[i].year)));
        QVERIFY2(qAbs(row.value(QStringLiteral("partially_implemented_share")).toDouble() - expected[i].partially) < 1e-9,
                 qPrintable(QString::number(expected[i].year)));
    }
}

void CliStatsTest::byGroup_data()
{
    // Current statuses: A PI, B P, C I, D A, E A, F P, G PI, H A. Largest group
    // first (the fixture has no two groups of one size, so the order is fixed).
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QStringList>("expectedCsv"); // without the header
    QTest::newRow("theme")
        << QStringList{QStringLiteral("--by"), QStringLiteral("theme")} << QStringLiteral("theme")
        << QStringList{QStringLiteral("Torture,0,3,0,1,1,5"),                       // D E H / A / C
                       QStringLiteral("Justice,2,2,0,0,0,4"),                       // B F / D H
                       QStringLiteral("\"Women, peace and security\",0,0,0,2,0,2"), // A G
                       QStringLiteral("\"Rights of \"\"stateless\"\" persons\",1,0,0,0,0,1")}; // F
    QTest::newRow("recommending state")
        << QStringList{QStringLiteral("--by"), QStringLiteral("state")} << QStringLiteral("recommending_state")
        << QStringList{QStringLiteral("France,1,1,0,1,0,3"),  // B / D / A
                       QStringLiteral("Brazil,1,0,0,1,0,2"),  // B / G
                       QStringLiteral("Norway,0,0,0,1,0,1")}; // G
    QTest::newRow("institution")
        << QStringList{QStringLiteral("--by"), QStringLiteral("institution")} << QStringLiteral("institution")
        << QStringList{QStringLiteral("Parliament,1,1,0,2,0,4"),          // B / D / A G
                       QStringLiteral("Ministry of Justice,0,1,0,0,1,2"), // D / C
                       QStringLiteral("Ombudsman,0,1,0,0,0,1")};          // E
    QTest::newRow("affected persons")
        << QStringList{QStringLiteral("--by"), QStringLiteral("affected")} << QStringLiteral("affected_persons")
        << QStringList{QStringLiteral("general,1,0,0,2,0,3"),    // B / A G
                       QStringLiteral("women,0,0,0,1,1,2"),      // G / C
                       QStringLiteral("detainees,0,0,0,0,1,1")}; // C
    // iccpr (C D F): the Ministry of Justice has C and D, Parliament D.
    QTest::newRow("institution, iccpr")
        << QStringList{QStringLiteral("--by"), QStringLiteral("institution"), QStringLiteral("--mechanism"),
                       QStringLiteral("iccpr")}
        << QStringLiteral("institution")
        << QStringList{QStringLiteral("Ministry of Justice,0,1,0,0,1,2"), QStringLiteral("Parliament,0,1,0,0,0,1")};
    // Currently partially implemented, in Kazakhstan: A (Torture, Women...) and G (Women...).
    QTest::newRow("theme, status filter")
        << QStringList{QStringLiteral("--by"), QStringLiteral("theme"), QStringLiteral("--status"),
                       QStringLiteral("partially_implemented"), QStringLiteral("--state"), QStringLiteral("Kazakhstan")}
        << QStringLiteral("theme")
        << QStringList{QStringLiteral("\"Women, peace and security\",0,0,0,2,0,2"),
                       QStringLiteral("Torture,0,0,0,1,0,1")};
    QTest::newRow("nothing matches")
        << QStringList{QStringLiteral("--by"), QStringLiteral("theme"), QStringLiteral("--search"),
                       QStringLiteral("nonexistentword")}
        << QStringLiteral("theme") << QStringList();
}

void CliStatsTest::byGroup()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, column);
    QFETCH(QStringList, expectedCsv);

    const CliResult csv = stats(arguments + QStringList{QStringLiteral("--csv")});
    QCOMPARE(csv.exitCode, 0);
    QVERIFY2(csv.err.isEmpty(), csv.err.constData());
    bool crLf = false;
    QCOMPARE(csvLines(csv.out, &crLf), QStringList{(QStringList{column} + statusColumns).join(u',')} + expectedCsv);
    QVERIFY(crLf);

    // JSON: "groups", each with the group column, the five statuses and the total.
    const CliResult json = stats(arguments + QStringList{QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(root.keys(), QStringList{QStringLiteral("groups")});
    const QJsonArray groups = root.value(QStringLiteral("groups")).toArray();
    QCOMPARE(groups.size(), expectedCsv.size());
    for (int i = 0; i < groups.size(); ++i) {
        const QJsonObject group = groups.at(i).toObject();
        QCOMPARE(group.size(), 7);
        QVERIFY(group.value(column).isString());
        // The CSV line rebuilt from the JSON object, quoted as the CSV quotes.
        QString name = group.value(column).toString();
        if (name.contains(u',') || name.contains(u'"'))
            name = u'"' + name.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
        QStringList cells{name};
        for (const QString &status : statusColumns)
            cells << QString::number(group.value(status).toInt());
        QCOMPARE(cells.join(u','), expectedCsv.at(i));
    }
}

void CliStatsTest::textFormIsTabSeparated()
{
    // No --json, no --csv: tab-separated with a header; a theme with a comma
    // or quotes stands as it is, unquoted.
    const CliResult themes = stats({QStringLiteral("--by"), QStringLiteral("theme")});
    QCOMPARE(themes.exitCode, 0);
    QVERIFY(!themes.out.contains('\r'));
    QCOMPARE(textLines(themes.out),
             QStringList({QStringLiteral("theme\tpending\taccepted\trejected\tpartially_implemented\timplemented\ttotal"),
                          QStringLiteral("Torture\t0\t3\t0\t1\t1\t5"), QStringLiteral("Justice\t2\t2\t0\t0\t0\t4"),
                          QStringLiteral("Women, peace and security\t0\t0\t0\t2\t0\t2"),
                          QStringLiteral("Rights of \"stateless\" persons\t1\t0\t0\t0\t0\t1")}));

    const CliResult rate = stats({QStringLiteral("--by"), QStringLiteral("rate"), QStringLiteral("--year-from"),
                                  QStringLiteral("2014"), QStringLiteral("--year-to"), QStringLiteral("2014")});
    QCOMPARE(rate.exitCode, 0);
    // The bounds keep only records issued in 2014, and none was: one row,
    // nothing accepted, so no share at all (not a 0 that reads as "none
    // implemented", nor a division by zero).
    QCOMPARE(textLines(rate.out),
             QStringList({QStringLiteral("year\taccepted\timplemented_share\tpartially_implemented_share"),
                          QStringLiteral("2014\t0\t\t")}));
    const CliResult rateJson = stats({QStringLiteral("--by"), QStringLiteral("rate"), QStringLiteral("--year-from"),
                                      QStringLiteral("2014"), QStringLiteral("--year-to"), QStringLiteral("2014"),
                                      QStringLiteral("--json")});
    const QJsonObject rateRow =
        QJsonDocument::fromJson(rateJson.out).object().value(QStringLiteral("years")).toArray().first().toObject();
    QVERIFY(rateRow.value(QStringLiteral("implemented_share")).isNull());
    QVERIFY(rateRow.value(QStringLiteral("partially_implemented_share")).isNull());

    // --by year is the default.
    const CliResult byYear = stats({QStringLiteral("--by"), QStringLiteral("year"), QStringLiteral("--year-to"),
                                    QStringLiteral("2011")});
    const CliResult byDefault = stats({QStringLiteral("--year-to"), QStringLiteral("2011")});
    QCOMPARE(byYear.exitCode, 0);
    QCOMPARE(byDefault.out, byYear.out);
    QCOMPARE(textLines(byDefault.out),
             QStringList({progressColumns.join(u'\t'), QStringLiteral("2010\t1\t1\t0\t0\t0\t2"),
                          QStringLiteral("2011\t1\t3\t0\t0\t0\t4")}));

    const CliResult help = CliRunner::run({QStringLiteral("stats"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *option : {"--by", "--json", "--csv", "--year-from", "--theme", "--institution"})
        QVERIFY2(help.out.contains(option), option);
}

void CliStatsTest::emptyDatabase()
{
    TemporaryDatabase empty;
    QVERIFY2(empty.isValid(), qPrintable(empty.error()));
    empty.close();
    const QByteArray before = FileHash::of(empty.path());
    const CliResult result = CliRunner::run({QStringLiteral("stats"), QStringLiteral("--db"), empty.path(),
                                             QStringLiteral("--csv")});
    QCOMPARE(result.exitCode, 0);
    bool crLf = false;
    QCOMPARE(csvLines(result.out, &crLf),
             QStringList({progressColumns.join(u','), QStringLiteral("%1,0,0,0,0,0,0").arg(QDate::currentDate().year())}));
    const CliResult groups = CliRunner::run({QStringLiteral("stats"), QStringLiteral("--db"), empty.path(),
                                             QStringLiteral("--by"), QStringLiteral("theme"), QStringLiteral("--json")});
    QCOMPARE(groups.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(groups.out).object().value(QStringLiteral("groups")).toArray().size(), 0);
    QCOMPARE(FileHash::of(empty.path()), before);
}

void CliStatsTest::badArguments_data()
{
    // {db} is a copy of the fixture, {dir} its folder, which also holds
    // notes.txt, a text file.
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString stats = QStringLiteral("stats");
    const QString db = QStringLiteral("--db");
    const QStringList withDb{stats, db, QStringLiteral("{db}")};

    QTest::newRow("unknown --by") << (withDb + QStringList{QStringLiteral("--by"), QStringLiteral("month")}) << 2
                                  << QStringLiteral("unknown grouping \"month\" for --by");
    QTest::newRow("--by without a value") << (withDb + QStringList{QStringLiteral("--by")}) << 2
                                          << QStringLiteral("--by");
    QTest::newRow("--json with --csv") << (withDb + QStringList{QStringLiteral("--json"), QStringLiteral("--csv")}) << 2
                                       << QStringLiteral("--json and --csv cannot be combined");
    QTest::newRow("--by twice") << (withDb + QStringList{QStringLiteral("--by"), QStringLiteral("year"), QStringLiteral("--by"),
                                                         QStringLiteral("theme")})
                                << 2 << QStringLiteral("--by was given 2 times");
    QTest::newRow("--theme twice") << (withDb + QStringList{QStringLiteral("--theme"), QStringLiteral("Torture"),
                                                            QStringLiteral("--theme"), QStringLiteral("Justice")})
                                   << 2 << QStringLiteral("--theme was given 2 times");
    QTest::newRow("bad --year-from") << (withDb + QStringList{QStringLiteral("--year-from"), QStringLiteral("20x0")}) << 2
                                     << QStringLiteral("--year-from \"20x0\" is not a year");
    QTest::newRow("--year-to out of range") << (withDb + QStringList{QStringLiteral("--year-to"), QStringLiteral("99999")})
                                            << 2 << QStringLiteral("--year-to \"99999\" is not a year");
    QTest::newRow("years reversed") << (withDb + QStringList{QStringLiteral("--year-from"), QStringLiteral("2015"),
                                                             QStringLiteral("--year-to"), QStringLiteral("2010")})
                                    << 2 << QStringLiteral("--year-from 2015 is after --year-to 2010");
    QTest::newRow("unknown mechanism") << (withDb + QStringList{QStringLiteral("--mechanism"), QStringLiteral("unicef")})
                                       << 2 << QStringLiteral("unknown mechanism \"unicef\"");
    QTest::newRow("unknown status") << (withDb + QStringList{QStringLiteral("--status"), QStringLiteral("open")}) << 2
                                    << QStringLiteral("unknown status \"open\"");
    QTest::newRow("unknown option") << (withDb + QStringList{QStringLiteral("--colour")}) << 2 << QStringLiteral("colour");
    QTest::newRow("stray argument") << (withDb + QStringList{QStringLiteral("extra")}) << 2
                                    << QStringLiteral("unexpected argument \"extra\"");
    QTest::newRow("missing --db") << QStringList{stats, QStringLiteral("--json")} << 2 << QStringLiteral("--db is required");
    QTest::newRow("empty --db") << QStringList{stats, db, QStringLiteral(" ")} << 2
                                << QStringLiteral("--db must not be empty");
    // Usage errors are found before the database is opened.
    QTest::newRow("usage error with a missing database")
        << QStringList{stats, db, QStringLiteral("{dir}/none.sqlite"), QStringLiteral("--by"), QStringLiteral("month")}
        << 2 << QStringLiteral("unknown grouping");
    QTest::newRow("database does not exist") << QStringList{stats, db, QStringLiteral("{dir}/none.sqlite")} << 1
                                             << QStringLiteral("There is no database at");
    QTest::newRow("database in a missing folder")
        << QStringList{stats, db, QStringLiteral("{dir}/missing/x.sqlite"), QStringLiteral("--json")} << 1
        << QStringLiteral("does not exist");
    QTest::newRow("not a database") << QStringList{stats, db, QStringLiteral("{dir}/notes.txt"), QStringLiteral("--csv")}
                                    << 1 << QStringLiteral("not a SQLite file");
    QTest::newRow("database is a folder") << QStringList{stats, db, QStringLiteral("{dir}")} << 1
                                          << QStringLiteral("is a folder");
}

void CliStatsTest::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString db = folder.filePath(QStringLiteral("data.sqlite"));
    QVERIFY(QFile::copy(m_file->path(), db));
    QFile notes(folder.filePath(QStringLiteral("notes.txt")));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("Meeting notes, not a database.\n");
    notes.close();
    const QMap<QString, QByteArray> before = snapshot(folder.path());
    QCOMPARE(before.size(), 2);

    for (QString &argument : arguments) {
        argument.replace(QLatin1String("{db}"), db);
        argument.replace(QLatin1String("{dir}"), folder.path());
    }
    const CliResult result = CliRunner::run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    const QString err = QString::fromUtf8(result.err);
    QVERIFY2(err.startsWith(QLatin1String("rectracker: ")), qPrintable(err));
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY2(err.endsWith(u'\n') && err.count(u'\n') == 1, qPrintable(err)); // one line
    QVERIFY2(result.out.isEmpty(), result.out.constData());
    // Nothing written, nothing created: not the missing database, no journal.
    QCOMPARE(snapshot(folder.path()), before);
    QVERIFY(!QFile::exists(folder.filePath(QStringLiteral("none.sqlite"))));
}

QTEST_GUILESS_MAIN(CliStatsTest)
#include "tst_clistats.moc"
