// RecommendationListing: windows, counts and ranks agree with one another
// and with the order worked out here in C++ for every sort key, direction
// and some filters; full-text search (word prefixes, case, diacritics,
// Russian and Kazakh), relevance order, and the index following every edit
// and its undo.
#include "database.h"
#include "filterclause.h"
#include "listingquery.h"
#include "paragraphorder.h"
#include "recommendationedits.h"
#include "recommendationfactory.h"
#include "recommendationlisting.h"
#include "recommendationrepository.h"
#include "temporarydatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <algorithm>

Q_DECLARE_METATYPE(RecommendationSortKey)

class RecommendationListingTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void windowsCountsAndRanksAgree_data();
    void windowsCountsAndRanksAgree();
    void countsOnEitherTable_data();
    void countsOnEitherTable();
    void summariesCarryTheDisplayedFields();
    void storedFirstNamesGiveTheSameOrder();
    void fullTextSearch_data();
    void fullTextSearch();
    void relevancePutsTheBestMatchFirst();
    void relevanceWithoutSearchIsIdOrder();
    void searchIndexFollowsEditsAndUndo();

private:
    QList<qint64> expectedOrder(const RecommendationFilter &filter, RecommendationSortKey key,
                                Qt::SortOrder direction) const;

    std::unique_ptr<TemporaryDatabase> m_file;
    std::unique_ptr<RecommendationRepository> m_repository;
    std::unique_ptr<RecommendationEdits> m_edits;
    QList<Recommendation> m_records; // with their ids
    QHash<qint64, Status> m_statuses;
};

namespace {

// A varied set: documents, dates (some missing), themes and recommending
// states (some missing), mixed-case symbols and states, every status.
Recommendation varied(int n)
{
    Recommendation r = n % 3 == 0 ? RecommendationFactory::iccpr(n) : RecommendationFactory::upr(n);
    r.symbol = QStringList{QStringLiteral("A/HRC/14/10"), QStringLiteral("a/hrc/20/3"), QStringLiteral("CAT/C/KAZ/CO/3"),
                           QStringLiteral("B/1")}
                   .at(n % 4);
    r.paragraph = QStringLiteral("%1.%2").arg(90 + n % 5).arg(n % 11);
    r.stateUnderReview = QStringList{QStringLiteral("Kazakhstan"), QStringLiteral("kyrgyzstan"),
                                     QStringLiteral("Mongolia")}
                             .at(n % 3);
    r.documentDate = n % 7 == 0 ? QDate() : QDate(2008 + n % 9, 1 + n % 12, 1);
    r.dueDate = n % 2 == 0 ? QDate() : QDate(2012 + n % 5, 6, 30);
    const QStringList themes{QStringLiteral("Torture"), QStringLiteral("justice"), QStringLiteral("Women's rights"),
                             QStringLiteral("Detention")};
    r.themes = n % 5 == 0 ? QStringList() : QStringList{themes.at(n % 4), themes.at((n + 1) % 4)};
    const QStringList states{QStringLiteral("Brazil"), QStringLiteral("norway"), QStringLiteral("Chile")};
    r.recommendedBy = r.mechanism == QLatin1String("upr") && n % 4 != 1 ? QStringList{states.at(n % 3)} : QStringList();
    return r;
}

QVariant nullable(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

int statusOrder(Status status)
{
    switch (status) {
    case Status::Pending: return 0;
    case Status::Accepted: return 1;
    case Status::Rejected: return 2;
    case Status::PartiallyImplemented: return 3;
    case Status::Implemented: return 4;
    }
    return 0;
}

// SQLite's NOCASE folds ASCII letters only; the test data is ASCII.
QString noCase(const QString &text)
{
    return text.toLower();
}

// SQL order of one key: NULL before every value.
int compareKeys(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return int(!a.isNull()) - int(!b.isNull());
    if (a.typeId() == QMetaType::Int)
        return a.toInt() - b.toInt();
    return a.toString().compare(b.toString());
}

} // namespace

void RecommendationListingTest::init()
{
    m_file = std::make_unique<TemporaryDatabase>();
    QVERIFY2(m_file->isValid(), qPrintable(m_file->error()));
    m_repository = std::make_unique<RecommendationRepository>(m_file->database());
    m_edits = std::make_unique<RecommendationEdits>(*m_repository);
    m_records.clear();
    m_statuses.clear();
    QList<RecommendationRecord> records;
    for (int n = 1; n <= 60; ++n)
        records << RecommendationRecord{varied(n), {}};
    const std::optional<QList<qint64>> ids = m_edits->addRecords(records, QStringLiteral("add"));
    QVERIFY2(ids, qPrintable(m_edits->lastError()));
    QMap<Status, QList<qint64>> byStatus;
    for (int i = 0; i < ids->size(); ++i) {
        Recommendation r = records.at(i).recommendation;
        r.id = ids->at(i);
        m_records << r;
        const Status status = StatusInfo::all().at(i % StatusInfo::all().size());
        m_statuses.insert(r.id, status);
        byStatus[status] << r.id;
    }
    for (auto group = byStatus.cbegin(); group != byStatus.cend(); ++group) {
        if (group.key() != Status::Pending)
            QVERIFY(m_edits->assignStatus(group.value(), group.key(), QDate(2015, 1, 1)));
    }
}

void RecommendationListingTest::cleanup()
{
    m_edits.reset();
    m_repository.reset();
    m_file.reset();
}

QList<qint64> RecommendationListingTest::expectedOrder(const RecommendationFilter &filter, RecommendationSortKey key,
                                                       Qt::SortOrder direction) const
{
    auto keysOf = [&](const Recommendation &r) -> QVariantList {
        switch (key) {
        case RecommendationSortKey::Id: return {};
        case RecommendationSortKey::Symbol: return {noCase(r.symbol), ParagraphOrder::sortKey(r.paragraph)};
        case RecommendationSortKey::Paragraph: return {ParagraphOrder::sortKey(r.paragraph)};
        case RecommendationSortKey::Mechanism: return {r.mechanism};
        case RecommendationSortKey::DocumentDate: return {nullable(r.documentDate.toString(Qt::ISODate))};
        case RecommendationSortKey::StateUnderReview: return {noCase(r.stateUnderReview)};
        case RecommendationSortKey::RecommendedBy: return {nullable(noCase(r.recommendedBy.value(0)))};
        case RecommendationSortKey::Themes: return {nullable(noCase(r.themes.value(0)))};
        case RecommendationSortKey::Status: return {statusOrder(m_statuses.value(r.id))};
        case RecommendationSortKey::DueDate: return {nullable(r.dueDate.toString(Qt::ISODate))};
        case RecommendationSortKey::Relevance: return {};
        }
        return {};
    };
    QList<Recommendation> matching;
    for (const Recommendation &r : m_records) {
        if (filter.mechanisms.isEmpty() || filter.mechanisms.contains(r.mechanism))
            matching << r;
    }
    std::sort(matching.begin(), matching.end(), [&](const Recommendation &a, const Recommendation &b) {
        const QVariantList ka = keysOf(a);
        const QVariantList kb = keysOf(b);
        for (int i = 0; i < ka.size(); ++i) {
            if (const int c = compareKeys(ka.at(i), kb.at(i)))
                return direction == Qt::AscendingOrder ? c < 0 : c > 0;
        }
        return direction == Qt::AscendingOrder ? a.id < b.id : a.id > b.id;
    });
    QList<qint64> ids;
    for (const Recommendation &r : matching)
        ids << r.id;
    return ids;
}

void RecommendationListingTest::windowsCountsAndRanksAgree_data()
{
    QTest::addColumn<RecommendationSortKey>("key");
    QTest::addColumn<int>("direction");
    QTest::addColumn<QString>("subset"); // all, upr (a filter) or search (the same records, found by a word)
    const QList<QPair<const char *, RecommendationSortKey>> keys{
        {"id", RecommendationSortKey::Id},
        {"symbol", RecommendationSortKey::Symbol},
        {"paragraph", RecommendationSortKey::Paragraph},
        {"mechanism", RecommendationSortKey::Mechanism},
        {"date", RecommendationSortKey::DocumentDate},
        {"state", RecommendationSortKey::StateUnderReview},
        {"recommended by", RecommendationSortKey::RecommendedBy},
        {"themes", RecommendationSortKey::Themes},
        {"status", RecommendationSortKey::Status},
        {"due date", RecommendationSortKey::DueDate},
    };
    for (const auto &key : keys) {
        for (const Qt::SortOrder direction : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            for (const char *subset : {"all", "upr", "search"}) {
                QTest::addRow("%s %s, %s", key.first, direction == Qt::AscendingOrder ? "asc" : "desc", subset)
                    << key.second << int(direction) << QString::fromLatin1(subset);
            }
        }
    }
}

void RecommendationListingTest::windowsCountsAndRanksAgree()
{
    QFETCH(RecommendationSortKey, key);
    QFETCH(int, direction);
    QFETCH(QString, subset);
    const Qt::SortOrder order = Qt::SortOrder(direction);
    RecommendationFilter upr;
    upr.mechanisms = {QStringLiteral("upr")};
    RecommendationFilter filter;
    if (subset == QLatin1String("upr"))
        filter = upr;
    else if (subset == QLatin1String("search"))
        filter.searchText = QStringLiteral("instrument"); // in the text of every UPR record, and only there
    RecommendationListing listing(m_file->database());
    const QList<qint64> expected = expectedOrder(subset == QLatin1String("all") ? RecommendationFilter() : upr, key, order);

    QCOMPARE(listing.count(filter), std::optional<int>(int(expected.size())));
    QCOMPARE(listing.idsInRange(filter, key, order, 0, 1000), std::optional<QList<qint64>>(expected));
    // Windows of 7 put together give the whole list, in fields as in ids.
    QList<qint64> windows;
    QList<qint64> summarised;
    for (int offset = 0; offset < expected.size(); offset += 7) {
        windows << listing.idsInRange(filter, key, order, offset, 7).value();
        const QList<ListedRecommendation> rows = listing.summariesInRange(filter, key, order, offset, 7).value();
        for (const ListedRecommendation &row : rows) {
            summarised << row.summary.id;
            QVERIFY(!row.relevance);
        }
    }
    QCOMPARE(windows, expected);
    QCOMPARE(summarised, expected);
    // Told the total, the second half is read from the end: the same rows.
    const int total = int(expected.size());
    windows.clear();
    summarised.clear();
    for (int offset = 0; offset < total; offset += 7) {
        windows << listing.idsInRange(filter, key, order, offset, 7, total).value();
        for (const ListedRecommendation &row : listing.summariesInRange(filter, key, order, offset, 7, total).value_or(
                 QList<ListedRecommendation>()))
            summarised << row.summary.id;
    }
    QCOMPARE(windows, expected);
    QCOMPARE(summarised, expected);
    QCOMPARE(listing.idsInRange(filter, key, order, total - 3, 10, total), std::optional<QList<qint64>>(expected.mid(total - 3)));
    // The rank of every record is its row, one by one and all at once.
    QHash<qint64, int> rows;
    for (int row = 0; row < expected.size(); ++row) {
        QCOMPARE(listing.rankOf(expected.at(row), filter, key, order), std::optional<int>(row));
        rows.insert(expected.at(row), row);
    }
    QList<qint64> everyId;
    for (const Recommendation &r : std::as_const(m_records))
        everyId << r.id;
    everyId << 999999; // no such record
    QCOMPARE(listing.ranksOf(everyId, filter, key, order), (std::optional<QHash<qint64, int>>(rows)));
    // The largest ids (as an import adds them) and a run from the middle:
    // more than are ranked one by one, some of them not matching.
    QList<qint64> sortedIds = everyId;
    sortedIds.removeLast();
    std::sort(sortedIds.begin(), sortedIds.end());
    QVERIFY(sortedIds.size() > 30);
    for (const QList<qint64> &some : {sortedIds.mid(sortedIds.size() - 12), sortedIds.mid(10, 12)}) {
        QHash<qint64, int> someRows;
        for (qint64 id : some) {
            if (rows.contains(id))
                someRows.insert(id, rows.value(id));
        }
        QCOMPARE(listing.ranksOf(some, filter, key, order), (std::optional<QHash<qint64, int>>(someRows)));
    }
    if (subset != QLatin1String("all")) {
        const qint64 iccpr = m_records.at(2).id; // n = 3
        QCOMPARE(listing.rankOf(iccpr, filter, key, order), std::optional<int>(-1));
    }
    QCOMPARE(listing.rankOf(999999, filter, key, order), std::optional<int>(-1));
}

// The count and the list run on the records or through their statistics
// rows, whichever is cheaper for the filter; either way they give the
// matching records, worked out here from the records themselves.
void RecommendationListingTest::countsOnEitherTable_data()
{
    QTest::addColumn<RecommendationFilter>("filter");
    QTest::addColumn<bool>("onStatistics");
    QTest::addColumn<bool>("listedThroughStatistics");
    RecommendationFilter f;
    f.statuses = {Status::Accepted};
    QTest::newRow("status alone") << f << false << false;
    f = {}; f.yearFrom = 2010; f.yearTo = 2014;
    QTest::newRow("years alone") << f << false << false;
    f = {}; f.mechanisms = {QStringLiteral("upr")}; f.statuses = {Status::Pending, Status::Implemented};
    QTest::newRow("mechanism and status") << f << true << false;
    f = {}; f.stateUnderReview = QStringLiteral("KAZAKHSTAN"); f.yearFrom = 2012;
    QTest::newRow("state and year, any case") << f << true << false;
    f = {}; f.theme = QStringLiteral("torture");
    QTest::newRow("theme") << f << true << false;
    f = {}; f.theme = QStringLiteral("JUSTICE"); f.statuses = {Status::Pending, Status::Implemented}; f.yearTo = 2015;
    QTest::newRow("theme, statuses and year") << f << true << true;
    f = {}; f.recommendedBy = QStringLiteral("Norway"); f.statuses = {Status::Rejected, Status::Accepted};
    QTest::newRow("recommending state and status") << f << true << true;
    f = {}; f.searchText = QStringLiteral("instrument"); f.yearTo = 2013;
    QTest::newRow("search and year") << f << true << false;
    f = {}; f.theme = QStringLiteral("Detention"); f.searchText = QStringLiteral("instrument");
    QTest::newRow("theme and search") << f << true << true;
}

void RecommendationListingTest::countsOnEitherTable()
{
    QFETCH(RecommendationFilter, filter);
    QFETCH(bool, onStatistics);
    QFETCH(bool, listedThroughStatistics);
    QCOMPARE(FilterClause::cheaperToCount(filter) == FilterClause::Table::Statistics, onStatistics);
    QCOMPARE(ListingQuery::narrowsThroughStatistics(filter), listedThroughStatistics);
    QList<qint64> expected;
    for (const Recommendation &r : std::as_const(m_records)) {
        const auto has = [](const QStringList &names, const QString &name) {
            return names.contains(name, Qt::CaseInsensitive);
        };
        const int year = r.documentDate.isValid() ? r.documentDate.year() : 0;
        const bool matches = (filter.mechanisms.isEmpty() || filter.mechanisms.contains(r.mechanism))
                             && (filter.statuses.isEmpty() || filter.statuses.contains(m_statuses.value(r.id)))
                             && (filter.stateUnderReview.isEmpty()
                                 || r.stateUnderReview.compare(filter.stateUnderReview, Qt::CaseInsensitive) == 0)
                             && (filter.yearFrom == 0 || (year != 0 && year >= filter.yearFrom))
                             && (filter.yearTo == 0 || (year != 0 && year <= filter.yearTo))
                             && (filter.theme.isEmpty() || has(r.themes, filter.theme))
                             && (filter.recommendedBy.isEmpty() || has(r.recommendedBy, filter.recommendedBy))
                             && (filter.searchText.isEmpty() || r.mechanism == QLatin1String("upr"));
        if (matches)
            expected << r.id;
    }
    QVERIFY(!expected.isEmpty());
    RecommendationListing listing(m_file->database());
    QCOMPARE(listing.count(filter), std::optional<int>(int(expected.size())));
    QCOMPARE(m_repository->count(filter), std::optional<int>(int(expected.size())));
    std::sort(expected.begin(), expected.end());
    QCOMPARE(listing.idsInRange(filter, RecommendationSortKey::Id, Qt::AscendingOrder, 0, 1000),
             std::optional<QList<qint64>>(expected));
    QCOMPARE(listing.rankOf(expected.last(), filter, RecommendationSortKey::Id, Qt::DescendingOrder),
             std::optional<int>(0));
    const std::optional<QList<qint64>> byDate =
        listing.idsInRange(filter, RecommendationSortKey::DocumentDate, Qt::AscendingOrder, 0, 1000);
    QVERIFY(byDate);
    QList<qint64> sortedByDate = *byDate;
    std::sort(sortedByDate.begin(), sortedByDate.end());
    QCOMPARE(sortedByDate, expected);
}

void RecommendationListingTest::summariesCarryTheDisplayedFields()
{
    RecommendationListing listing(m_file->database());
    const Recommendation &second = m_records.at(1); // n = 2
    const std::optional<QList<ListedRecommendation>> rows =
        listing.summariesInRange({}, RecommendationSortKey::Id, Qt::AscendingOrder, 1, 1);
    QVERIFY2(rows, qPrintable(listing.lastError()));
    QCOMPARE(rows->size(), 1);
    const RecommendationSummary &summary = rows->first().summary;
    QCOMPARE(summary.id, second.id);
    QCOMPARE(summary.symbol, second.symbol);
    QCOMPARE(summary.paragraph, second.paragraph);
    QCOMPARE(summary.mechanism, second.mechanism);
    QCOMPARE(summary.stateUnderReview, second.stateUnderReview);
    QCOMPARE(summary.text, second.text);
    QCOMPARE(summary.documentDate, second.documentDate);
    QCOMPARE(summary.dueDate, second.dueDate);
    QCOMPARE(summary.themes, second.themes);
    QCOMPARE(summary.recommendedBy, second.recommendedBy);
    QCOMPARE(summary.status, m_statuses.value(second.id));
    QVERIFY(listing.summariesInRange({}, RecommendationSortKey::Id, Qt::AscendingOrder, 60, 10)->isEmpty());
}

void RecommendationListingTest::storedFirstNamesGiveTheSameOrder()
{
    // Schema version 5 stores the first theme and recommending state, kept
    // by triggers; with them the two list orders are index scans. Their
    // values must give exactly the order the names themselves give.
    {
        QSqlQuery query(QSqlDatabase::database(m_file->database().connectionName()));
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM recommendation WHERE first_theme IS NOT NULL")));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toInt() > 0);
    }
    RecommendationListing listing(m_file->database());
    auto checkOrders = [&] {
        for (const RecommendationSortKey key : {RecommendationSortKey::Themes, RecommendationSortKey::RecommendedBy}) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const QList<qint64> expected = expectedOrder({}, key, order);
                QCOMPARE(listing.idsInRange({}, key, order, 0, 1000), std::optional<QList<qint64>>(expected));
                for (int row = 0; row < expected.size(); row += 5)
                    QCOMPARE(listing.rankOf(expected.at(row), {}, key, order), std::optional<int>(row));
            }
        }
    };
    checkOrders();
    // The triggers follow edits of the lists, and their undo.
    Recommendation &edited = m_records[6];
    const QStringList themesBefore = edited.themes;
    edited.themes = {QStringLiteral("Access to justice"), QStringLiteral("Torture")};
    edited.recommendedBy = {QStringLiteral("Zambia")};
    QVERIFY2(m_edits->updateRecommendation(edited), qPrintable(m_edits->lastError()));
    checkOrders();
    Recommendation &cleared = m_records[7];
    cleared.themes.clear();
    cleared.recommendedBy.clear();
    QVERIFY(m_edits->updateRecommendation(cleared));
    checkOrders();
    QVERIFY(m_edits->deleteRecommendations({m_records.at(8).id}));
    m_edits->undoStack()->undo();
    m_edits->undoStack()->undo();
    m_edits->undoStack()->undo();
    m_records[6] = *m_repository->find(m_records.at(6).id);
    m_records[7] = *m_repository->find(m_records.at(7).id);
    QCOMPARE(m_records.at(6).themes, themesBefore);
    checkOrders();
}

void RecommendationListingTest::fullTextSearch_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");
    const QString torture = QStringLiteral("Investigate every allegation of torture");
    const QString tortured = QStringLiteral("Compensate persons who were TORTURED in custody");
    const QString russian1 = QStringLiteral("Расследовать все сообщения о пытках и запретить пытки");
    const QString russian2 = QStringLiteral("Пыткам и жестокому обращению положить конец");
    const QString kazakh1 = QStringLiteral("Азаптауға қарсы ұлттық алдын алу тетігін күшейту");
    const QString kazakh2 = QStringLiteral("Әйелдер мен балалардың құқықтарын қорғауды күшейту");
    const QString french = QStringLiteral("Garantir l'accès des détenus à un médecin");
    QTest::newRow("word prefix") << QStringLiteral("tortur") << QStringList{torture, tortured};
    QTest::newRow("upper case") << QStringLiteral("TORTURE") << QStringList{torture, tortured};
    QTest::newRow("diacritics in the search") << QStringLiteral("tórtüre") << QStringList{torture, tortured};
    QTest::newRow("diacritics in the text") << QStringLiteral("detenus medecin") << QStringList{french};
    QTest::newRow("every word") << QStringLiteral("tortur custody") << QStringList{tortured};
    QTest::newRow("Russian prefix") << QStringLiteral("пытк") << QStringList{russian1, russian2};
    QTest::newRow("Russian, upper case") << QStringLiteral("ПЫТКАМ") << QStringList{russian2};
    QTest::newRow("Kazakh prefix") << QStringLiteral("азаптау") << QStringList{kazakh1};
    QTest::newRow("Kazakh letters, upper case") << QStringLiteral("ҚҰҚЫҚ ӘЙЕЛДЕР") << QStringList{kazakh2};
    QTest::newRow("Kazakh letters are not their Russian look-alikes") << QStringLiteral("кукык") << QStringList{};
    QTest::newRow("only punctuation searches nothing") << QStringLiteral("?!") << QStringList{
        torture, tortured, russian1, russian2, kazakh1, kazakh2, french};
}

void RecommendationListingTest::fullTextSearch()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    // A database of its own with just these texts.
    TemporaryDatabase file;
    RecommendationRepository repository(file.database());
    RecommendationEdits edits(repository);
    QList<RecommendationRecord> records;
    for (const QString &text : {QStringLiteral("Investigate every allegation of torture"),
                                QStringLiteral("Compensate persons who were TORTURED in custody"),
                                QStringLiteral("Расследовать все сообщения о пытках и запретить пытки"),
                                QStringLiteral("Пыткам и жестокому обращению положить конец"),
                                QStringLiteral("Азаптауға қарсы ұлттық алдын алу тетігін күшейту"),
                                QStringLiteral("Әйелдер мен балалардың құқықтарын қорғауды күшейту"),
                                QStringLiteral("Garantir l'accès des détenus à un médecin")}) {
        Recommendation r = RecommendationFactory::upr(int(records.size()) + 1);
        r.text = text;
        records << RecommendationRecord{r, {}};
    }
    QVERIFY(edits.addRecords(records, QStringLiteral("add")));
    RecommendationListing listing(file.database());
    RecommendationFilter filter;
    filter.searchText = search;
    QCOMPARE(RecommendationListing::hasSearch(filter), search != QLatin1String("?!"));
    QStringList found;
    for (const RecommendationSortKey key : {RecommendationSortKey::Id, RecommendationSortKey::Relevance}) {
        const std::optional<QList<ListedRecommendation>> rows =
            listing.summariesInRange(filter, key, Qt::DescendingOrder, 0, 100);
        QVERIFY2(rows, qPrintable(listing.lastError()));
        found.clear();
        for (const ListedRecommendation &row : *rows)
            found << row.summary.text;
        std::sort(found.begin(), found.end());
        QStringList sorted = expected;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(found, sorted);
    }
    QCOMPARE(listing.count(filter), std::optional<int>(int(expected.size())));
}

void RecommendationListingTest::relevancePutsTheBestMatchFirst()
{
    auto textRecord = [this](int n, const QString &text) {
        Recommendation r = RecommendationFactory::iccpr(100 + n);
        r.text = text;
        const std::optional<qint64> id = m_edits->addRecommendation({r, {}});
        return id.value_or(0);
    };
    const qint64 once = textRecord(1, QStringLiteral("Prevent torture and ensure independent oversight of detention "
                                                     "facilities and prompt access to lawyers"));
    const qint64 thrice = textRecord(2, QStringLiteral("Torture must end: investigate torture, punish torture."));
    const qint64 twice = textRecord(3, QStringLiteral("Define torture in law and prosecute torture"));
    QVERIFY(once && thrice && twice);
    RecommendationListing listing(m_file->database());
    RecommendationFilter filter;
    filter.searchText = QStringLiteral("torture");
    // The factory's ICCPR texts ("... allegation of torture number n ...") match too, once each.
    const QList<qint64> best = listing.idsInRange(filter, RecommendationSortKey::Relevance, Qt::DescendingOrder, 0, 2).value();
    QCOMPARE(best, (QList<qint64>{thrice, twice}));
    const std::optional<QList<ListedRecommendation>> rows =
        listing.summariesInRange(filter, RecommendationSortKey::Relevance, Qt::DescendingOrder, 0, 1000);
    QVERIFY(rows);
    double previous = rows->first().relevance.value();
    QCOMPARE(listing.bestRelevance(filter), std::optional<double>(previous));
    for (const ListedRecommendation &row : *rows) {
        QVERIFY(row.relevance.value() <= previous);
        previous = row.relevance.value();
    }
    const QHash<qint64, double> scores = listing.relevanceOf({once, thrice, m_records.first().id}, filter).value();
    QCOMPARE(scores.size(), 2); // the first record does not mention torture
    QVERIFY(scores.value(thrice) > scores.value(once));
    // Scored on their own, rows get the score the ranking gave them.
    QList<qint64> everyOther;
    for (int i = 0; i < rows->size(); i += 2)
        everyOther << rows->at(i).summary.id;
    const QHash<qint64, double> again = listing.relevanceOf(everyOther, filter).value();
    QCOMPARE(again.size(), everyOther.size());
    for (int i = 0; i < rows->size(); i += 2)
        QCOMPARE(again.value(rows->at(i).summary.id), rows->at(i).relevance.value());
    // Ascending is the other way round; a rank agrees with the window, also
    // with another condition, when the table joins the index.
    const QList<qint64> all = listing.idsInRange(filter, RecommendationSortKey::Relevance, Qt::AscendingOrder, 0, 1000).value();
    QCOMPARE(all.last(), thrice);
    QCOMPARE(listing.rankOf(thrice, filter, RecommendationSortKey::Relevance, Qt::AscendingOrder),
             std::optional<int>(int(all.size()) - 1));
    filter.mechanisms = {QStringLiteral("iccpr")};
    const QList<qint64> iccpr = listing.idsInRange(filter, RecommendationSortKey::Relevance, Qt::DescendingOrder, 0, 1000).value();
    QCOMPARE(listing.count(filter), std::optional<int>(int(iccpr.size())));
    QCOMPARE(iccpr.mid(0, 2), (QList<qint64>{thrice, twice}));
    for (int row = 0; row < iccpr.size(); ++row)
        QCOMPARE(listing.rankOf(iccpr.at(row), filter, RecommendationSortKey::Relevance, Qt::DescendingOrder),
                 std::optional<int>(row));
    QHash<qint64, int> expectedRanks;
    for (int row = 0; row < iccpr.size(); ++row)
        expectedRanks.insert(iccpr.at(row), row);
    QCOMPARE(listing.ranksOf(iccpr, filter, RecommendationSortKey::Relevance, Qt::DescendingOrder),
             (std::optional<QHash<qint64, int>>(expectedRanks)));
}

void RecommendationListingTest::relevanceWithoutSearchIsIdOrder()
{
    RecommendationListing listing(m_file->database());
    const QList<qint64> byId = expectedOrder({}, RecommendationSortKey::Id, Qt::AscendingOrder);
    for (const Qt::SortOrder direction : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        QCOMPARE(listing.idsInRange({}, RecommendationSortKey::Relevance, direction, 0, 1000),
                 std::optional<QList<qint64>>(byId));
        QCOMPARE(listing.rankOf(byId.at(5), {}, RecommendationSortKey::Relevance, direction), std::optional<int>(5));
    }
    QCOMPARE(listing.bestRelevance({}), std::optional<double>(0.0));
    QVERIFY(listing.relevanceOf(byId, {})->isEmpty());
}

void RecommendationListingTest::searchIndexFollowsEditsAndUndo()
{
    RecommendationListing listing(m_file->database());
    RecommendationFilter search;
    search.searchText = QStringLiteral("tortur");
    RecommendationFilter searchUpr = search; // counted through the table, not the index alone
    searchUpr.mechanisms = {QStringLiteral("upr")};
    const int before = listing.count(search).value();
    const int beforeUpr = listing.count(searchUpr).value();

    Recommendation r = RecommendationFactory::upr(500);
    r.text = QStringLiteral("Persons who were tortured must be compensated");
    const std::optional<qint64> id = m_edits->addRecommendation({r, {}});
    QVERIFY(id);
    QCOMPARE(listing.count(search), std::optional<int>(before + 1));
    QCOMPARE(listing.count(searchUpr), std::optional<int>(beforeUpr + 1));
    QCOMPARE(listing.rankOf(*id, search, RecommendationSortKey::Relevance, Qt::DescendingOrder).value() >= 0, true);

    r.id = *id;
    r.text = QStringLiteral("Persons who were ill-treated must be compensated");
    QVERIFY(m_edits->updateRecommendation(r));
    QCOMPARE(listing.count(search), std::optional<int>(before));
    QCOMPARE(listing.count(searchUpr), std::optional<int>(beforeUpr));
    RecommendationFilter illTreated;
    illTreated.searchText = QStringLiteral("ill treated");
    QCOMPARE(listing.idsInRange(illTreated, RecommendationSortKey::Relevance, Qt::DescendingOrder, 0, 10),
             std::optional<QList<qint64>>(QList<qint64>{*id}));

    QVERIFY(m_edits->deleteRecommendations({*id}));
    QCOMPARE(listing.count(illTreated), std::optional<int>(0));
    m_edits->undoStack()->undo(); // the delete
    QCOMPARE(listing.count(illTreated), std::optional<int>(1));
    m_edits->undoStack()->undo(); // the edit
    QCOMPARE(listing.count(illTreated), std::optional<int>(0));
    QCOMPARE(listing.count(search), std::optional<int>(before + 1));
    m_edits->undoStack()->undo(); // the add
    QCOMPARE(listing.count(search), std::optional<int>(before));
    QCOMPARE(listing.count(searchUpr), std::optional<int>(beforeUpr));
    m_edits->undoStack()->redo();
    QCOMPARE(listing.count(search), std::optional<int>(before + 1));
    QCOMPARE(listing.rankOf(*id, searchUpr, RecommendationSortKey::Id, Qt::AscendingOrder),
             std::optional<int>(beforeUpr)); // the newest id, last
}

QTEST_GUILESS_MAIN(RecommendationListingTest)
#include "tst_recommendationlisting.moc"
