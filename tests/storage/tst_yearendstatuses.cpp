// The statistics rows (recommendation_statistics) that triggers keep next to
// the records: their year-end statuses stay what the history says through
// every kind of edit (appending in order, back-dating, same-day ties, undo of
// the latest entry or of an older one, many rows in one statement, a long
// random sequence of edits), the copied columns follow record edits, a
// deleted record leaves no row, and an ill-formed string fails the
// statistics with a message instead of counting wrongly.
#include "database.h"
#include "recommendationfactory.h"
#include "recommendationrepository.h"
#include "statisticsqueries.h"
#include "temporarydatabase.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <algorithm>

class YearEndStatusesTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void writtenAsTheHistoryGrows();
    void undoOfEntries();
    void sameDayEntries();
    void manyEntriesInOneStatement();
    void randomEditsAgreeWithTheHistory();
    void copiedColumnsFollowRecordEdits();
    void deletedRecordsLeaveNoRow();
    void illFormedStatusesFailTheStatistics();

private:
    qint64 addRecord(const QDate &documentDate);
    qint64 append(qint64 id, Status status, const QDate &effective, int recordedSecond);
    QString stored(qint64 id);
    QString expected(qint64 id);
    QVariant scalar(const QString &sql);

    std::unique_ptr<TemporaryDatabase> m_file;
    std::unique_ptr<RecommendationRepository> m_repository;
    int m_records = 0;
};

namespace {

char letterOf(Status status)
{
    switch (status) {
    case Status::Pending: return 'p';
    case Status::Accepted: return 'a';
    case Status::Rejected: return 'r';
    case Status::PartiallyImplemented: return 'h';
    case Status::Implemented: return 'i';
    }
    return '?';
}

// The year-end statuses worked out the slow and obvious way, as documented:
// the year of the earliest entry, then for every year up to the latest
// entry's the status of the latest entry effective by 31 December (on a tie
// the later recorded, then the later id).
QString yearEndStatuses(QList<StatusChange> history)
{
    if (history.isEmpty())
        return QString();
    std::sort(history.begin(), history.end(), [](const StatusChange &a, const StatusChange &b) {
        return std::tie(a.effectiveDate, a.recordedAt, a.id) < std::tie(b.effectiveDate, b.recordedAt, b.id);
    });
    const int first = history.first().effectiveDate.year();
    const int last = history.last().effectiveDate.year();
    QString text = QStringLiteral("%1").arg(first, 4, 10, QLatin1Char('0'));
    for (int year = first; year <= last; ++year) {
        Status standing = Status::Pending;
        for (const StatusChange &entry : history) {
            if (entry.effectiveDate <= QDate(year, 12, 31))
                standing = entry.status;
        }
        text += QLatin1Char(letterOf(standing));
    }
    return text;
}

} // namespace

void YearEndStatusesTest::init()
{
    m_file = std::make_unique<TemporaryDatabase>();
    QVERIFY2(m_file->isValid(), qPrintable(m_file->error()));
    m_repository = std::make_unique<RecommendationRepository>(m_file->database());
    m_records = 0;
}

void YearEndStatusesTest::cleanup()
{
    m_repository.reset();
    m_file.reset();
}

qint64 YearEndStatusesTest::addRecord(const QDate &documentDate)
{
    Recommendation recommendation = RecommendationFactory::upr(++m_records);
    recommendation.documentDate = documentDate;
    const std::optional<qint64> id = m_repository->insert(recommendation);
    if (!id)
        qWarning() << m_repository->lastError();
    return id.value_or(0);
}

qint64 YearEndStatusesTest::append(qint64 id, Status status, const QDate &effective, int recordedSecond)
{
    StatusChange change = RecommendationFactory::change(id, status, effective);
    change.recordedAt = QDateTime(QDate(2024, 1, 1), QTime(9, 0), Qt::UTC).addSecs(recordedSecond);
    const std::optional<qint64> entry = m_repository->appendStatusChange(change);
    if (!entry)
        qWarning() << m_repository->lastError();
    return entry.value_or(0);
}

QVariant YearEndStatusesTest::scalar(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_file->database().connectionName()));
    if (!query.exec(sql) || !query.next())
        return QStringLiteral("no row");
    return query.value(0);
}

QString YearEndStatusesTest::stored(qint64 id)
{
    return scalar(QStringLiteral("SELECT year_end_statuses FROM recommendation_statistics WHERE id = %1").arg(id))
        .toString();
}

QString YearEndStatusesTest::expected(qint64 id)
{
    return yearEndStatuses(m_repository->history(id));
}

void YearEndStatusesTest::writtenAsTheHistoryGrows()
{
    const qint64 id = addRecord(QDate(2011, 3, 1));
    QCOMPARE(stored(id), QString()); // no history
    append(id, Status::Accepted, QDate(2011, 6, 30), 0);
    QCOMPARE(stored(id), QStringLiteral("2011a"));
    // A later year: the years between repeat the last letter.
    append(id, Status::Implemented, QDate(2014, 1, 1), 1);
    QCOMPARE(stored(id), QStringLiteral("2011aaai"));
    // The same year as the last letter, recorded later: it replaces it.
    append(id, Status::PartiallyImplemented, QDate(2014, 12, 31), 2);
    QCOMPARE(stored(id), QStringLiteral("2011aaah"));
    // Back-dated between two entries: from its year to the next entry's.
    append(id, Status::Rejected, QDate(2012, 5, 5), 3);
    QCOMPARE(stored(id), QStringLiteral("2011arrh"));
    // Back-dated into a year whose last entry stays later: no year changes.
    append(id, Status::Implemented, QDate(2012, 1, 1), 4);
    QCOMPARE(stored(id), QStringLiteral("2011arrh"));
    // Before the first year (and before the document date): the string
    // starts earlier; where the record counts is the statistics' business.
    append(id, Status::Pending, QDate(2009, 2, 2), 5);
    QCOMPARE(stored(id), QStringLiteral("2009pparrh"));
    QCOMPARE(stored(id), expected(id));
    QCOMPARE(scalar(QStringLiteral("SELECT current_status FROM recommendation_statistics WHERE id = %1").arg(id)),
             QVariant(QStringLiteral("partially_implemented")));
}

void YearEndStatusesTest::undoOfEntries()
{
    const qint64 id = addRecord(QDate(2010, 1, 1));
    const qint64 first = append(id, Status::Accepted, QDate(2010, 6, 1), 0);
    const qint64 middle = append(id, Status::PartiallyImplemented, QDate(2012, 6, 1), 1);
    const qint64 sameYear = append(id, Status::Rejected, QDate(2012, 8, 1), 2);
    const qint64 latest = append(id, Status::Implemented, QDate(2015, 6, 1), 3);
    QCOMPARE(stored(id), QStringLiteral("2010aarrri"));
    // Undo of the latest: the string ends at the entry before it.
    QVERIFY(m_repository->removeStatusChange(latest));
    QCOMPARE(stored(id), QStringLiteral("2010aar"));
    QCOMPARE(m_repository->currentStatus(id), std::optional<Status>(Status::Rejected));
    // An entry followed by one in the same year: nothing changes.
    QVERIFY(m_repository->removeStatusChange(middle));
    QCOMPARE(stored(id), QStringLiteral("2010aar"));
    // The earliest: the string starts again at the next entry's year.
    QVERIFY(m_repository->removeStatusChange(first));
    QCOMPARE(stored(id), QStringLiteral("2012r"));
    QVERIFY(m_repository->removeStatusChange(sameYear));
    QCOMPARE(stored(id), QString());
    QCOMPARE(m_repository->currentStatus(id), std::optional<Status>(Status::Pending));

    // An older entry between two others takes the letter of the one before it.
    const qint64 other = addRecord(QDate(2010, 1, 1));
    append(other, Status::Accepted, QDate(2010, 6, 1), 0);
    const qint64 between = append(other, Status::Rejected, QDate(2011, 6, 1), 1);
    append(other, Status::Implemented, QDate(2014, 6, 1), 2);
    QCOMPARE(stored(other), QStringLiteral("2010arrri"));
    QVERIFY(m_repository->removeStatusChange(between));
    QCOMPARE(stored(other), QStringLiteral("2010aaaai"));
    QCOMPARE(stored(other), expected(other));
}

void YearEndStatusesTest::sameDayEntries()
{
    // Same effective date: the later recorded wins, whatever the order of
    // insertion; with the same recording time, the later id.
    const qint64 id = addRecord(QDate(2013, 1, 1));
    append(id, Status::Accepted, QDate(2013, 4, 1), 10);
    append(id, Status::Rejected, QDate(2013, 4, 1), 6);
    QCOMPARE(stored(id), QStringLiteral("2013a"));
    append(id, Status::Implemented, QDate(2013, 4, 1), 10);
    QCOMPARE(stored(id), QStringLiteral("2013i"));
    QCOMPARE(stored(id), expected(id));
    QCOMPARE(m_repository->currentStatus(id), std::optional<Status>(Status::Implemented));
}

void YearEndStatusesTest::manyEntriesInOneStatement()
{
    // Whatever writes the history (a bulk import writes many rows per
    // statement), the triggers run row by row.
    const qint64 id = addRecord(QDate(2010, 1, 1));
    QSqlQuery insert(QSqlDatabase::database(m_file->database().connectionName()));
    QVERIFY(insert.exec(QStringLiteral(
        "INSERT INTO status_change (recommendation_id, status, effective_date, recorded_at) VALUES "
        "(%1, 'implemented', '2016-03-03', '2024-01-01T00:00:00.000Z'), "
        "(%1, 'accepted', '2010-05-05', '2024-01-01T00:00:01.000Z'), "
        "(%1, 'rejected', '2012-01-01', '2024-01-01T00:00:02.000Z'), "
        "(%1, 'partially_implemented', '2016-03-03', '2024-01-01T00:00:00.000Z')")
                            .arg(id)));
    QCOMPARE(stored(id), expected(id));
    QCOMPARE(stored(id), QStringLiteral("2010aarrrrh"));
}

void YearEndStatusesTest::randomEditsAgreeWithTheHistory()
{
    // Appends (in and out of order, with ties) and removals of any entry, on
    // a few records, each compared with the history worked out again.
    QRandomGenerator random(20260501);
    QList<qint64> ids;
    for (int i = 0; i < 4; ++i)
        ids << addRecord(QDate(2010 + i, 1, 1));
    for (int step = 0; step < 400; ++step) {
        const qint64 id = ids.at(random.bounded(int(ids.size())));
        const QList<StatusChange> history = m_repository->history(id);
        QString done;
        if (!history.isEmpty() && random.bounded(3) == 0) {
            const StatusChange &entry = history.at(random.bounded(int(history.size())));
            QVERIFY(m_repository->removeStatusChange(entry.id));
            done = QStringLiteral("removed %1 %2").arg(StatusInfo::key(entry.status), entry.effectiveDate.toString(Qt::ISODate));
        } else {
            const Status status = StatusInfo::all().at(random.bounded(int(StatusInfo::all().size())));
            // Few days and recording times, so that ties happen.
            const QDate effective(2005 + random.bounded(25), 1 + 11 * random.bounded(2), 1 + 30 * random.bounded(2));
            QVERIFY(append(id, status, effective, random.bounded(20)));
            done = QStringLiteral("appended %1 %2").arg(StatusInfo::key(status), effective.toString(Qt::ISODate));
        }
        const QList<StatusChange> after = m_repository->history(id);
        QVERIFY2(stored(id) == yearEndStatuses(after),
                 qPrintable(QStringLiteral("step %1, %2: stored %3, expected %4")
                                .arg(step).arg(done, stored(id), yearEndStatuses(after))));
        const QString current = stored(id).isEmpty() ? QStringLiteral("p") : stored(id).right(1);
        QCOMPARE(QString(QLatin1Char(letterOf(*m_repository->currentStatus(id)))), current);
    }
}

void YearEndStatusesTest::copiedColumnsFollowRecordEdits()
{
    const qint64 id = addRecord(QDate(2012, 5, 5));
    append(id, Status::Accepted, QDate(2012, 6, 6), 0);
    StatisticsQueries queries(m_file->database());
    RecommendationFilter upTo2014;
    upTo2014.yearFrom = 2010;
    upTo2014.yearTo = 2014;
    QCOMPARE(queries.progressByYear(upTo2014)->at(2).counts.total(), 1); // 2012

    std::optional<Recommendation> record = m_repository->find(id);
    QVERIFY(record);
    record->documentDate = QDate(2014, 2, 2);
    record->mechanism = QStringLiteral("iccpr");
    record->stateUnderReview = QStringLiteral("Mongolia");
    QVERIFY2(m_repository->update(*record), qPrintable(m_repository->lastError()));
    QCOMPARE(scalar(QStringLiteral("SELECT document_date || ' ' || mechanism || ' ' || state_under_review "
                                   "FROM recommendation_statistics WHERE id = %1")
                        .arg(id)),
             QVariant(QStringLiteral("2014-02-02 iccpr Mongolia")));
    // Counted from the new year on, under the new mechanism and state.
    const std::optional<QList<YearStatusCounts>> progress = queries.progressByYear(upTo2014);
    QVERIFY2(progress, qPrintable(queries.lastError()));
    QCOMPARE(progress->at(2).counts.total(), 0);
    QCOMPARE(progress->at(4).counts[Status::Accepted], 1);
    RecommendationFilter mongolia;
    mongolia.stateUnderReview = QStringLiteral("mongolia");
    mongolia.mechanisms = {QStringLiteral("iccpr")};
    mongolia.yearTo = 2014;
    const std::optional<QList<YearMechanismCounts>> received = queries.receivedByMechanism(mongolia);
    QVERIFY2(received, qPrintable(queries.lastError()));
    QCOMPARE(received->size(), 1);
    QCOMPARE(received->first().byMechanism.value(QStringLiteral("iccpr")), 1);

    // Without a date the record is left out of every year.
    record->documentDate = QDate();
    QVERIFY2(m_repository->update(*record), qPrintable(m_repository->lastError()));
    QVERIFY(scalar(QStringLiteral("SELECT document_date FROM recommendation_statistics WHERE id = %1").arg(id)).isNull());
    QCOMPARE(queries.progressByYear(upTo2014)->at(4).counts.total(), 0);
    QCOMPARE(stored(id), QStringLiteral("2012a")); // the history is untouched
}

void YearEndStatusesTest::deletedRecordsLeaveNoRow()
{
    const qint64 withHistory = addRecord(QDate(2011, 1, 1));
    append(withHistory, Status::Accepted, QDate(2011, 2, 2), 0);
    append(withHistory, Status::Implemented, QDate(2013, 2, 2), 1);
    const qint64 without = addRecord(QDate(2012, 1, 1));
    const qint64 kept = addRecord(QDate(2012, 1, 1));
    append(kept, Status::Rejected, QDate(2012, 3, 3), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM recommendation_statistics")).toInt(), 3);
    QVERIFY(m_repository->remove(withHistory));
    QVERIFY(m_repository->remove(without));
    QCOMPARE(scalar(QStringLiteral("SELECT group_concat(id) FROM recommendation_statistics")).toLongLong(), kept);
    QCOMPARE(stored(kept), QStringLiteral("2012r"));
    StatisticsQueries queries(m_file->database());
    RecommendationFilter filter;
    filter.yearTo = 2013;
    const std::optional<QList<YearStatusCounts>> progress = queries.progressByYear(filter);
    QVERIFY2(progress, qPrintable(queries.lastError()));
    QCOMPARE(progress->size(), 2); // from 2012, the year of the one record left
    QCOMPARE(progress->last().counts[Status::Rejected], 1);
    QCOMPARE(progress->last().counts.total(), 1);
}

void YearEndStatusesTest::illFormedStatusesFailTheStatistics()
{
    // Only another program could write this; the chart must not count it
    // as something.
    const qint64 id = addRecord(QDate(2011, 1, 1));
    QSqlQuery query(QSqlDatabase::database(m_file->database().connectionName()));
    QVERIFY(query.exec(QStringLiteral("UPDATE recommendation_statistics SET year_end_statuses = '20x1a' WHERE id = %1")
                           .arg(id)));
    StatisticsQueries queries(m_file->database());
    QVERIFY(!queries.progressByYear({}));
    QVERIFY2(queries.lastError().contains(QLatin1String("year_end_statuses")), qPrintable(queries.lastError()));
}

QTEST_GUILESS_MAIN(YearEndStatusesTest)
#include "tst_yearendstatuses.moc"
