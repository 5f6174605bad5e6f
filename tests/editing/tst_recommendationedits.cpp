// The edit facade on a real database: every edit is one undo step, undo and
// redo restore exactly, the notifier names the records, and a refused edit
// pushes nothing and changes nothing.
#include "recommendationedits.h"
#include "recommendationfactory.h"
#include "recommendationrepository.h"
#include "temporarydatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

class RecommendationEditsTest : public QObject
{
    Q_OBJECT

private slots:
    void addIsUndoneAndRedoneUnderTheSameId();
    void updateIsUndone();
    void updateWithoutChangePushesNothing();
    void duplicateCopiesFieldsNotHistory();
    void deleteIsUndoneWithTheWholeHistory();
    void assignStatusToSeveralIsOneStep();
    void undoOfAssignmentBeforeDeleteStillWorks();
    void manyRecordsAreAddedDeletedAndAssignedExactly();
    void recordsHandedOverAreAddedAsGiven();
    void refusedEditsPushNothing_data();
    void refusedEditsPushNothing();
    void readOnlyDatabaseRefusesEveryEdit();
};

namespace {
QList<qint64> ids(const QSignalSpy &spy, int call = 0)
{
    return spy.at(call).at(0).value<QList<qint64>>();
}
} // namespace

void RecommendationEditsTest::addIsUndoneAndRedoneUnderTheSameId()
{
    TemporaryDatabase file;
    QVERIFY(file.isValid());
    RecommendationRepository repository(file.database());
    RecommendationEdits edits(repository);
    QSignalSpy added(edits.notifier(), &RecordNotifier::recordsAdded);
    QSignalSpy removed(edits.notifier(), &RecordNotifier::recordsRemoved);

    RecommendationRecord record{RecommendationFactory::upr(1),
                                {RecommendationFactory::change(0, Status::Accepted, QDate(2010, 6, 10))}};
    const std::optional<qint64> id = edits.addRecommendation(record);
    QVERIFY(id);
    QCOMPARE(edits.undoStack()->count(), 1);
    QCOMPARE(ids(added), QList<qint64>{*id});
    QCOMPARE(repository.currentStatus(*id), std::optional<Status>(Status::Accepted));

    edits.undoStack()->undo();
    QVERIFY(!repository.exists(*id));
    QCOMPARE(ids(removed), QList<qint64>{*id});
    edits.undoStack()->redo();
    QVERIFY(repository.exists(*id));
    QCOMPARE(repository.find(*id)->text, record.recommendation.text);
    QCOMPARE(repository.history(*id).size(), 1);
    QCOMPARE(added.count(), 2);
}

void RecommendationEditsTest::updateIsUndone()
{
    TemporaryDatabase file;
    RecommendationRepository repository(file.database());
    RecommendationEdits edits(repository);
    const qint64 id = *edits.addRecommendation({RecommendationFactory::upr(2), {}});
    QSignalSpy changed(edits.notifier(), &RecordNotifier::recordsChanged);
    Recommendation edited = *repository.find(id);
    const Recommendation original = edited;
    edited.text = QStringLiteral("Ratify the Second Optional Protocol.");
    edited.themes = {QStringLiteral("Death penalty"), QStringLiteral("International instruments")};
    edited.sdgs = {16, 10};
    QVERIFY(edits.updateRecommendation(edited));
    QCOMPARE(edits.undoStack()->count(), 2);
    QCOMPARE(ids(changed), QList<qint64>{id});
    QCOMPARE(repository.find(id)->themes, edited.themes);
    edits.undoStack()->undo();
    QVERIFY(repository.find(id)->sameContent(original));
    QCOMPARE(changed.count(), 2);
    edits.undoStack()->redo();
    QCOMPARE(repository.find(id)->text, edited.text);
}

void RecommendationEditsTest::updateWithoutChangePushesNothing()
{
    TemporaryDatabase file;
    RecommendationRepository repository(file.database());
    RecommendationEdits edits(repository);
    const qint64 id = *edits.addRecommendation({RecommendationFactory::upr(3), {}});
    QVERIFY(edits.updateRecommendation(*repository.find(id)));
    QCOMPARE(edits.undoStack()->count(), 1);
}

void RecommendationEditsTest::duplicateCopiesFieldsNotHistory()
{
    TemporaryDatabase file;
    RecommendationRepository repository(file.database());
    RecommendationEdits edits(repository);
    const qint64 id = *edits.addRecommendation(
        {RecommendationFactory::iccpr(4), {RecommendationFactory::change(0, Status::Implemented, QDate(2015, 1, 1))}});
    const std::optional<QList<qint64>> copies = edits.duplicate({id});
    QVERIFY(copies);
    QCOMPARE(copies->size(), 1);
    const qint64 copy = copies->first();
    QVERIFY(copy != id);
    QVERIFY(repository.find(copy)->sameContent(*repository.find(id)));
    QCOMPARE(repository.currentStatus(copy), std::optional<Status>(Status::Pending));
    edits.undoStack()->undo();
    QVERIFY(!repository.exists(copy));
    QVERIFY(repository.exists(id));
}

void RecommendationEditsTest::deleteIsUndoneWithTheWholeHistory()
{
    TemporaryDatabase file;
    RecommendationRepository repository(file.database());
    RecommendationEdits edits(repository);
    const qint64 first = *edits.addRecommendation({RecommendationFactory::upr(5), {}});
    const qint64 second = *edits.addRecommendation({RecommendationFactory::upr(6), {}});
    QVERIFY(edits.assignStatus({first}, Status::Accepted, QDate(2010, 6, 10), QStringLiteral("adopted")));
    QVERIFY(edits.assignStatus({first}, Status::PartiallyImplemented, QDate(2016, 6, 1), QString(),
                               QStringLiteral("https://example.org/report")));
    const QList<StatusChange> history = repository.history(first);
    const Recommendation fields = *repository.find(first);

    QSignalSpy removed(edits.notifier(), &RecordNotifier::recordsRemoved);
    QSignalSpy added(edits.notifier(), &RecordNotifier::recordsAdded);
    QVERIFY(edits.deleteRecommendations({first, second}));
    QCOMPARE(ids(removed), (QList<qint64>{first, second}));
    QVERIFY(!repository.exists(first));
    QCOMPARE(repository.count(RecommendationFilter()), std::optional<int>(0));

    edits.undoStack()->undo();
    QCOMPARE(ids(added), (QList<qint64>{first, second}));
    QCOMPARE(repository.find(first)->id, first);
    QVERIFY(repository.find(first)->sameContent(fields));
    QCOMPARE(repository.history(first), history); // same ids, dates, notes, recording times
    QCOMPARE(repository.currentStatus(first), std::optional<Status>(Status::PartiallyImplemented));
    edits.undoStack()->redo();
    QVERIFY(!repository.exists(second));
}

void RecommendationEditsTest::assignStatusToSeveralIsOneStep()
{
    TemporaryDatabase file;
    RecommendationRepository repository(file.database());
    RecommendationEdits edits(repository);
    edits.setAuthor(QStringLiteral("analyst"));
    QList<qint64> all;
    for (int i = 1; i <= 4; ++i)
        all << *edits.addRecommendation({RecommendationFactory::upr(i), {}});
    edits.undoStack()->clear();
    QSignalSpy history(edits.notifier(), &RecordNotifier::historyChanged);
    QVERIFY(edits.assignStatus(all.mid(1), Status::Rejected, QDate(2010, 6, 10), QStringLiteral("noted")));
    QCOMPARE(edits.undoStack()->count(), 1);
    QCOMPARE(ids(history), all.mid(1));
    for (qint64 id : all.mid(1)) {
        QCOMPARE(repository.currentStatus(id), std::optional<Status>(Status::Rejected));
        QCOMPARE(repository.history(id).first().author, QStringLiteral("analyst"));
    }
    QCOMPARE(repository.currentStatus(all.first()), std::optional<Status>(Status::Pending));
    edits.undoStack()->undo();
    QCOMPARE(ids(history, 1), all.mid(1));
    for (qint64 id : all)
        QCOMPARE(repository.history(id).size(), 0);
    edits.undoStack()->redo();
    const QList<StatusChange> redone = repository.history(all.at(2));
    QCOMPARE(redone.size(), 1);
    QCOMPARE(redone.first().note, QStringLiteral("noted"));
}

void RecommendationEditsTest::undoOfAssignmentBeforeDeleteStillWorks()
{
    // Assign, delete, then undo both: the restored record keeps the entry's
    // id, so the assignment's undo still finds and removes it.
    TemporaryDatabase file;
    RecommendationRepository repository(file.database());
    RecommendationEdits edits(repository);
    const qint64 id = *edits.addRecommendation({RecommendationFactory::upr(7), {}});
    QVERIFY(edits.assignStatus({id}, Status::Implemented, QDate(2020, 1, 1)));
    QVERIFY(edits.deleteRecommendations({id}));
    QSignalSpy failures(&edits, &RecommendationEdits::editFailed);
    edits.undoStack()->undo();
    edits.undoStack()->undo();
    QCOMPARE(failures.count(), 0);
    QCOMPARE(repository.history(id).size(), 0);
    QCOMPARE(repository.currentStatus(id), std::optional<Status>(Status::Pending));
}

void RecommendationEditsTest::manyRecordsAreAddedDeletedAndAssignedExactly()
{
    // Enough records that every step writes in bulk (staged, one statement
    // per table); undo and redo must still restore exactly.
    TemporaryDatabase file;
    RecommendationRepository repository(file.database());
    RecommendationEdits edits(repository);
    QList<RecommendationRecord> records;
    for (int i = 1; i <= 900; ++i) {
        RecommendationRecord record{i % 2 ? RecommendationFactory::upr(i) : RecommendationFactory::iccpr(i), {}};
        if (i % 3 != 0)
            record.history << RecommendationFactory::change(0, Status::Accepted, QDate(2010, 6, 10));
        records << record;
    }
    const std::optional<QList<qint64>> added = edits.addRecords(records, QStringLiteral("Import"));
    QVERIFY2(added, qPrintable(edits.lastError()));
    QCOMPARE(added->size(), 900);
    QCOMPARE(edits.undoStack()->count(), 1);
    QList<QList<StatusChange>> histories;
    for (qint64 id : *added)
        histories << repository.history(id);

    QVERIFY(edits.assignStatus(added->mid(100, 600), Status::Implemented, QDate(2020, 1, 1)));
    QCOMPARE(edits.undoStack()->count(), 2);
    QCOMPARE(repository.currentStatus(added->at(100)), std::optional<Status>(Status::Implemented));
    const QList<StatusChange> assigned = repository.history(added->at(100));
    edits.undoStack()->undo();
    for (int i = 0; i < added->size(); ++i)
        QCOMPARE(repository.history(added->at(i)), histories.at(i));
    edits.undoStack()->redo();
    QCOMPARE(repository.history(added->at(100)), assigned); // the same entry again, id and time

    QVERIFY(edits.deleteRecommendations(added->mid(0, 800)));
    QCOMPARE(repository.totalCount(), std::optional<int>(100));
    edits.undoStack()->undo();
    QCOMPARE(repository.totalCount(), std::optional<int>(900));
    QCOMPARE(repository.history(added->at(100)), assigned);
    QCOMPARE(repository.history(added->at(1)), histories.at(1));

    // Undo of the whole import, then its redo: the same records under the same ids.
    edits.undoStack()->undo();
    edits.undoStack()->undo();
    QCOMPARE(repository.totalCount(), std::optional<int>(0));
    edits.undoStack()->redo();
    QCOMPARE(repository.totalCount(), std::optional<int>(900));
    for (int i = 0; i < added->size(); ++i) {
        QVERIFY(repository.find(added->at(i))->sameContent(records.at(i).recommendation));
        QCOMPARE(repository.history(added->at(i)), histories.at(i));
    }
    RecommendationFilter filter;
    filter.searchText = QStringLiteral("instrument number 899");
    QCOMPARE(repository.matchingIds(filter), QList<qint64>{added->at(898)});
}

void RecommendationEditsTest::recordsHandedOverAreAddedAsGiven()
{
    // An import hands its records over rather than copying them: they are
    // checked and written just the same, ids cleared first, entries without
    // an author given the edits' author; an invalid one refuses them all.
    TemporaryDatabase file;
    RecommendationRepository repository(file.database());
    RecommendationEdits edits(repository);
    edits.setAuthor(QStringLiteral("analyst"));
    QList<RecommendationRecord> records;
    for (int i = 1; i <= 3; ++i) {
        RecommendationRecord record{RecommendationFactory::upr(i),
                                    {RecommendationFactory::change(0, Status::Accepted, QDate(2010, 6, i))}};
        record.recommendation.id = 100 + i; // an id from elsewhere means nothing here
        record.history[0].author = i == 2 ? QStringLiteral("importer") : QString();
        records << record;
    }
    const QList<RecommendationRecord> given = records;

    QList<RecommendationRecord> invalid = records;
    invalid[2].recommendation.text.clear();
    QVERIFY(!edits.addRecords(std::move(invalid), QStringLiteral("Import")));
    QVERIFY(!edits.lastError().isEmpty());
    QCOMPARE(edits.undoStack()->count(), 0);
    QCOMPARE(repository.totalCount(), std::optional<int>(0));

    const std::optional<QList<qint64>> added = edits.addRecords(std::move(records), QStringLiteral("Import"));
    QVERIFY2(added, qPrintable(edits.lastError()));
    QCOMPARE(*added, (QList<qint64>{1, 2, 3}));
    QCOMPARE(edits.undoStack()->count(), 1);
    for (int i = 0; i < 3; ++i) {
        QVERIFY(repository.find(added->at(i))->sameContent(given.at(i).recommendation));
        const QList<StatusChange> history = repository.history(added->at(i));
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().effectiveDate, given.at(i).history.first().effectiveDate);
        QCOMPARE(history.first().author, i == 1 ? QStringLiteral("importer") : QStringLiteral("analyst"));
    }
    const QList<StatusChange> before = repository.history(added->at(1));
    edits.undoStack()->undo();
    QCOMPARE(repository.totalCount(), std::optional<int>(0));
    edits.undoStack()->redo();
    QCOMPARE(repository.history(added->at(1)), before); // the same entry, id and time

    // Records an import has checked row by row are added the same way.
    QList<RecommendationRecord> checked{
        {RecommendationFactory::iccpr(4), {RecommendationFactory::change(0, Status::Rejected, QDate(2012, 3, 4))}}};
    checked[0].history[0].author.clear();
    const std::optional<QList<qint64>> more = edits.addValidRecords(std::move(checked), QStringLiteral("Import"));
    QVERIFY2(more, qPrintable(edits.lastError()));
    QCOMPARE(*more, QList<qint64>{4});
    QCOMPARE(edits.undoStack()->count(), 2);
    QVERIFY(repository.find(4)->sameContent(RecommendationFactory::iccpr(4)));
    QCOMPARE(repository.history(4).first().author, QStringLiteral("analyst"));
    QCOMPARE(repository.currentStatus(4), std::optional<Status>(Status::Rejected));
}

void RecommendationEditsTest::refusedEditsPushNothing_data()
{
    QTest::addColumn<QString>("edit");
    QTest::newRow("invalid new record") << QStringLiteral("add-invalid");
    QTest::newRow("update with an unknown mechanism") << QStringLiteral("update-invalid");
    QTest::newRow("update of a missing id") << QStringLiteral("update-missing");
    QTest::newRow("status for a missing id") << QStringLiteral("assign-missing");
    QTest::newRow("status without a date") << QStringLiteral("assign-nodate");
    QTest::newRow("status for nothing") << QStringLiteral("assign-empty");
    QTest::newRow("delete of a missing id") << QStringLiteral("delete-missing");
    QTest::newRow("duplicate of a missing id") << QStringLiteral("duplicate-missing");
}

void RecommendationEditsTest::refusedEditsPushNothing()
{
    QFETCH(QString, edit);
    TemporaryDatabase file;
    RecommendationRepository repository(file.database());
    RecommendationEdits edits(repository);
    const qint64 id = *edits.addRecommendation({RecommendationFactory::upr(1), {}});
    const qint64 other = *edits.addRecommendation({RecommendationFactory::upr(2), {}});
    const int steps = edits.undoStack()->count();
    const Recommendation before = *repository.find(id);
    QSignalSpy anyChange(edits.notifier(), &RecordNotifier::recordsChanged);
    QSignalSpy anyHistory(edits.notifier(), &RecordNotifier::historyChanged);

    bool ok = true;
    if (edit == QLatin1String("add-invalid")) {
        Recommendation invalid = RecommendationFactory::upr(3);
        invalid.text = QStringLiteral("  ");
        ok = edits.addRecommendation({invalid, {}}).has_value();
    } else if (edit == QLatin1String("update-invalid")) {
        Recommendation invalid = before;
        invalid.mechanism = QStringLiteral("unicef");
        ok = edits.updateRecommendation(invalid);
    } else if (edit == QLatin1String("update-missing")) {
        Recommendation missing = before;
        missing.id = 9999;
        ok = edits.updateRecommendation(missing);
    } else if (edit == QLatin1String("assign-missing")) {
        // One good id and one missing: the whole step is refused.
        ok = edits.assignStatus({other, 9999}, Status::Accepted, QDate(2010, 6, 10));
    } else if (edit == QLatin1String("assign-nodate")) {
        ok = edits.assignStatus({id}, Status::Accepted, QDate());
    } else if (edit == QLatin1String("assign-empty")) {
        ok = edits.assignStatus({}, Status::Accepted, QDate(2010, 6, 10));
    } else if (edit == QLatin1String("delete-missing")) {
        ok = edits.deleteRecommendations({id, 9999});
    } else if (edit == QLatin1String("duplicate-missing")) {
        ok = edits.duplicate({9999}).has_value();
    }
    QVERIFY(!ok);
    QVERIFY(!edits.lastError().isEmpty());
    QCOMPARE(edits.undoStack()->count(), steps);
    QVERIFY(repository.find(id)->sameContent(before));
    QVERIFY(repository.exists(other));
    QCOMPARE(repository.history(other).size(), 0);
    QCOMPARE(repository.count(RecommendationFilter()), std::optional<int>(2));
    QCOMPARE(anyChange.count(), 0);
    QCOMPARE(anyHistory.count(), 0);
}

void RecommendationEditsTest::readOnlyDatabaseRefusesEveryEdit()
{
    TemporaryDatabase file;
    {
        RecommendationRepository repository(file.database());
        RecommendationEdits edits(repository);
        QVERIFY(edits.addRecommendation({RecommendationFactory::upr(1), {}}));
    }
    file.close();
    QFile(file.path()).setPermissions(QFile::ReadOwner | QFile::ReadGroup);
    QFile content(file.path());
    QVERIFY(content.open(QIODevice::ReadOnly));
    const QByteArray bytes = content.readAll();
    content.close();
    QString error;
    std::unique_ptr<Database> database =
        Database::open(file.path(), Database::Access::ReadWrite, Database::Creation::MustExist, &error);
    QVERIFY2(database, qPrintable(error));
    QVERIFY(database->isReadOnly());
    {
        RecommendationRepository repository(*database);
        RecommendationEdits edits(repository);
        QVERIFY(!edits.addRecommendation({RecommendationFactory::upr(2), {}}));
        QVERIFY(edits.lastError().contains(QLatin1String("read-only")));
        QVERIFY(!edits.assignStatus({1}, Status::Accepted, QDate(2010, 6, 10)));
        QVERIFY(!edits.deleteRecommendations({1}));
        QCOMPARE(edits.undoStack()->count(), 0);
        QCOMPARE(repository.count(RecommendationFilter()), std::optional<int>(1));
    }
    database.reset();
    QVERIFY(content.open(QIODevice::ReadOnly));
    QCOMPARE(content.readAll(), bytes);
    QFile(file.path()).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
}

QTEST_GUILESS_MAIN(RecommendationEditsTest)
#include "tst_recommendationedits.moc"
