// The status history and the current status derived from it: back-dated and
// same-day entries, a status that goes back, entries removed by undo, and a
// history the database itself keeps append-only.
#include "database.h"
#include "recommendationfactory.h"
#include "recommendationrepository.h"
#include "temporarydatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class StatusHistoryTest : public QObject
{
    Q_OBJECT

private slots:
    void noHistoryMeansPending();
    void latestEffectiveDateWins_data();
    void latestEffectiveDateWins();
    void removingTheLatestEntryRestoresThePrevious();
    void historyIsOrderedByEffectiveDate();
    void refusedEntries();
    void databaseRefusesRewritingHistory();
};

Q_DECLARE_METATYPE(QList<Status>)

void StatusHistoryTest::noHistoryMeansPending()
{
    TemporaryDatabase file;
    RecommendationRepository repository(file.database());
    const qint64 id = *repository.insert(RecommendationFactory::iccpr(1));
    QCOMPARE(repository.currentStatus(id), std::optional<Status>(Status::Pending));
    QVERIFY(repository.history(id).isEmpty());
}

void StatusHistoryTest::latestEffectiveDateWins_data()
{
    // Entries in the order they are recorded (one second apart), and the
    // status that must be current afterwards.
    QTest::addColumn<QList<Status>>("statuses");
    QTest::addColumn<QStringList>("dates");
    QTest::addColumn<int>("expected");
    using S = Status;
    QTest::newRow("in order") << QList<S>{S::Accepted, S::PartiallyImplemented, S::Implemented}
                              << QStringList{QStringLiteral("2010-06-10"), QStringLiteral("2013-01-01"), QStringLiteral("2016-05-01")}
                              << int(S::Implemented);
    QTest::newRow("back-dated entry recorded last") << QList<S>{S::Accepted, S::Implemented, S::PartiallyImplemented}
                                                    << QStringList{QStringLiteral("2010-06-10"), QStringLiteral("2022-03-24"), QStringLiteral("2021-12-29")}
                                                    << int(S::Implemented);
    QTest::newRow("same day: the later recorded wins") << QList<S>{S::Accepted, S::PartiallyImplemented}
                                                       << QStringList{QStringLiteral("2012-07-31"), QStringLiteral("2012-07-31")}
                                                       << int(S::PartiallyImplemented);
    QTest::newRow("status goes back") << QList<S>{S::Implemented, S::PartiallyImplemented}
                                      << QStringList{QStringLiteral("2015-01-01"), QStringLiteral("2017-01-01")}
                                      << int(S::PartiallyImplemented);
    QTest::newRow("rejected then implemented") << QList<S>{S::Rejected, S::Implemented}
                                               << QStringList{QStringLiteral("2010-06-10"), QStringLiteral("2022-01-01")}
                                               << int(S::Implemented);
}

void StatusHistoryTest::latestEffectiveDateWins()
{
    QFETCH(QList<Status>, statuses);
    QFETCH(QStringList, dates);
    QFETCH(int, expected);
    TemporaryDatabase file;
    RecommendationRepository repository(file.database());
    const qint64 id = *repository.insert(RecommendationFactory::upr(1));
    const QDateTime start(QDate(2024, 1, 1), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < statuses.size(); ++i) {
        StatusChange change = RecommendationFactory::change(id, statuses.at(i), QDate::fromString(dates.at(i), Qt::ISODate));
        change.recordedAt = start.addSecs(i);
        QVERIFY2(repository.appendStatusChange(change), qPrintable(repository.lastError()));
    }
    QCOMPARE(repository.currentStatus(id), std::optional<Status>(Status(expected)));
    RecommendationFilter filter;
    filter.statuses = {Status(expected)};
    QCOMPARE(repository.count(filter), std::optional<int>(1));
}

void StatusHistoryTest::removingTheLatestEntryRestoresThePrevious()
{
    TemporaryDatabase file;
    RecommendationRepository repository(file.database());
    const qint64 id = *repository.insert(RecommendationFactory::upr(1));
    QVERIFY(repository.appendStatusChange(RecommendationFactory::change(id, Status::Accepted, QDate(2010, 6, 10))));
    const std::optional<qint64> latest =
        repository.appendStatusChange(RecommendationFactory::change(id, Status::Implemented, QDate(2020, 1, 1)));
    QVERIFY(latest);
    QCOMPARE(repository.currentStatus(id), std::optional<Status>(Status::Implemented));
    QVERIFY(repository.removeStatusChange(*latest));
    QCOMPARE(repository.currentStatus(id), std::optional<Status>(Status::Accepted));
    QVERIFY(repository.removeStatusChange(repository.history(id).first().id));
    QCOMPARE(repository.currentStatus(id), std::optional<Status>(Status::Pending));
}

void StatusHistoryTest::historyIsOrderedByEffectiveDate()
{
    TemporaryDatabase file;
    RecommendationRepository repository(file.database());
    const qint64 id = *repository.insert(RecommendationFactory::upr(1));
    StatusChange later = RecommendationFactory::change(id, Status::Implemented, QDate(2022, 3, 24), QStringLiteral("law"));
    later.evidenceLink = QStringLiteral("https://example.org/law");
    QVERIFY(repository.appendStatusChange(later));
    QVERIFY(repository.appendStatusChange(RecommendationFactory::change(id, Status::Accepted, QDate(2010, 6, 10))));
    const QList<StatusChange> history = repository.history(id);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).status, Status::Accepted);
    QCOMPARE(history.at(1).note, QStringLiteral("law"));
    QCOMPARE(history.at(1).evidenceLink, QStringLiteral("https://example.org/law"));
    QCOMPARE(history.at(1).author, QStringLiteral("test"));
    QVERIFY(history.at(1).recordedAt.isValid());
    QVERIFY(history.at(0).recordedAt >= history.at(1).recordedAt);
}

void StatusHistoryTest::refusedEntries()
{
    TemporaryDatabase file;
    RecommendationRepository repository(file.database());
    const qint64 id = *repository.insert(RecommendationFactory::upr(1));
    QVERIFY(!repository.appendStatusChange(RecommendationFactory::change(id + 100, Status::Accepted, QDate(2010, 1, 1))));
    QVERIFY(repository.lastError().contains(QString::number(id + 100)));
    QVERIFY(!repository.appendStatusChange(RecommendationFactory::change(id, Status::Accepted, QDate())));
    QVERIFY(repository.history(id).isEmpty());
}

void StatusHistoryTest::databaseRefusesRewritingHistory()
{
    TemporaryDatabase file;
    {
        RecommendationRepository repository(file.database());
        const qint64 id = *repository.insert(RecommendationFactory::upr(1));
        QVERIFY(repository.appendStatusChange(RecommendationFactory::change(id, Status::Accepted, QDate(2010, 6, 10))));
    }
    file.close();
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(file.path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(!query.exec(QStringLiteral("UPDATE status_change SET status = 'implemented'")));
        error = query.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    QVERIFY2(error.contains(QLatin1String("append-only")), qPrintable(error));
}

QTEST_GUILESS_MAIN(StatusHistoryTest)
#include "tst_statushistory.moc"
