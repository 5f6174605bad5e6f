#include "progresstally.h"

#include "yearendstatuses.h"

#include <cstring>

namespace {

int statusIndex(char letter)
{
    return static_cast<int>(*YearEndStatuses::statusOf(letter));
}

} // namespace

std::optional<int> ProgressTally::documentYear(const char *date, int length)
{
    if (!date || length < 5 || date[4] != '-')
        return std::nullopt;
    int year = 0;
    for (int i = 0; i < 4; ++i) {
        if (date[i] < '0' || date[i] > '9')
            return std::nullopt;
        year = year * 10 + (date[i] - '0');
    }
    return year;
}

qint32 &ProgressTally::change(int year, char letter)
{
    m_lastChangeYear = qMax(m_lastChangeYear, year);
    return m_changes[size_t(year) * statusCount + size_t(statusIndex(letter))];
}

bool ProgressTally::add(const char *documentDate, int dateLength, const char *yearEndStatuses, int statusesLength)
{
    YearEndStatuses::Reader statuses;
    if (!statuses.read(yearEndStatuses, statusesLength))
        return false;
    const std::optional<int> issued = documentYear(documentDate, dateLength);
    if (!issued)
        return true;
    if (m_changes.empty())
        m_changes.resize(size_t(yearCount) * statusCount);
    m_firstDocumentYear = qMin(m_firstDocumentYear, *issued);
    // The record counts from the end of the year it was issued in, in the
    // status it stood in then, and moves at every later change.
    char standing = statuses.letterAt(*issued);
    ++change(*issued, standing);
    const int lastYear = qMin(statuses.lastYear(), yearCount - 1);
    for (int year = qMax(*issued + 1, statuses.firstYear()); year <= lastYear; ++year) {
        const char next = statuses.letterAt(year);
        if (next != standing) {
            --change(year, standing);
            ++change(year, next);
            standing = next;
        }
    }
    return true;
}

std::optional<int> ProgressTally::firstDocumentYear() const
{
    return m_changes.empty() ? std::nullopt : std::optional<int>(m_firstDocumentYear);
}

QList<YearStatusCounts> ProgressTally::years(int from, int to) const
{
    QList<YearStatusCounts> rows;
    StatusCounts running;
    int summedUpTo = m_firstDocumentYear - 1;
    for (int year = from; year <= to; ++year) {
        for (; summedUpTo < qMin(year, m_lastChangeYear); ++summedUpTo) {
            const size_t base = size_t(summedUpTo + 1) * statusCount;
            for (int status = 0; status < statusCount; ++status)
                running.counts[size_t(status)] += m_changes[base + size_t(status)];
        }
        rows.append(YearStatusCounts{year, running});
    }
    return rows;
}

// A header of the first and last year, then their changes.
QByteArray ProgressTally::toBytes() const
{
    if (m_changes.empty())
        return QByteArray();
    const qint32 header[] = {m_firstDocumentYear, m_lastChangeYear};
    const size_t first = size_t(m_firstDocumentYear) * statusCount;
    const size_t count = (size_t(m_lastChangeYear) + 1) * statusCount - first;
    QByteArray bytes(qsizetype(sizeof header + count * sizeof(qint32)), Qt::Uninitialized);
    std::memcpy(bytes.data(), header, sizeof header);
    std::memcpy(bytes.data() + sizeof header, m_changes.data() + first, count * sizeof(qint32));
    return bytes;
}

std::optional<ProgressTally> ProgressTally::fromBytes(const QByteArray &bytes)
{
    ProgressTally tally;
    if (bytes.isEmpty())
        return tally;
    qint32 header[2];
    if (size_t(bytes.size()) < sizeof header)
        return std::nullopt;
    std::memcpy(header, bytes.constData(), sizeof header);
    if (header[0] < 0 || header[1] < header[0] || header[1] >= yearCount
        || size_t(bytes.size()) != sizeof header + size_t(header[1] - header[0] + 1) * statusCount * sizeof(qint32))
        return std::nullopt;
    tally.m_changes.resize(size_t(yearCount) * statusCount);
    tally.m_firstDocumentYear = header[0];
    tally.m_lastChangeYear = header[1];
    std::memcpy(tally.m_changes.data() + size_t(header[0]) * statusCount, bytes.constData() + sizeof header,
                size_t(bytes.size()) - sizeof header);
    return tally;
}
