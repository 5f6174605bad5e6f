#include "yearendstatuses.h"

#include <iterator>

namespace YearEndStatuses {

namespace {

constexpr char letters[] = {'p', 'a', 'r', 'h', 'i'}; // indexed by Status

// `count` copies of the one-letter text `letter` ('' for none or fewer):
// SQLite has no repeat().
QString repeated(const QString &letter, const QString &count)
{
    return QStringLiteral("replace(hex(zeroblob(%2)), '00', %1)").arg(letter, count);
}

} // namespace

char letter(Status status)
{
    return letters[static_cast<int>(status)];
}

std::optional<Status> statusOf(char letter)
{
    for (size_t i = 0; i < std::size(letters); ++i) {
        if (letters[i] == letter)
            return static_cast<Status>(i);
    }
    return std::nullopt;
}

bool Reader::read(const char *text, int length)
{
    m_firstYear = 0;
    m_letters = nullptr;
    m_count = 0;
    if (length == 0)
        return true;
    if (length < 5)
        return false;
    for (int i = 0; i < 4; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return false;
        m_firstYear = m_firstYear * 10 + (text[i] - '0');
    }
    for (int i = 4; i < length; ++i) {
        if (!statusOf(text[i]))
            return false;
    }
    m_letters = text + 4;
    m_count = length - 4;
    return true;
}

char Reader::letterAt(int year) const
{
    if (m_count == 0 || year < m_firstYear)
        return letter(Status::Pending);
    return m_letters[qMin(year - m_firstYear, m_count - 1)];
}

QString fromHistory(const std::vector<Entry> &orderedEntries)
{
    if (orderedEntries.empty())
        return QString();
    // Each entry's letter runs from its year up to the next entry's (not at
    // all when that is the same year: the last entry of a year wins); the
    // last entry's covers its own year.
    const int firstYear = orderedEntries.front().effectiveDate.year();
    QString text = QStringLiteral("%1").arg(firstYear, 4, 10, QLatin1Char('0'));
    for (size_t i = 0; i < orderedEntries.size(); ++i) {
        const int year = orderedEntries[i].effectiveDate.year();
        const int next = i + 1 < orderedEntries.size() ? orderedEntries[i + 1].effectiveDate.year() : year + 1;
        text += QString(qMax(0, next - year), QChar::fromLatin1(letter(orderedEntries[i].status)));
    }
    return text;
}

namespace Sql {

namespace {

const char *const historyOrder = "effective_date, recorded_at, id";

// A year as four digits. (Built apart: QString::arg() would take the "%04"
// of a format in its template for a place marker.)
QString fourDigits(const QString &year)
{
    return QStringLiteral("printf('%04d', ") + year + QLatin1Char(')');
}

QString yearOf(const QString &date)
{
    return QStringLiteral("CAST(substr(%1, 1, 4) AS INTEGER)").arg(date);
}

// `columns` of the entry of the same record right after (or before) `entry`
// in the history's order, as alias.
QString neighbour(const QString &entry, bool after, const QString &alias, const QString &columns)
{
    const QString direction = after ? QString() : QStringLiteral(" DESC");
    return QStringLiteral("(SELECT %3 FROM status_change %2 WHERE %2.recommendation_id = %1.recommendation_id "
                          "AND (%2.effective_date, %2.recorded_at, %2.id) %4 (%1.effective_date, %1.recorded_at, %1.id) "
                          "ORDER BY %2.effective_date%5, %2.recorded_at%5, %2.id%5 LIMIT 1)")
        .arg(entry, alias, columns, after ? QStringLiteral(">") : QStringLiteral("<"), direction);
}

} // namespace

QString letterOf(const QString &statusKey)
{
    QString sql = QStringLiteral("(CASE %1").arg(statusKey);
    for (Status status : StatusInfo::all())
        sql += QStringLiteral(" WHEN '%1' THEN '%2'").arg(StatusInfo::key(status), QString(QChar::fromLatin1(letter(status))));
    return sql + QStringLiteral(" END)");
}

QString statusKeyOf(const QString &letter)
{
    QString sql = QStringLiteral("(CASE %1").arg(letter);
    for (Status status : StatusInfo::all())
        sql += QStringLiteral(" WHEN '%1' THEN '%2'").arg(QString(QChar::fromLatin1(YearEndStatuses::letter(status))), StatusInfo::key(status));
    return sql + QStringLiteral(" END)");
}

// Each entry, in the history's order, gives its letter to the years from its
// own to the next entry's (none when the next is in the same year, so the
// last entry of a year wins), the last entry to its own year only.
QString fromHistory(const QString &recommendationId)
{
    return QStringLiteral(R"(coalesce((
SELECT %6 || letters FROM (
    SELECT min(year) OVER () AS first_year,
           group_concat(run, '') OVER (ORDER BY %2 ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
               AS letters
    FROM (SELECT %2, year, %4 AS run
          FROM (SELECT %2, %5 AS year, %3 AS letter FROM status_change WHERE recommendation_id = %1)))
LIMIT 1), ''))")
        .arg(recommendationId, QLatin1String(historyOrder), letterOf(QStringLiteral("status")),
             repeated(QStringLiteral("letter"),
                      QStringLiteral("coalesce(lead(year) OVER (ORDER BY %1) - year, 1)").arg(QLatin1String(historyOrder))),
             yearOf(QStringLiteral("effective_date")), fourDigits(QStringLiteral("first_year")));
}

// The years before the new entry's keep their letters. If an entry follows
// it, the years from the new entry's up to that one's take the new letter
// and the later ones stay; if none does, the last letter carries on up to
// the year before the new entry's, which takes the new letter. An entry
// before the first year makes the string start at its year (the entry after
// it is then the old earliest one).
QString afterInsert(const QString &statuses, const QString &entry)
{
    const QString first = yearOf(statuses);
    const QString year = yearOf(entry + QStringLiteral(".effective_date"));
    const QString letter = letterOf(entry + QStringLiteral(".status"));
    const QString nextYear = yearOf(QStringLiteral("n.effective_date"));
    const QString withNext = QStringLiteral("%1 || substr(%2, 5 + %3 - %4)")
                                 .arg(repeated(letter, QStringLiteral("%1 - %2").arg(nextYear, year)), statuses,
                                      nextYear, first);
    const QString withoutNext = QStringLiteral("%1 || %2").arg(
        repeated(QStringLiteral("substr(%1, -1)").arg(statuses),
                 QStringLiteral("%1 - %2 - length(%3) + 4").arg(year, first, statuses)),
        letter);
    return QStringLiteral("(CASE WHEN %1 = '' THEN substr(%2.effective_date, 1, 4) || %3 "
                          "ELSE %8 || substr(%1, 5, max(%5 - %4, 0)) || coalesce(%6, %7) END)")
        .arg(statuses, entry, letter, first, year, neighbour(entry, true, QStringLiteral("n"), withNext), withoutNext,
             fourDigits(QStringLiteral("min(%1, %2)").arg(first, year)));
}

// With a next entry, the years from the removed entry's up to the next
// one's take the letter of the entry before it; with none before it (it
// was the earliest) the string starts again at the next one's year.
// Without a next entry, the string ends at the year of the entry before
// it, with its letter. Without either, no history is left.
QString afterDelete(const QString &statuses, const QString &entry)
{
    const QString first = yearOf(statuses);
    const QString year = yearOf(entry + QStringLiteral(".effective_date"));
    const QString nextYear = yearOf(QStringLiteral("n.effective_date"));
    const QString previousYear = yearOf(QStringLiteral("p.effective_date"));
    const QString previousLetter = neighbour(entry, false, QStringLiteral("p"), letterOf(QStringLiteral("p.status")));
    // Without a previous entry the first part is NULL (replace() with NULL is NULL).
    const QString withNext = QStringLiteral("coalesce(substr(%1, 1, 4 + %2 - %3) || %4, %6) || substr(%1, 5 + %5 - %3)")
                                 .arg(statuses, year, first,
                                      repeated(previousLetter, QStringLiteral("%1 - %2").arg(nextYear, year)),
                                      nextYear, fourDigits(nextYear));
    const QString withoutNext = QStringLiteral("substr(%1, 1, 4 + %2 - %3) || %4")
                                    .arg(statuses, previousYear, first, letterOf(QStringLiteral("p.status")));
    return QStringLiteral("coalesce(%1, %2, '')")
        .arg(neighbour(entry, true, QStringLiteral("n"), withNext),
             neighbour(entry, false, QStringLiteral("p"), withoutNext));
}

QString letterAtYearEnd(const QString &statuses, const QString &year)
{
    const QString yearsAfterFirst = QStringLiteral("(%1 - CAST(substr(%2, 1, 4) AS INTEGER))").arg(year, statuses);
    return QStringLiteral("(CASE WHEN %1 = '' OR %2 < 0 THEN 'p' ELSE substr(%1, 5 + min(%2, length(%1) - 5), 1) END)")
        .arg(statuses, yearsAfterFirst);
}

QString letterOnDay(const QString &statuses, const QString &year, const QString &fromHistory)
{
    const QString yearsAfterFirst = QStringLiteral("(%1 - CAST(substr(%2, 1, 4) AS INTEGER))").arg(year, statuses);
    return QStringLiteral("(CASE WHEN %1 = '' OR %2 < 0 THEN 'p' WHEN %2 > length(%1) - 5 THEN substr(%1, -1) "
                          "ELSE %3 END)")
        .arg(statuses, yearsAfterFirst, fromHistory);
}

} // namespace Sql

} // namespace YearEndStatuses
