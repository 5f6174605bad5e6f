// Every filter, alone and combined, and every sort key, done in SQL over a
// small hand-made dataset; hostile search text is only ever text.
#include "database.h"
#include "recommendationfactory.h"
#include "recommendationrepository.h"
#include "temporarydatabase.h"

#include <QTest>

class RecommendationFilterTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void filters_data();
    void filters();
    void hostileSearchText_data();
    void hostileSearchText();
    void sortKeys();

private:
    std::unique_ptr<TemporaryDatabase> m_file;
    std::unique_ptr<RecommendationRepository> m_repository;
    QHash<QString, qint64> m_ids; // by a short name used in the _data tables
};

namespace {
Recommendation make(const QString &mechanism, const QString &state, const QString &paragraph, const QDate &date,
                    const QString &text, const QStringList &themes, const QStringList &by, const QStringList &institutions)
{
    Recommendation r;
    r.mechanism = mechanism;
    r.stateUnderReview = state;
    if (mechanism == QLatin1String("upr"))
        r.symbol = QStringLiteral("A/HRC/14/10");
    else if (mechanism == QLatin1String("iccpr"))
        r.symbol = QStringLiteral("CCPR/C/KAZ/CO/1");
    else if (mechanism == QLatin1String("cat"))
        r.symbol = QStringLiteral("CAT/C/KAZ/CO/3");
    r.paragraph = paragraph;
    r.documentDate = date;
    r.text = text;
    r.themes = themes;
    r.recommendedBy = by;
    r.institutions = institutions;
    return r;
}
} // namespace

void RecommendationFilterTest::init()
{
    m_file = std::make_unique<TemporaryDatabase>();
    QVERIFY(m_file->isValid());
    m_repository = std::make_unique<RecommendationRepository>(m_file->database());
    const QStringList none;
    const struct {
        const char *name;
        Recommendation recommendation;
        Status status;
    } rows[] = {
        {"death", make(QStringLiteral("upr"), QStringLiteral("Kazakhstan"), QStringLiteral("97.2"), QDate(2010, 3, 16),
                       QStringLiteral("Abolish the death penalty"), {QStringLiteral("Death penalty")},
                       {QStringLiteral("France"), QStringLiteral("Brazil")}, {QStringLiteral("Parliament")}), Status::Accepted},
        {"torture", make(QStringLiteral("upr"), QStringLiteral("Kazakhstan"), QStringLiteral("97.10"), QDate(2010, 12, 31),
                         QStringLiteral("Investigate all allegations of torture"), {QStringLiteral("Torture")},
                         {QStringLiteral("Denmark")}, {QStringLiteral("Prosecutor General's Office")}), Status::Implemented},
        {"tortured", make(QStringLiteral("iccpr"), QStringLiteral("Kazakhstan"), QStringLiteral("9"), QDate(2011, 1, 1),
                          QStringLiteral("Compensate persons who were tortured"), {QStringLiteral("torture"), QStringLiteral("Justice")},
                          none, {QStringLiteral("Supreme Court")}), Status::Pending},
        {"russian", make(QStringLiteral("iccpr"), QStringLiteral("Kazakhstan"), QStringLiteral("10"), QDate(2011, 7, 19),
                         QStringLiteral("Обеспечить расследование всех сообщений о ПЫТКАХ"), {QStringLiteral("Torture")},
                         none, {QStringLiteral("Prosecutor General's Office")}), Status::PartiallyImplemented},
        {"kazakh", make(QStringLiteral("cat"), QStringLiteral("kazakhstan"), QStringLiteral("12"), QDate(2014, 12, 1),
                        QStringLiteral("Азаптауға қарсы ұлттық алдын алу тетігін күшейту"), {QStringLiteral("Torture")},
                        none, {QStringLiteral("Ombudsman")}), Status::Rejected},
        {"uzbek", make(QStringLiteral("upr"), QStringLiteral("Uzbekistan"), QStringLiteral("105.3"), QDate(2013, 4, 24),
                       QStringLiteral("Guarantee freedom of the media"), {QStringLiteral("Freedom of expression")},
                       {QStringLiteral("France")}, {QStringLiteral("Parliament")}), Status::Accepted},
        {"undated", make(QStringLiteral("other"), QStringLiteral("Kazakhstan"), QString(), QDate(),
                         QStringLiteral("Café owners' rights; naïve test of diacritics"), none, none, none), Status::Pending},
    };
    for (const auto &row : rows) {
        const std::optional<qint64> id = m_repository->insert(row.recommendation);
        QVERIFY2(id, qPrintable(m_repository->lastError()));
        m_ids.insert(QString::fromLatin1(row.name), *id);
        if (row.status != Status::Pending)
            QVERIFY(m_repository->appendStatusChange(RecommendationFactory::change(*id, row.status, QDate(2015, 1, 1))));
    }
}

void RecommendationFilterTest::cleanup()
{
    m_repository.reset();
    m_file.reset();
    m_ids.clear();
}

void RecommendationFilterTest::filters_data()
{
    QTest::addColumn<RecommendationFilter>("filter");
    QTest::addColumn<QStringList>("expected");
    auto row = [](const char *name, RecommendationFilter filter, QStringList expected) {
        QTest::newRow(name) << filter << expected;
    };
    auto names = [](const char *list) { return QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts); };
    RecommendationFilter f;
    row("no filter", f, names("death torture tortured russian kazakh uzbek undated"));
    f = {}; f.mechanisms = {QStringLiteral("iccpr")};
    row("one mechanism", f, names("tortured russian"));
    f = {}; f.mechanisms = {QStringLiteral("iccpr"), QStringLiteral("cat")};
    row("two mechanisms", f, names("tortured russian kazakh"));
    f = {}; f.stateUnderReview = QStringLiteral("KAZAKHSTAN");
    row("state, any case", f, names("death torture tortured russian kazakh undated"));
    f = {}; f.statuses = {Status::Pending};
    row("status pending (no history)", f, names("tortured undated"));
    f = {}; f.statuses = {Status::Accepted, Status::Implemented};
    row("two statuses", f, names("death torture uzbek"));
    f = {}; f.yearFrom = 2011;
    row("year from (undated excluded)", f, names("tortured russian kazakh uzbek"));
    f = {}; f.yearTo = 2010;
    row("year to includes 31 December", f, names("death torture"));
    f = {}; f.yearFrom = 2011; f.yearTo = 2013;
    row("year range", f, names("tortured russian uzbek"));
    f = {}; f.theme = QStringLiteral("TORTURE");
    row("theme, any case", f, names("torture tortured russian kazakh"));
    f = {}; f.recommendedBy = QStringLiteral("france");
    row("recommended by", f, names("death uzbek"));
    f = {}; f.institution = QStringLiteral("Prosecutor General's Office");
    row("institution", f, names("torture russian"));
    f = {}; f.searchText = QStringLiteral("tortur");
    row("word prefix", f, names("torture tortured"));
    f = {}; f.searchText = QStringLiteral("INVESTIGATE Torture");
    row("every word, any case", f, names("torture"));
    f = {}; f.searchText = QStringLiteral("пытках");
    row("Cyrillic, case-insensitive", f, names("russian"));
    f = {}; f.searchText = QStringLiteral("пытк");
    row("Cyrillic prefix", f, names("russian"));
    f = {}; f.searchText = QStringLiteral("АЗАПТАУҒА");
    row("Kazakh letters, case-insensitive", f, names("kazakh"));
    f = {}; f.searchText = QStringLiteral("cafe naive");
    row("diacritics ignored", f, names("undated"));
    f = {}; f.searchText = QStringLiteral("CCPR");
    row("symbol is searched", f, names("tortured russian"));
    // Tokens joined by punctuation are a phrase, in their order: "KAZ/CCPR"
    // (both tokens are in the ICCPR symbol, the other way round) finds none.
    f = {}; f.searchText = QStringLiteral("CCPR/C/KAZ");
    row("symbol as a phrase", f, names("tortured russian"));
    f = {}; f.searchText = QStringLiteral("KAZ/CCPR");
    row("phrase keeps its order", f, {});
    f = {}; f.theme = QStringLiteral("Torture"); f.mechanisms = {QStringLiteral("iccpr")}; f.yearTo = 2011;
    f.statuses = {Status::PartiallyImplemented};
    row("combined", f, names("russian"));
    f = {}; f.theme = QStringLiteral("No such theme");
    row("nothing matches", f, {});
}

void RecommendationFilterTest::filters()
{
    QFETCH(RecommendationFilter, filter);
    QFETCH(QStringList, expected);
    QList<qint64> expectedIds;
    for (const QString &name : expected)
        expectedIds << m_ids.value(name);
    std::sort(expectedIds.begin(), expectedIds.end());
    QCOMPARE(m_repository->matchingIds(filter), expectedIds);
    QCOMPARE(m_repository->count(filter), std::optional<int>(int(expected.size())));
}

void RecommendationFilterTest::hostileSearchText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");
    QTest::newRow("drop table") << QStringLiteral("'; DROP TABLE recommendation; --") << 0;
    QTest::newRow("lone quote") << QStringLiteral("\"") << 7;
    QTest::newRow("doubled quotes") << QStringLiteral("\"\"\"\"") << 7;
    QTest::newRow("star") << QStringLiteral("*") << 7;
    QTest::newRow("near") << QStringLiteral("NEAR(death penalty)") << 0;
    QTest::newRow("column filter") << QStringLiteral("text:torture") << 0;
    QTest::newRow("or is a word") << QStringLiteral("death OR torture") << 0;
    QTest::newRow("like wildcards") << QStringLiteral("% _ \\") << 7;
    QTest::newRow("always true") << QStringLiteral("') OR 1=1 --") << 0;
    QTest::newRow("quoted word") << QStringLiteral("\"death\"") << 1;
    QTest::newRow("caret and minus") << QStringLiteral("^death -penalty") << 1;
}

void RecommendationFilterTest::hostileSearchText()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    RecommendationFilter filter;
    filter.searchText = text;
    const std::optional<int> count = m_repository->count(filter);
    QVERIFY2(count, qPrintable(m_repository->lastError()));
    QCOMPARE(*count, expected);
    QCOMPARE(m_repository->matchingIds(filter).size(), expected);
    QCOMPARE(m_repository->totalCount(), std::optional<int>(7));
}

void RecommendationFilterTest::sortKeys()
{
    RecommendationFilter upr;
    upr.mechanisms = {QStringLiteral("upr")};
    // Natural paragraph order: 97.2 before 97.10 before 105.3.
    QCOMPARE(m_repository->matchingIds(upr, RecommendationSortKey::Paragraph, Qt::AscendingOrder),
             (QList<qint64>{m_ids.value(QStringLiteral("death")), m_ids.value(QStringLiteral("torture")),
                            m_ids.value(QStringLiteral("uzbek"))}));
    QCOMPARE(m_repository->matchingIds(upr, RecommendationSortKey::DocumentDate, Qt::DescendingOrder),
             (QList<qint64>{m_ids.value(QStringLiteral("uzbek")), m_ids.value(QStringLiteral("torture")),
                            m_ids.value(QStringLiteral("death"))}));
    // Status sorts by progress: pending, accepted, rejected, partially, implemented.
    const QList<qint64> byStatus = m_repository->matchingIds({}, RecommendationSortKey::Status, Qt::AscendingOrder);
    QCOMPARE(byStatus.size(), 7);
    QCOMPARE(m_repository->currentStatus(byStatus.first()), std::optional<Status>(Status::Pending));
    QCOMPARE(byStatus.last(), m_ids.value(QStringLiteral("torture")));
    const QList<qint64> bySymbol = m_repository->matchingIds({}, RecommendationSortKey::Symbol, Qt::AscendingOrder);
    QStringList symbols;
    for (qint64 id : bySymbol)
        symbols << m_repository->find(id)->symbol;
    QCOMPARE(symbols, (QStringList{QString(), QStringLiteral("A/HRC/14/10"), QStringLiteral("A/HRC/14/10"),
                                   QStringLiteral("A/HRC/14/10"), QStringLiteral("CAT/C/KAZ/CO/3"),
                                   QStringLiteral("CCPR/C/KAZ/CO/1"), QStringLiteral("CCPR/C/KAZ/CO/1")}));
    const QList<qint64> byRecommender = m_repository->matchingIds(upr, RecommendationSortKey::RecommendedBy, Qt::AscendingOrder);
    QCOMPARE(byRecommender.first(), m_ids.value(QStringLiteral("torture"))); // Denmark < France
}

QTEST_GUILESS_MAIN(RecommendationFilterTest)
#include "tst_recommendationfilter.moc"
