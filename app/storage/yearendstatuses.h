#pragma once
// The status a recommendation stood in on 31 December of every year, as one
// short string that triggers keep next to the record (schema version 4), so
// that the progress chart and a click on one of its bars never read the
// history.
//
// The string is empty when the record has no history. Otherwise it is the
// year of its earliest entry, as four digits, then one letter per year from
// that year to the year of its latest entry: the status at the end of that
// year, from the latest entry effective by then (on a tie the later
// recorded, then the later id), as for the current status. "2011aai" is
// accepted at the end of 2011 and 2012 and implemented at the end of 2013
// and of every later year: after the last letter nothing changes, so it is
// also the current status. Before the first year the record was pending.
// Letters: p pending, a accepted, r rejected, h partially implemented,
// i implemented.
//
// The string comes from the history alone; from which year a record counts
// (that of its document date) is the reader's business.
#include "status.h"

#include <QDate>
#include <QString>
#include <optional>
#include <vector>

namespace YearEndStatuses {

char letter(Status status);
std::optional<Status> statusOf(char letter);

// A decoded string, valid while the text it points into lives.
class Reader
{
public:
    // False for a string that is not of the form above.
    bool read(const char *text, int length);
    // The letter of the status at the end of the given year.
    char letterAt(int year) const;
    int firstYear() const { return m_firstYear; }
    // The year of the last letter (later years repeat it); 0 when empty.
    int lastYear() const { return m_count == 0 ? 0 : m_firstYear + m_count - 1; }

private:
    int m_firstYear = 0;
    const char *m_letters = nullptr;
    int m_count = 0;
};

// The string worked out from a whole history, as Sql::fromHistory works it
// out in the database: for writing many records without their triggers
// (RecordBatch). The entries in the history's order (effective date, then
// recording time, then id).
struct Entry {
    QDate effectiveDate;
    Status status;
};
QString fromHistory(const std::vector<Entry> &orderedEntries);

// SQL expressions for the triggers, the migration and the filters. The
// arguments are SQL expressions too.
namespace Sql {
// The letter of a status key, and the status key of a letter.
QString letterOf(const QString &statusKey);
QString statusKeyOf(const QString &letter);
// The string worked out from the whole history of one recommendation.
QString fromHistory(const QString &recommendationId);
// The string `statuses` after `entry` (NEW in a trigger) joined the history,
// or after `entry` (OLD) left it. Only the years from the entry's to the
// next entry's change, so each is a look at the neighbouring entries, never
// at the whole history.
QString afterInsert(const QString &statuses, const QString &entry);
QString afterDelete(const QString &statuses, const QString &entry);
// The letter of the status on 31 December of `year` (an integer).
QString letterAtYearEnd(const QString &statuses, const QString &year);
// The letter of the status on a day of `year`: pending before the first
// year, the last letter after the last; within them only the history can
// tell, and `fromHistory` (an SQL expression giving the letter) is asked.
QString letterOnDay(const QString &statuses, const QString &year, const QString &fromHistory);
} // namespace Sql

} // namespace YearEndStatuses
