#pragma once
// Reads whole records (fields, lists, SDGs and, when asked, the status
// history) for many ids at once, a few hundred ids per statement, each
// statement prepared once. RecommendationRepository::find() and history()
// prepare seven statements for every record (0.25 ms a record): deleting
// 10,000 records spent 2.4 s reading them for the undo, and an export of
// 250,000 spent a minute.
#include "recommendationrecord.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

class Database;

namespace RecordReader {

enum class History { Left, Read };

// The records of ids, in the same order; std::nullopt with a sentence in
// *error when one is not stored or the database fails. The reads run in one
// transaction, so they see the records as they were at one moment.
// progress(done, total) is called every few hundred records; false stops
// the reading (std::nullopt, *error left empty).
std::optional<QList<RecommendationRecord>> read(Database &database, const QList<qint64> &ids, History history,
                                                QString *error,
                                                const std::function<bool(int done, int total)> &progress = {});

} // namespace RecordReader
