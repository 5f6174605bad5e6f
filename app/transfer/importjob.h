#pragma once
// An import of one or more files: each read in its format (UPR Info CSV or
// XLSX, UHRI JSON, any workbook through a column mapping, our own CSV and
// JSON), every row checked, repeats dropped (rows repeated in a file,
// recommendations already stored), and what remains added in one
// transaction as one undoable step. By default a single unreadable value
// stops the import before anything is written.
#include "recommendationedits.h"
#include "recommendationrecord.h"
#include "status.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <functional>
#include <optional>

class Database;

struct ImportOptions {
    QString format = QStringLiteral("auto");  // auto, upr-info, uhri, csv, xlsx, json
    QString encoding;                         // empty: detected
    QString mapping;                          // "field=Column,..." for other workbooks
    QString defaultMechanism;                 // for mapped files without a mechanism column
    // What the user said words StatusWords does not know mean, in tables
    // (StatusWords::userKey(word) -> status): "ongoing", "в процессе", ...
    QHash<QString, Status> statusWords;
    bool skipInvalid = false;                 // import the good rows, list the others
    bool dryRun = false;                      // read and check, write nothing
    QString author;                           // of the first status entries
};

struct ImportSummary {
    int read = 0;              // data rows or records read
    int added = 0;
    int duplicatesStored = 0;  // already in the database
    int duplicatesInFile = 0;  // rows repeated verbatim (or the same recommendation twice) in the files
    int pledges = 0;           // UPR voluntary pledges, not recommendations
    QStringList skipped;       // rows not imported with skipInvalid, each with where and why
    QStringList warnings;
    QStringList sources;       // per file: what it was read as
    QList<qint64> addedIds;
};

// What an import will add, once its files are read and checked.
struct ImportPlan {
    ImportSummary summary;                   // all but added and addedIds
    QList<RecommendationRecord> accepted;    // to be added, in file order; each one valid
    QList<QStringList> mappedHeaders;        // remembered with their mapping once added
};

class ImportJob
{
    Q_DECLARE_TR_FUNCTIONS(ImportJob)

public:
    // Called between files and every few hundred rows, with the work done of
    // a total in steps of the job's choosing (reading each file, checking the
    // rows); returning false cancels, and nothing is written.
    using Progress = std::function<bool(int done, int total)>;

    static QStringList formats();
    // prepare() and then store().
    static std::optional<ImportSummary> run(RecommendationEdits &edits, const QStringList &paths,
                                            const ImportOptions &options, QString *error,
                                            const Progress &progress = {});
    // Reads and checks the files against what database holds; writes
    // nothing, so it may run on a worker thread (with its own connection).
    static std::optional<ImportPlan> prepare(Database &database, const QStringList &paths,
                                             const ImportOptions &options, QString *error,
                                             const Progress &progress = {});
    // Adds what prepare() accepted as one undoable step (nothing for a dry
    // run) and remembers the mappings used. On the thread of edits.
    static std::optional<ImportSummary> store(RecommendationEdits &edits, ImportPlan plan,
                                              const ImportOptions &options, QString *error);
};
