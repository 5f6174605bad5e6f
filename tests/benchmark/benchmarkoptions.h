#pragma once
// The benchmark's command line.
#include <QString>
#include <QStringList>
#include <optional>

struct BenchmarkOptions {
    int records = 250000;
    quint64 seed = 1;
    // Timings are reported but not judged; every measurement must still
    // give a number and every correctness check must hold.
    bool smoke = false;
    QString workDir;          // the dataset cache and scratch files; default: benchmark-data in the build folder
    QString rectracker;       // default: the rectracker built with this benchmark
    QString sqlite3 = QStringLiteral("sqlite3");
    QString probeDatabase;    // set: this process is the GUI probe (internal)
    QStringList parts;        // --only: the parts to run (empty: all)

    static QStringList allParts();
    bool runs(const QString &part) const;

    // Nothing and a sentence in *error when the arguments are wrong; *help set for --help.
    static std::optional<BenchmarkOptions> parse(const QStringList &arguments, QString *error, bool *help);
    static QString helpText();
};
