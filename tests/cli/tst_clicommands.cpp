// The subcommands doing their work, run as the real binary: add, set-status,
// list in its three forms and with each filter, --help and --version.
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class CliCommandsTest : public QObject
{
    Q_OBJECT

private slots:
    void versionAndHelp();
    void addPrintsTheIdAndListShowsEveryField();
    void setStatusAppendsToTheHistory();
    void listFilters_data();
    void listFilters();
    void listPlainIsOneLinePerRecord();

};

namespace {

qint64 add(const QString &db, const QStringList &extra)
{
    const CliResult result = CliRunner::run(QStringList{QStringLiteral("add"), QStringLiteral("--db"), db} + extra);
    if (result.exitCode != 0)
        qWarning("add failed: %s", result.err.constData());
    return result.lastLine().toLongLong();
}

QStringList uprArguments(const QString &paragraph, const QString &text)
{
    return {QStringLiteral("--mechanism"), QStringLiteral("upr"), QStringLiteral("--state"), QStringLiteral("Kazakhstan"),
            QStringLiteral("--symbol"), QStringLiteral("A/HRC/14/10"), QStringLiteral("--paragraph"), paragraph,
            QStringLiteral("--date"), QStringLiteral("2010-03-16"), QStringLiteral("--text"), text,
            QStringLiteral("--session"), QStringLiteral("7")};
}

QJsonArray listJson(const QStringList &arguments)
{
    const CliResult result = CliRunner::run(QStringList{QStringLiteral("list")} + arguments + QStringList{QStringLiteral("--json")});
    return QJsonDocument::fromJson(result.out).array();
}

} // namespace

void CliCommandsTest::versionAndHelp()
{
    const CliResult version = CliRunner::run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("rectracker "));
    const CliResult help = CliRunner::run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("set-status"));
    QVERIFY(help.out.contains("--db"));
    const CliResult listHelp = CliRunner::run({QStringLiteral("list"), QStringLiteral("--help")});
    QCOMPARE(listHelp.exitCode, 0);
    QVERIFY(listHelp.out.contains("--year-from"));
    QVERIFY(listHelp.out.contains("--recommended-by"));
}

void CliCommandsTest::addPrintsTheIdAndListShowsEveryField()
{
    QTemporaryDir folder;
    const QString db = folder.filePath(QStringLiteral("new.sqlite"));
    const CliResult result = CliRunner::run(
        QStringList{QStringLiteral("add"), QStringLiteral("--db"), db}
        + uprArguments(QStringLiteral("97.1"), QStringLiteral("Abolish the death penalty"))
        + QStringList{QStringLiteral("--recommended-by"), QStringLiteral("France"), QStringLiteral("--recommended-by"),
                      QStringLiteral("Brazil"), QStringLiteral("--theme"), QStringLiteral("Death penalty"),
                      QStringLiteral("--sdg"), QStringLiteral("16"), QStringLiteral("--due"), QStringLiteral("2014-10-31")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.lastLine(), QStringLiteral("1"));
    QVERIFY(QFile::exists(db));

    const QJsonArray records = listJson({QStringLiteral("--db"), db});
    QCOMPARE(records.size(), 1);
    const QJsonObject record = records.first().toObject();
    QCOMPARE(record.value(QStringLiteral("id")).toInt(), 1);
    QCOMPARE(record.value(QStringLiteral("mechanism")).toString(), QStringLiteral("upr"));
    QCOMPARE(record.value(QStringLiteral("state")).toString(), QStringLiteral("Kazakhstan"));
    QCOMPARE(record.value(QStringLiteral("symbol")).toString(), QStringLiteral("A/HRC/14/10"));
    QCOMPARE(record.value(QStringLiteral("paragraph")).toString(), QStringLiteral("97.1"));
    QCOMPARE(record.value(QStringLiteral("text")).toString(), QStringLiteral("Abolish the death penalty"));
    QCOMPARE(record.value(QStringLiteral("date")).toString(), QStringLiteral("2010-03-16"));
    QCOMPARE(record.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(record.value(QStringLiteral("recommended_by")).toArray(),
             QJsonArray({QStringLiteral("France"), QStringLiteral("Brazil")}));
    QCOMPARE(record.value(QStringLiteral("themes")).toArray(), QJsonArray({QStringLiteral("Death penalty")}));
    QCOMPARE(record.value(QStringLiteral("upr_cycle")).toInt(), 1); // from the session
    QCOMPARE(record.value(QStringLiteral("sdgs")).toArray(), QJsonArray({16}));
    QCOMPARE(record.value(QStringLiteral("due_date")).toString(), QStringLiteral("2014-10-31"));

    QCOMPARE(add(db, uprArguments(QStringLiteral("97.2"), QStringLiteral("Ratify OPCAT"))), qint64(2));
}

void CliCommandsTest::setStatusAppendsToTheHistory()
{
    QTemporaryDir folder;
    const QString db = folder.filePath(QStringLiteral("status.sqlite"));
    const qint64 id = add(db, uprArguments(QStringLiteral("97.3"), QStringLiteral("Decriminalise libel")));
    QVERIFY(id > 0);
    auto setStatus = [&](const QString &status, const QString &date) {
        return CliRunner::run({QStringLiteral("set-status"), QStringLiteral("--db"), db, QStringLiteral("--id"),
                               QString::number(id), QStringLiteral("--status"), status, QStringLiteral("--date"), date,
                               QStringLiteral("--note"), QStringLiteral("n"), QStringLiteral("--evidence"),
                               QStringLiteral("https://example.org/law")});
    };
    QCOMPARE(setStatus(QStringLiteral("accepted"), QStringLiteral("2010-06-10")).exitCode, 0);
    QCOMPARE(setStatus(QStringLiteral("partially_implemented"), QStringLiteral("2020-06-01")).exitCode, 0);
    QCOMPARE(listJson({QStringLiteral("--db"), db}).first().toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("partially_implemented"));
    // Recorded now but effective earlier: it does not become the current status.
    QCOMPARE(setStatus(QStringLiteral("implemented"), QStringLiteral("2015-01-01")).exitCode, 0);
    QCOMPARE(listJson({QStringLiteral("--db"), db}).first().toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("partially_implemented"));
    // A later effective date does.
    QCOMPARE(setStatus(QStringLiteral("implemented"), QStringLiteral("2021-12-31")).exitCode, 0);
    const CliResult count = CliRunner::run({QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--status"),
                                            QStringLiteral("implemented"), QStringLiteral("--count")});
    QCOMPARE(count.lastLine(), QStringLiteral("1"));
}

void CliCommandsTest::listFilters_data()
{
    QTest::addColumn<QStringList>("filters");
    QTest::addColumn<int>("expected");
    QTest::newRow("none") << QStringList() << 4;
    QTest::newRow("mechanism") << QStringList{QStringLiteral("--mechanism"), QStringLiteral("iccpr")} << 1;
    QTest::newRow("two mechanisms") << QStringList{QStringLiteral("--mechanism"), QStringLiteral("iccpr"),
                                                   QStringLiteral("--mechanism"), QStringLiteral("cat")} << 2;
    QTest::newRow("state") << QStringList{QStringLiteral("--state"), QStringLiteral("kazakhstan")} << 3;
    QTest::newRow("status") << QStringList{QStringLiteral("--status"), QStringLiteral("accepted")} << 1;
    QTest::newRow("year from") << QStringList{QStringLiteral("--year-from"), QStringLiteral("2011")} << 2;
    QTest::newRow("year to") << QStringList{QStringLiteral("--year-to"), QStringLiteral("2010")} << 2;
    QTest::newRow("year range") << QStringList{QStringLiteral("--year-from"), QStringLiteral("2011"),
                                               QStringLiteral("--year-to"), QStringLiteral("2011")} << 1;
    QTest::newRow("theme") << QStringList{QStringLiteral("--theme"), QStringLiteral("torture")} << 2;
    QTest::newRow("recommended by") << QStringList{QStringLiteral("--recommended-by"), QStringLiteral("France")} << 1;
    QTest::newRow("search prefix") << QStringList{QStringLiteral("--search"), QStringLiteral("TORTUR")} << 2;
    QTest::newRow("search two words") << QStringList{QStringLiteral("--search"), QStringLiteral("torture investigate")} << 1;
    QTest::newRow("search cyrillic") << QStringList{QStringLiteral("--search"), QStringLiteral("смертн")} << 1;
    QTest::newRow("combined") << QStringList{QStringLiteral("--theme"), QStringLiteral("Torture"), QStringLiteral("--state"),
                                             QStringLiteral("Kazakhstan")} << 1;
}

void CliCommandsTest::listFilters()
{
    QFETCH(QStringList, filters);
    QFETCH(int, expected);
    QTemporaryDir folder;
    const QString db = folder.filePath(QStringLiteral("filters.sqlite"));
    const qint64 first = add(db, uprArguments(QStringLiteral("97.1"), QStringLiteral("Отменить смертную казнь"))
                                    + QStringList{QStringLiteral("--recommended-by"), QStringLiteral("France")});
    add(db, uprArguments(QStringLiteral("97.2"), QStringLiteral("Ratify the migrant workers convention")));
    add(db, {QStringLiteral("--mechanism"), QStringLiteral("iccpr"), QStringLiteral("--state"), QStringLiteral("Kazakhstan"),
             QStringLiteral("--symbol"), QStringLiteral("CCPR/C/KAZ/CO/1"), QStringLiteral("--paragraph"), QStringLiteral("11"),
             QStringLiteral("--date"), QStringLiteral("2011-07-19"), QStringLiteral("--text"),
             QStringLiteral("Investigate every allegation of torture"), QStringLiteral("--theme"), QStringLiteral("Torture")});
    add(db, {QStringLiteral("--mechanism"), QStringLiteral("cat"), QStringLiteral("--state"), QStringLiteral("Uzbekistan"),
             QStringLiteral("--symbol"), QStringLiteral("CAT/C/UZB/CO/5"), QStringLiteral("--paragraph"), QStringLiteral("8"),
             QStringLiteral("--date"), QStringLiteral("2013-12-10"), QStringLiteral("--text"),
             QStringLiteral("Prevent torture in custody"), QStringLiteral("--theme"), QStringLiteral("torture")});
    QCOMPARE(CliRunner::run({QStringLiteral("set-status"), QStringLiteral("--db"), db, QStringLiteral("--id"),
                             QString::number(first), QStringLiteral("--status"), QStringLiteral("accepted"),
                             QStringLiteral("--date"), QStringLiteral("2010-06-10")})
                 .exitCode,
             0);
    const CliResult count = CliRunner::run(QStringList{QStringLiteral("list"), QStringLiteral("--db"), db} + filters
                                           + QStringList{QStringLiteral("--count")});
    QCOMPARE(count.exitCode, 0);
    QCOMPARE(count.lastLine(), QString::number(expected));
    QCOMPARE(listJson(QStringList{QStringLiteral("--db"), db} + filters).size(), expected);
}

void CliCommandsTest::listPlainIsOneLinePerRecord()
{
    QTemporaryDir folder;
    const QString db = folder.filePath(QStringLiteral("plain.sqlite"));
    add(db, uprArguments(QStringLiteral("97.1"), QStringLiteral("First\nwith a line break")));
    add(db, uprArguments(QStringLiteral("97.2"), QStringLiteral("Second")));
    const CliResult result = CliRunner::run({QStringLiteral("list"), QStringLiteral("--db"), db});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = QString::fromUtf8(result.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.first().split(QLatin1Char('\t')),
             QStringList({QStringLiteral("1"), QStringLiteral("A/HRC/14/10"), QStringLiteral("97.1"), QStringLiteral("upr"),
                          QStringLiteral("2010-03-16"), QStringLiteral("pending"), QStringLiteral("First with a line break")}));
}

QTEST_GUILESS_MAIN(CliCommandsTest)
#include "tst_clicommands.moc"
