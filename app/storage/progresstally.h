#pragma once
// The counts behind the progress chart, gathered record by record from the
// document date and the year-end statuses (yearendstatuses.h) and then read
// for any range of years. Per year and status it keeps how many records
// start standing in that status at the end of that year and how many stop,
// so adding a record takes a step per change of its year-end status, and a
// count is a running sum.
#include "statuscounts.h"

#include <QByteArray>
#include <QList>
#include <optional>
#include <vector>

class ProgressTally
{
public:
    // documentDate as stored ("2012-05-06"): a record whose date does not
    // start with a year cannot be placed in one and is left out. False when
    // the year-end statuses are not well formed.
    bool add(const char *documentDate, int dateLength, const char *yearEndStatuses, int statusesLength);

    // The year of a document date as stored, when it starts with one (the
    // test the SQL GLOB '[0-9][0-9][0-9][0-9]-*' made).
    static std::optional<int> documentYear(const char *date, int length);

    // The year of the earliest document date added; nullopt when none was.
    std::optional<int> firstDocumentYear() const;
    // One row per year from `from` to `to`.
    QList<YearStatusCounts> years(int from, int to) const;

    // To pass a tally out of an SQLite aggregate function and back.
    QByteArray toBytes() const;
    static std::optional<ProgressTally> fromBytes(const QByteArray &bytes);

private:
    static constexpr int statusCount = 5;
    static constexpr int yearCount = 10000; // four-digit years
    qint32 &change(int year, char letter);

    // change(year, status) at [year * statusCount + status], from
    // m_firstDocumentYear to m_lastChangeYear; empty until the first record.
    std::vector<qint32> m_changes;
    int m_firstDocumentYear = yearCount;
    int m_lastChangeYear = -1;
};
