#include "assignstatusbenchmark.h"

#include "benchmarkreport.h"
#include "benchmarksetup.h"
#include "database.h"
#include "recommendationedits.h"
#include "recommendationrepository.h"
#include "recommendationtablemodel.h"
#include "walcheckpoint.h"

#include <QElapsedTimer>
#include <QFile>

namespace {

constexpr int wantedRecords = 10000;
constexpr Status assigned = Status::Implemented;

void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

std::optional<int> countInStatus(RecommendationRepository &repository, Status status)
{
    RecommendationFilter filter;
    filter.statuses = {status};
    return repository.count(filter);
}

// Up to wantedRecords records not yet in the status, spread over the whole table.
QList<qint64> chooseRecords(RecommendationRepository &repository)
{
    RecommendationFilter others;
    for (Status status : StatusInfo::all()) {
        if (status != assigned)
            others.statuses << status;
    }
    const QList<qint64> candidates = repository.matchingIds(others);
    if (candidates.size() <= wantedRecords)
        return candidates;
    QList<qint64> chosen;
    chosen.reserve(wantedRecords);
    for (int i = 0; i < wantedRecords; ++i)
        chosen << candidates.at(qsizetype(i) * candidates.size() / wantedRecords);
    return chosen;
}

} // namespace

namespace AssignStatusBenchmark {

void run(const BenchmarkSetup &setup, BenchmarkReport &report)
{
    BenchmarkRow assign;
    assign.limit = 0.5;
    BenchmarkRow undo;
    undo.limit = 0.5;

    const QString copy = setup.scratchPath(QStringLiteral("assign-status.sqlite"));
    removeDatabaseFiles(copy);
    QString error;
    std::unique_ptr<Database> database;
    if (QFile::copy(setup.dataset.databasePath, copy))
        database = Database::open(copy, Database::Access::ReadWrite, Database::Creation::MustExist, &error);
    else
        error = QStringLiteral("could not copy the cached database to %1").arg(copy);
    if (!database) {
        assign.measurement = QStringLiteral("assign one status to 10000 records");
        undo.measurement = QStringLiteral("undo that assignment");
        report.addRow(assign);
        report.addRow(undo);
        report.addCheck(QStringLiteral("a copy of the cached database opens for writing"), false, error);
        return;
    }
    {
        RecommendationRepository repository(*database);
        RecommendationEdits edits(repository);
        edits.setAuthor(QStringLiteral("benchmark"));
        // The window's table follows every edit through the notifier; so does this one.
        RecommendationTableModel model(repository, *edits.notifier());
        const QList<qint64> ids = chooseRecords(repository);
        const int chosen = int(ids.size());
        assign.measurement = QStringLiteral("assign one status to %1 records (edit + table update)").arg(chosen);
        undo.measurement = QStringLiteral("undo that assignment (undoStack()->undo())");

        const std::optional<int> before = countInStatus(repository, assigned);
        const int stepsBefore = edits.undoStack()->count();
        QElapsedTimer timer;
        timer.start();
        const bool assignedOk = edits.assignStatus(ids, assigned, QDate::currentDate(), QStringLiteral("Benchmark"));
        const double assignSeconds = double(timer.nsecsElapsed()) / 1e9;
        const std::optional<int> after = countInStatus(repository, assigned);
        const int stepsAfter = edits.undoStack()->count();

        timer.restart();
        edits.undoStack()->undo();
        const double undoSeconds = double(timer.nsecsElapsed()) / 1e9;
        const std::optional<int> undone = countInStatus(repository, assigned);

        // What the window then does on a worker once the edits pause
        // (BackgroundCheckpoint): not part of either edit, measured for the record.
        timer.restart();
        QString checkpointError;
        const bool checkpointed = WalCheckpoint::copyIntoDatabase(*database, &checkpointError);
        report.addNote(checkpointed ? QStringLiteral("after the assignment and its undo, the background copy of the "
                                                     "write-ahead log into the file took %1 s (off the edits' path)")
                                          .arg(double(timer.nsecsElapsed()) / 1e9, 0, 'f', 3)
                                    : QStringLiteral("the write-ahead log could not be copied: %1").arg(checkpointError));

        const bool assignCorrect = assignedOk && before && after && *after == *before + chosen && stepsAfter == stepsBefore + 1;
        const bool undoCorrect = assignCorrect && undone && *undone == *before && edits.undoStack()->index() == stepsBefore;
        if (assignCorrect)
            assign.ours = assignSeconds;
        if (undoCorrect)
            undo.ours = undoSeconds;
        report.addRow(assign);
        report.addRow(undo);
        const auto number = [](const std::optional<int> &value) {
            return value ? QString::number(*value) : QStringLiteral("?");
        };
        report.addCheck(QStringLiteral("the assignment is one undo step and puts %1 more records in the status").arg(chosen),
                        assignCorrect && chosen > 0,
                        assignedOk ? QStringLiteral("%1 before, %2 after, %3 undo steps before, %4 after")
                                         .arg(number(before), number(after))
                                         .arg(stepsBefore)
                                         .arg(stepsAfter)
                                   : edits.lastError());
        report.addCheck(QStringLiteral("its undo restores the count"), undoCorrect,
                        QStringLiteral("%1 before, %2 after the undo").arg(number(before), number(undone)));
        report.addCheck(QStringLiteral("the table still shows all %1 records").arg(setup.options.records),
                        model.rowCount() == setup.options.records,
                        QStringLiteral("%1 rows").arg(model.rowCount()));
    }
    database.reset();
    removeDatabaseFiles(copy);
}

} // namespace AssignStatusBenchmark
