#include "tablerecords.h"

#include "cellvalue.h"
#include "isodate.h"
#include "listcell.h"
#include "mechanism.h"
#include "parallelrows.h"
#include "statuswords.h"
#include "uprcalendar.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <array>
#include <charconv>

namespace {

class RowText
{
    Q_DECLARE_TR_FUNCTIONS(TableRecords)
};

// Which column holds each field, found once per table rather than once per cell.
class FieldColumns
{
public:
    FieldColumns(const TextTable &table, const ColumnMapping &mapping)
    {
        m_columns.fill(-1);
        for (auto it = mapping.columns.cbegin(); it != mapping.columns.cend(); ++it)
            m_columns[size_t(it.key())] = table.columnOf(it.value());
    }
    int of(ImportField field) const { return m_columns[size_t(field)]; }

private:
    std::array<int, size_t(ImportField::Notes) + 1> m_columns;
};

// A row being read: the cells by field, and the first problem met.
class RowReader
{
public:
    RowReader(const TextTable &table, const ColumnMapping &mapping, const FieldColumns &columns,
              const TextTableRow &row)
        : m_table(table), m_mapping(mapping), m_columns(columns), m_row(row)
    {
    }

    bool has(ImportField field) const { return column(field) >= 0; }

    // The cleaned cell; in our own exports, the apostrophe put before a
    // formula-like character is removed (other files keep theirs).
    QString cell(ImportField field) const
    {
        const int index = column(field);
        QString value = index >= 0 ? CellValue::clean(m_row.cells.value(index)) : QString();
        // A line break inside a quoted cell is stored as written; one form in
        // the database. (Looked for first: most cells have none.)
        if (value.contains(QLatin1Char('\r'))) {
            value.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
            value.replace(QLatin1Char('\r'), QLatin1Char('\n'));
        }
        if (m_mapping.layout == ColumnMapping::Layout::OwnCsv && value.size() > 1 && value.at(0) == QLatin1Char('\'')
            && QStringLiteral("=+-@").contains(value.at(1)))
            value.remove(0, 1);
        return value;
    }

    void fail(ImportField field, const QString &problem)
    {
        if (!m_error.isEmpty())
            return;
        const int index = column(field);
        m_error = index >= 0 ? RowText::tr("%1, line %2, column %3 (%4): %5")
                                   .arg(m_table.source)
                                   .arg(m_row.line)
                                   .arg(index + 1)
                                   .arg(m_table.header.value(index).trimmed(), problem)
                             : RowText::tr("%1, line %2: %3").arg(m_table.source).arg(m_row.line).arg(problem);
    }

    // A problem of the row as a whole (what the record's own checks find).
    void failRow(const QString &problem)
    {
        if (m_error.isEmpty())
            m_error = RowText::tr("%1, line %2: %3").arg(m_table.source).arg(m_row.line).arg(problem);
    }

    std::optional<int> number(ImportField field, int minimum, int maximum)
    {
        const QString text = cell(field);
        if (text.isEmpty())
            return 0;
        const std::optional<int> value = CellValue::wholeNumber(text);
        if (!value || *value < minimum || *value > maximum) {
            fail(field, RowText::tr("\"%1\" is not a whole number from %2 to %3.").arg(text).arg(minimum).arg(maximum));
            return std::nullopt;
        }
        return value;
    }

    QDate date(ImportField field)
    {
        const QString text = cell(field);
        if (text.isEmpty())
            return {};
        const QDate value = QDate::fromString(text.left(10), Qt::ISODate);
        if (!value.isValid() || (text.size() > 10 && text.at(10) != QLatin1Char('T') && text.at(10) != QLatin1Char(' ')))
            fail(field, RowText::tr("\"%1\" is not a date; write it as YYYY-MM-DD.").arg(text));
        return value;
    }

    const QString &error() const { return m_error; }

private:
    int column(ImportField field) const { return m_columns.of(field); }

    const TextTable &m_table;
    const ColumnMapping &m_mapping;
    const FieldColumns &m_columns;
    const TextTableRow &m_row;
    QString m_error;
};

std::optional<QString> mechanismKey(const QString &text)
{
    const QString wanted = text.trimmed();
    for (const Mechanism &mechanism : MechanismCatalog::all()) {
        if (mechanism.key.compare(wanted, Qt::CaseInsensitive) == 0
            || mechanism.code.compare(wanted, Qt::CaseInsensitive) == 0)
            return mechanism.key;
    }
    return std::nullopt;
}

// The built-in words first, so a user's table cannot change what "noted" means.
std::optional<StatusWords::Reading> readStatus(const QString &text, const QHash<QString, Status> &userWords)
{
    if (std::optional<StatusWords::Reading> known = StatusWords::read(text))
        return known;
    const auto found = userWords.constFind(StatusWords::userKey(text));
    if (found == userWords.cend())
        return std::nullopt;
    return StatusWords::Reading{*found, false};
}

// A file spells its statuses a few ways, over and over ("Accepted", "Noted"):
// each spelling is read once per run of rows rather than once per row.
class StatusReader
{
public:
    explicit StatusReader(const QHash<QString, Status> &userWords) : m_userWords(userWords) { }

    std::optional<StatusWords::Reading> read(const QString &text)
    {
        for (const Known &known : m_known) {
            if (known.text == text)
                return known.reading;
        }
        const std::optional<StatusWords::Reading> reading = readStatus(text, m_userWords);
        if (m_known.size() < remembered)
            m_known.append({text, reading});
        return reading;
    }

private:
    struct Known {
        QString text;
        std::optional<StatusWords::Reading> reading;
    };
    static constexpr qsizetype remembered = 16;
    const QHash<QString, Status> &m_userWords;
    QVarLengthArray<Known, remembered> m_known;
};

// Whether the status cell says "Voluntary Pledge" in any case and spacing.
// Simplifying never lengthens a text, so a shorter one is not even simplified.
bool isPledge(const QString &status)
{
    static const QString pledge = QStringLiteral("Voluntary Pledge");
    return status.size() >= pledge.size() && status.simplified().compare(pledge, Qt::CaseInsensitive) == 0;
}

// What every row of a table shares, worked out once for the table.
struct TableContext {
    const TextTable &table;
    const ColumnMapping &mapping;
    const FieldColumns &columns;
    const TableRecords::Reading &reading;
    QString location;   // "%1, line %2", translated
    QString statusNote; // of the status entries the rows give
};

ImportRow readRow(const TableContext &context, const TextTableRow &row, StatusReader &statuses)
{
    const TextTable &table = context.table;
    const ColumnMapping &mapping = context.mapping;
    ImportRow result;
    char line[16]; // the line number as text without a string of its own: one allocation less a row
    const std::to_chars_result lineEnd = std::to_chars(line, line + sizeof line, row.line);
    result.location = context.location.arg(table.source, QLatin1String(line, lineEnd.ptr));
    result.exactKey = row.cells; // shared, not copied
    RowReader cells(table, mapping, context.columns, row);
    Recommendation &r = result.record.recommendation;

    r.mechanism = mapping.defaultMechanism;
    if (cells.has(ImportField::Mechanism)) {
        const QString text = cells.cell(ImportField::Mechanism);
        if (const std::optional<QString> key = mechanismKey(text))
            r.mechanism = *key;
        else
            cells.fail(ImportField::Mechanism,
                       RowText::tr("unknown mechanism \"%1\"; use one of: %2.").arg(text, MechanismCatalog::keyList()));
    }
    r.stateUnderReview = cells.cell(ImportField::State);
    r.symbol = cells.cell(ImportField::Symbol);
    r.paragraph = cells.cell(ImportField::Paragraph);
    r.text = cells.cell(ImportField::Text);
    r.notes = cells.cell(ImportField::Notes);
    // Our own exports write lists unambiguously; other files' must be guessed.
    const auto splitList = mapping.layout == ColumnMapping::Layout::OwnCsv ? ListCell::split : CellValue::splitList;
    r.recommendedBy = splitList(cells.cell(ImportField::RecommendedBy));
    r.themes = splitList(cells.cell(ImportField::Themes));
    r.affectedPersons = splitList(cells.cell(ImportField::AffectedPersons));
    r.institutions = splitList(cells.cell(ImportField::Institutions));
    for (const QString &goal : splitList(cells.cell(ImportField::Sdgs))) {
        const std::optional<int> number = CellValue::wholeNumber(goal);
        if (!number || *number < 1 || *number > 17)
            cells.fail(ImportField::Sdgs, RowText::tr("\"%1\" is not a Sustainable Development Goal (1 to 17).").arg(goal));
        else
            r.sdgs << *number;
    }
    r.uprSession = cells.number(ImportField::Session, 1, 999).value_or(0);
    r.uprCycle = cells.number(ImportField::Cycle, 1, 99).value_or(0);
    r.documentDate = cells.date(ImportField::Date);
    r.dueDate = cells.date(ImportField::DueDate);

    // A session gives the cycle and, through the calendar, the dates the
    // file does not carry (UPR Info has the session number only).
    const std::optional<UprSession> session = r.uprSession > 0 ? UprCalendar::session(r.uprSession) : std::nullopt;
    if (r.uprSession > 0) {
        if (r.uprCycle == 0)
            r.uprCycle = UprCalendar::cycleOfSession(r.uprSession);
        if (!session)
            result.warnings << RowText::tr("%1: session %2 is not in the UPR calendar, so it gives no date.")
                                   .arg(result.location)
                                   .arg(r.uprSession);
        else if (!r.documentDate.isValid())
            r.documentDate = session->end;
    }

    const QString statusText = cells.cell(ImportField::Status);
    if (mapping.layout == ColumnMapping::Layout::UprInfo && isPledge(statusText)) {
        result.pledge = true;
        return result;
    }
    if (!statusText.isEmpty()) {
        const std::optional<StatusWords::Reading> status = statuses.read(statusText);
        if (!status) {
            cells.fail(ImportField::Status,
                       RowText::tr("unknown status \"%1\"; use %2.").arg(statusText, StatusWords::known()));
        } else {
            const QDate given = cells.date(ImportField::StatusDate);
            QDate effective = given;
            if (!effective.isValid())
                effective = session ? session->end : r.documentDate;
            if (status->inPart)
                result.warnings << RowText::tr("%1: \"%2\" is read as accepted; note what was not supported.")
                                       .arg(result.location, statusText);
            // Pending is what a record without history is: it needs an entry
            // (and so a date) only when the file dates it, as our export does
            // for a status that went back to pending.
            const bool needsEntry = status->status != Status::Pending || given.isValid();
            if (needsEntry && !effective.isValid()) {
                cells.fail(ImportField::Status, RowText::tr("the status \"%1\" has no date: give a status date, a "
                                                            "document date or a UPR session.")
                                                    .arg(statusText));
            } else if (needsEntry) {
                StatusChange change;
                change.status = status->status;
                change.effectiveDate = effective;
                change.note = context.statusNote;
                change.author = context.reading.importedBy;
                result.record.history << change;
            }
        }
    }
    if (cells.error().isEmpty()) {
        const QStringList problems = r.validationErrors();
        if (!problems.isEmpty())
            cells.failRow(problems.join(QLatin1Char(' ')));
    }
    result.error = cells.error();
    return result;
}

} // namespace

namespace TableRecords {

std::optional<QList<ImportRow>> read(const TextTable &table, const ColumnMapping &mapping, const Reading &reading)
{
    // Often enough for a prompt cancel, rarely enough to cost nothing.
    constexpr int stride = 200;
    const int total = int(table.rows.size());
    const FieldColumns columns(table, mapping);
    const TableContext context{table, mapping, columns, reading, RowText::tr("%1, line %2"),
                               RowText::tr("Imported from %1").arg(table.source)};
    QList<ImportRow> rows(total);
    ImportRow *const out = rows.data(); // each row written by one thread only
    const auto work = [&](int begin, int end) {
        StatusReader statuses(reading.statusWords);
        for (int i = begin; i < end; ++i)
            out[i] = readRow(context, table.rows.at(i), statuses);
    };
    const auto progress = [&](int done) { return reading.progress(done, total); };
    if (!ParallelRows::run(total, stride, work, reading.progress ? std::function<bool(int)>(progress) : nullptr))
        return std::nullopt;
    return rows;
}

} // namespace TableRecords
