#pragma once
// Reads an export of OHCHR's Universal Human Rights Index (JSON): an array of
// records (or an object holding one) with AffectedPersons, Body, Countries,
// PublicationDate, Sdgs, Symbol, Text, Themes, UprCycle, UprPositions,
// UprRecommendingCountry, UprSession and more. Lists come as arrays or as
// joined strings; both are read.
#include "importrow.h"
#include "texttable.h"

#include <QByteArray>
#include <QList>
#include <optional>

namespace UhriJson {
// The rows of the index's XLSX (or CSV) export, each read as the JSON record
// its header and cells make; messages say "file, line N, field F".
QList<ImportRow> fromTable(const TextTable &table, const QString &importedBy);
// The rows, or nothing with *error set when the file is not such JSON.
std::optional<QList<ImportRow>> read(const QByteArray &bytes, const QString &sourceName, const QString &importedBy,
                                     QString *error);
}
