#pragma once
// What a benchmark run found: one row per measurement (ours, the baseline
// where there is one, the ratio, the target, pass or fail) and the
// correctness checks that make sure a fast but wrong result cannot pass.
#include <QList>
#include <QString>
#include <QStringList>
#include <cstdio>
#include <optional>

struct BenchmarkRow {
    enum class Unit { Seconds, Milliseconds, Megabytes };
    // OursBelow: ours < limit; RatioAtMost: ours / baseline <= limit.
    enum class Target { OursBelow, RatioAtMost };

    QString measurement;
    Unit unit = Unit::Seconds;
    Target target = Target::OursBelow;
    double limit = 0;
    std::optional<double> ours;
    std::optional<double> baseline;

    bool measured() const { return ours && (target != Target::RatioAtMost || (baseline && *baseline > 0)); }
    std::optional<double> ratio() const;
    bool passes() const;
};

class BenchmarkReport
{
public:
    // Smoke runs report timings without judging them; the table says so.
    explicit BenchmarkReport(bool judged) : m_judged(judged) { }

    void addRow(const BenchmarkRow &row) { m_rows << row; }
    // A correctness check; detail says what was found when it failed.
    void addCheck(const QString &description, bool passed, const QString &detail = QString());
    // What lies behind a number (per-run times, the slowest cases), for whoever works on it.
    void addNote(const QString &note) { m_notes << note; }

    bool everyRowMeasured() const;
    bool everyRowPasses() const;
    bool everyCheckPassed() const;

    void printTable(FILE *out) const;
    void printChecks(FILE *out) const;
    void printNotes(FILE *out) const;

private:
    struct Check {
        QString description;
        bool passed = false;
        QString detail;
    };
    bool m_judged = true;
    QList<BenchmarkRow> m_rows;
    QList<Check> m_checks;
    QStringList m_notes;
};
