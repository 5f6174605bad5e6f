// rectracker-generate: writes a realistic synthetic dataset of N
// recommendations, deterministic from a seed, as a UPR Info CSV export (for
// the import) and/or straight into a new database (through the storage layer).
#include "isodate.h"
#include "syntheticdatabasewriter.h"
#include "syntheticdataset.h"
#include "uprinfocsvwriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <cstdio>

namespace {

constexpr int maximumCount = 10'000'000;

int fail(const QString &message)
{
    std::fprintf(stderr, "rectracker-generate: %s\n", qPrintable(message));
    return 2;
}

void reportProgress(const char *what, int written, int count)
{
    std::fprintf(stderr, "\r%s: %d of %d", what, written, count);
    std::fflush(stderr);
    if (written == count)
        std::fprintf(stderr, "\n");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rectracker-generate"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes a synthetic but realistic dataset of recommendations, the same for the same --count, --seed and "
        "--as-of. --csv writes N UPR recommendations as a UPR Info export (the only mechanism that format "
        "holds); --db writes N recommendations of every mechanism into a new database."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("count"), QStringLiteral("How many recommendations (1 to 10000000; required)."), QStringLiteral("N")},
        {QStringLiteral("seed"), QStringLiteral("The seed (a whole number, default 1)."), QStringLiteral("S")},
        {QStringLiteral("as-of"), QStringLiteral("The data's today, YYYY-MM-DD (default: today)."), QStringLiteral("DATE")},
        {QStringLiteral("csv"), QStringLiteral("Write the UPR Info CSV export here (replaced if it exists)."), QStringLiteral("FILE")},
        {QStringLiteral("db"), QStringLiteral("Create this database (must not exist yet)."), QStringLiteral("FILE")},
    });
    if (!parser.parse(app.arguments()))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("unexpected argument \"%1\"; options start with --.").arg(parser.positionalArguments().first()));
    for (const QString &name : {QStringLiteral("count"), QStringLiteral("seed"), QStringLiteral("as-of"),
                                QStringLiteral("csv"), QStringLiteral("db")}) {
        if (parser.values(name).size() > 1)
            return fail(QStringLiteral("--%1 was given more than once.").arg(name));
    }

    if (!parser.isSet(QStringLiteral("count")))
        return fail(QStringLiteral("--count N is required."));
    bool ok = false;
    const int count = parser.value(QStringLiteral("count")).toInt(&ok);
    if (!ok || count < 1 || count > maximumCount)
        return fail(QStringLiteral("--count must be a whole number from 1 to %1, not \"%2\".")
                        .arg(maximumCount)
                        .arg(parser.value(QStringLiteral("count"))));
    quint64 seed = 1;
    if (parser.isSet(QStringLiteral("seed"))) {
        seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return fail(QStringLiteral("--seed must be a whole number from 0 to 18446744073709551615, not \"%1\".")
                            .arg(parser.value(QStringLiteral("seed"))));
    }
    QDate asOf = QDate::currentDate();
    if (parser.isSet(QStringLiteral("as-of"))) {
        asOf = IsoDate::parse(parser.value(QStringLiteral("as-of")));
        if (!asOf.isValid() || asOf < SyntheticDataset::earliestAsOf())
            return fail(QStringLiteral("--as-of must be a date written YYYY-MM-DD, from %1 on, not \"%2\".")
                            .arg(IsoDate::format(SyntheticDataset::earliestAsOf()), parser.value(QStringLiteral("as-of"))));
    }
    const QString csvPath = parser.value(QStringLiteral("csv"));
    const QString dbPath = parser.value(QStringLiteral("db"));
    if (csvPath.isEmpty() && dbPath.isEmpty())
        return fail(QStringLiteral("say where to write: --csv FILE, --db FILE or both."));
    if (!dbPath.isEmpty() && QFileInfo::exists(dbPath))
        return fail(QStringLiteral("%1 exists; the generator never overwrites a database. Choose a new file name.").arg(dbPath));
    for (const QString &path : {csvPath, dbPath}) {
        if (!path.isEmpty() && !QFileInfo(QFileInfo(path).absolutePath()).isDir())
            return fail(QStringLiteral("the folder of %1 does not exist.").arg(path));
    }

    QString error;
    if (!csvPath.isEmpty()) {
        QElapsedTimer timer;
        timer.start();
        SyntheticDataset dataset(seed, SyntheticDataset::Scope::UprOnly, asOf);
        if (!UprInfoCsvWriter::write(csvPath, dataset, count, &error,
                                     [count](int written) { reportProgress("CSV", written, count); })) {
            std::fprintf(stderr, "rectracker-generate: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("wrote %d UPR recommendations to %s (UPR Info CSV) in %.1f s\n", count, qPrintable(csvPath),
                    double(timer.elapsed()) / 1000);
    }
    if (!dbPath.isEmpty()) {
        QElapsedTimer timer;
        timer.start();
        SyntheticDataset dataset(seed, SyntheticDataset::Scope::AllMechanisms, asOf);
        if (!SyntheticDatabaseWriter::write(dbPath, dataset, count, &error,
                                            [count](int written) { reportProgress("database", written, count); })) {
            std::fprintf(stderr, "rectracker-generate: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("wrote %d recommendations to %s (database) in %.1f s\n", count, qPrintable(dbPath),
                    double(timer.elapsed()) / 1000);
    }
    return 0;
}
