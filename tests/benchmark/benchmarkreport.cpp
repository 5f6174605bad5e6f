#include "benchmarkreport.h"

#include <QStringList>
#include <algorithm>

namespace {

QString formatValue(double value, BenchmarkRow::Unit unit)
{
    switch (unit) {
    case BenchmarkRow::Unit::Seconds:
        return QStringLiteral("%1 s").arg(value, 0, 'f', value < 10 ? 3 : 1);
    case BenchmarkRow::Unit::Milliseconds: return QStringLiteral("%1 ms").arg(value, 0, 'f', 1);
    case BenchmarkRow::Unit::Megabytes: return QStringLiteral("%1 MB").arg(value, 0, 'f', 1);
    }
    return QString();
}

QString formatTarget(const BenchmarkRow &row)
{
    if (row.target == BenchmarkRow::Target::RatioAtMost)
        return QStringLiteral("ratio <= %1").arg(row.limit, 0, 'g', 3);
    static const char *const units[] = {"s", "ms", "MB"};
    return QStringLiteral("< %1 %2").arg(row.limit, 0, 'g', 3).arg(QLatin1String(units[int(row.unit)]));
}

QString optionalValue(const std::optional<double> &value, BenchmarkRow::Unit unit)
{
    return value ? formatValue(*value, unit) : QStringLiteral("-");
}

} // namespace

std::optional<double> BenchmarkRow::ratio() const
{
    if (!ours || !baseline || *baseline <= 0)
        return std::nullopt;
    return *ours / *baseline;
}

bool BenchmarkRow::passes() const
{
    if (!measured())
        return false;
    if (target == Target::RatioAtMost)
        return *ratio() <= limit;
    return *ours < limit;
}

void BenchmarkReport::addCheck(const QString &description, bool passed, const QString &detail)
{
    m_checks.append({description, passed, detail});
}

bool BenchmarkReport::everyRowMeasured() const
{
    return std::all_of(m_rows.cbegin(), m_rows.cend(), [](const BenchmarkRow &row) { return row.measured(); });
}

bool BenchmarkReport::everyRowPasses() const
{
    return std::all_of(m_rows.cbegin(), m_rows.cend(), [](const BenchmarkRow &row) { return row.passes(); });
}

bool BenchmarkReport::everyCheckPassed() const
{
    return std::all_of(m_checks.cbegin(), m_checks.cend(), [](const Check &check) { return check.passed; });
}

void BenchmarkReport::printTable(FILE *out) const
{
    QList<QStringList> lines{{QStringLiteral("measurement"), QStringLiteral("ours"), QStringLiteral("baseline"),
                              QStringLiteral("ratio"), QStringLiteral("target"), QStringLiteral("pass/fail")}};
    for (const BenchmarkRow &row : m_rows) {
        const std::optional<double> ratio = row.ratio();
        lines.append({row.measurement, optionalValue(row.ours, row.unit), optionalValue(row.baseline, row.unit),
                      ratio ? QString::number(*ratio, 'f', 2) : QStringLiteral("-"), formatTarget(row),
                      !row.measured() ? QStringLiteral("FAIL (no number)")
                      : row.passes()  ? QStringLiteral("pass")
                      : m_judged      ? QStringLiteral("FAIL")
                                      : QStringLiteral("missed (not judged)")});
    }
    QList<qsizetype> widths(lines.constFirst().size(), 0);
    for (const QStringList &line : lines) {
        for (qsizetype i = 0; i < line.size(); ++i)
            widths[i] = std::max(widths[i], line.at(i).size());
    }
    auto print = [&](const QStringList &cells) {
        QStringList padded;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            // Numbers line up on the right, words on the left.
            const bool numeric = i >= 1 && i <= 3;
            padded << (numeric ? cells.at(i).rightJustified(widths[i]) : cells.at(i).leftJustified(widths[i]));
        }
        std::fprintf(out, "%s\n", qPrintable(padded.join(QStringLiteral(" | ")).trimmed()));
    };
    print(lines.constFirst());
    QStringList rule;
    for (qsizetype width : widths)
        rule << QString(width, QLatin1Char('-'));
    std::fprintf(out, "%s\n", qPrintable(rule.join(QStringLiteral("-+-"))));
    for (qsizetype i = 1; i < lines.size(); ++i)
        print(lines.at(i));
}

void BenchmarkReport::printChecks(FILE *out) const
{
    std::fprintf(out, "checks:\n");
    for (const Check &check : m_checks) {
        std::fprintf(out, "  %-6s %s%s\n", check.passed ? "ok" : "FAILED", qPrintable(check.description),
                     check.passed || check.detail.isEmpty() ? "" : qPrintable(QStringLiteral(": ") + check.detail));
    }
}

void BenchmarkReport::printNotes(FILE *out) const
{
    if (m_notes.isEmpty())
        return;
    std::fprintf(out, "details:\n");
    for (const QString &note : m_notes)
        std::fprintf(out, "  %s\n", qPrintable(note));
}
