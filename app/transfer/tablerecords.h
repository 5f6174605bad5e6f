#pragma once
// Turns the rows of a CSV or XLSX table into recommendation records through
// a column mapping: cells cleaned (entities, spaces, "5.0"), lists split,
// status words read, a UPR session giving the cycle and the dates. A cell
// that cannot be read makes its row an error naming file, line and column.
#include "columnmapping.h"
#include "importrow.h"
#include "status.h"
#include "texttable.h"

#include <QHash>
#include <QList>
#include <functional>
#include <optional>

namespace TableRecords {

struct Reading {
    QString importedBy;                  // the author of the first status entry
    // Status words the user gave a meaning to (StatusWords::userKey -> status),
    // asked only when StatusWords does not know a word.
    QHash<QString, Status> statusWords;
    // Called every few hundred rows with the rows read so far; false stops.
    std::function<bool(int done, int total)> progress;
};

// Nothing when progress said stop.
std::optional<QList<ImportRow>> read(const TextTable &table, const ColumnMapping &mapping, const Reading &reading);

}
