#pragma once
// Turns the rows of a CSV or XLSX table into recommendation records through
// a column mapping: cells cleaned (entities, spaces, "5.0"), lists split,
// status words read, a UPR session giving the cycle and the dates. A cell
// that cannot be read makes its row an error naming file, line and column.
#include "columnmapping.h"
#include "importrow.h"
#include "texttable.h"

#include <QList>

namespace TableRecords {
// importedBy: the author of the first status entry.
QList<ImportRow> read(const TextTable &table, const ColumnMapping &mapping, const QString &importedBy);
}
