// Every kind of bad input to the real binary: a one-line message that names
// the problem, a non-zero exit status, and the database (and every other
// file) byte-for-byte as it was, with no new file left behind.
#include "clirunner.h"
#include "filehash.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class CliBadInputTest : public QObject
{
    Q_OBJECT

private slots:
    void refusedAndNothingWritten_data();
    void refusedAndNothingWritten();
    void hostileSearchTextIsOnlyText_data();
    void hostileSearchTextIsOnlyText();
};

namespace {

const QStringList validAdd{QStringLiteral("--mechanism"), QStringLiteral("upr"), QStringLiteral("--state"),
                           QStringLiteral("Kazakhstan"), QStringLiteral("--symbol"), QStringLiteral("A/HRC/14/10"),
                           QStringLiteral("--paragraph"), QStringLiteral("97.1"), QStringLiteral("--date"),
                           QStringLiteral("2010-03-16"), QStringLiteral("--text"), QStringLiteral("Abolish the death penalty")};

// A copy of validAdd with one option's value replaced, or the option removed when value is null.
QStringList addWith(const QString &option, const QString &value)
{
    QStringList arguments{QStringLiteral("add"), QStringLiteral("--db"), QStringLiteral("{db}")};
    for (int i = 0; i < validAdd.size(); i += 2) {
        if (validAdd.at(i) != option)
            arguments << validAdd.at(i) << validAdd.at(i + 1);
        else if (!value.isNull())
            arguments << option << value;
    }
    if (!validAdd.contains(option) && !value.isNull())
        arguments << option << value;
    return arguments;
}

QStringList setStatusWith(const QString &id, const QString &status, const QString &date)
{
    return {QStringLiteral("set-status"), QStringLiteral("--db"), QStringLiteral("{db}"), QStringLiteral("--id"), id,
            QStringLiteral("--status"), status, QStringLiteral("--date"), date};
}

QStringList filled(QStringList arguments, const QString &folder, const QString &db)
{
    for (QString &argument : arguments) {
        argument.replace(QLatin1String("{db}"), db);
        argument.replace(QLatin1String("{dir}"), folder);
    }
    return arguments;
}

QMap<QString, QByteArray> snapshot(const QString &folder)
{
    QMap<QString, QByteArray> files;
    for (const QString &name : QDir(folder).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot))
        files.insert(name, FileHash::of(QDir(folder).filePath(name)));
    return files;
}

} // namespace

void CliBadInputTest::refusedAndNothingWritten_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("writeProtect");

    const QString dash;
    QTest::newRow("unknown status") << setStatusWith(QStringLiteral("1"), QStringLiteral("done"), QStringLiteral("2020-01-01"))
                                    << 2 << QStringLiteral("unknown status \"done\"") << false;
    QTest::newRow("impossible date") << setStatusWith(QStringLiteral("1"), QStringLiteral("accepted"), QStringLiteral("2023-02-29"))
                                     << 2 << QStringLiteral("\"2023-02-29\" is not a real date") << false;
    QTest::newRow("date in another form") << setStatusWith(QStringLiteral("1"), QStringLiteral("accepted"), QStringLiteral("10.06.2010"))
                                          << 2 << QStringLiteral("not a real date") << false;
    QTest::newRow("missing record id") << setStatusWith(QStringLiteral("999"), QStringLiteral("accepted"), QStringLiteral("2020-01-01"))
                                       << 1 << QStringLiteral("no recommendation with id 999") << false;
    QTest::newRow("id not a number") << setStatusWith(QStringLiteral("abc"), QStringLiteral("accepted"), QStringLiteral("2020-01-01"))
                                     << 2 << QStringLiteral("--id \"abc\"") << false;
    QTest::newRow("bad evidence link") << (setStatusWith(QStringLiteral("1"), QStringLiteral("accepted"), QStringLiteral("2020-01-01"))
                                           << QStringLiteral("--evidence") << QStringLiteral("not a link"))
                                       << 2 << QStringLiteral("evidence link") << false;
    QTest::newRow("missing text") << addWith(QStringLiteral("--text"), QString()) << 2 << QStringLiteral("--text is required") << false;
    QTest::newRow("empty text") << addWith(QStringLiteral("--text"), QStringLiteral("   ")) << 2
                                << QStringLiteral("--text must not be empty") << false;
    QTest::newRow("missing state") << addWith(QStringLiteral("--state"), QString()) << 2 << QStringLiteral("--state is required") << false;
    QTest::newRow("unknown mechanism") << addWith(QStringLiteral("--mechanism"), QStringLiteral("unicef")) << 2
                                       << QStringLiteral("unknown mechanism \"unicef\"") << false;
    QTest::newRow("impossible document date") << addWith(QStringLiteral("--date"), QStringLiteral("2010-13-01")) << 2
                                              << QStringLiteral("not a real date") << false;
    QTest::newRow("sdg out of range") << addWith(QStringLiteral("--sdg"), QStringLiteral("18")) << 2
                                      << QStringLiteral("numbered 1 to 17") << false;
    QTest::newRow("session not a number") << addWith(QStringLiteral("--session"), QStringLiteral("seven")) << 2
                                          << QStringLiteral("--session \"seven\"") << false;
    QTest::newRow("not a sqlite file") << QStringList{QStringLiteral("list"), QStringLiteral("--db"), QStringLiteral("{dir}/notes.txt")}
                                       << 1 << QStringLiteral("not a SQLite file") << false;
    QTest::newRow("write to a non-sqlite file") << QStringList{QStringLiteral("set-status"), QStringLiteral("--db"), QStringLiteral("{dir}/notes.txt"),
                                                               QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("--status"),
                                                               QStringLiteral("accepted"), QStringLiteral("--date"), QStringLiteral("2020-01-01")}
                                                << 1 << QStringLiteral("not a SQLite file") << false;
    QTest::newRow("read-only file, set-status") << setStatusWith(QStringLiteral("1"), QStringLiteral("accepted"), QStringLiteral("2020-01-01"))
                                                << 1 << QStringLiteral("read-only") << true;
    QTest::newRow("read-only file, add") << addWith(QStringLiteral("--theme"), QStringLiteral("Justice")) << 1
                                         << QStringLiteral("read-only") << true;
    QTest::newRow("folder does not exist") << QStringList{QStringLiteral("list"), QStringLiteral("--db"), QStringLiteral("{dir}/missing/x.sqlite")}
                                           << 1 << QStringLiteral("does not exist") << false;
    QTest::newRow("add into a missing folder") << (QStringList{QStringLiteral("add"), QStringLiteral("--db"), QStringLiteral("{dir}/missing/x.sqlite")} + validAdd)
                                               << 1 << QStringLiteral("does not exist") << false;
    QTest::newRow("list a missing database") << QStringList{QStringLiteral("list"), QStringLiteral("--db"), QStringLiteral("{dir}/none.sqlite")}
                                             << 1 << QStringLiteral("There is no database") << false;
    QTest::newRow("set-status on a missing database") << QStringList{QStringLiteral("set-status"), QStringLiteral("--db"), QStringLiteral("{dir}/none.sqlite"),
                                                                     QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("--status"),
                                                                     QStringLiteral("accepted"), QStringLiteral("--date"), QStringLiteral("2020-01-01")}
                                                      << 1 << QStringLiteral("There is no database") << false;
    QTest::newRow("database is a folder") << QStringList{QStringLiteral("list"), QStringLiteral("--db"), QStringLiteral("{dir}")}
                                          << 1 << QStringLiteral("is a folder") << false;
    QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("frobnicate")} << 2 << QStringLiteral("unknown subcommand") << false;
    QTest::newRow("unknown option") << QStringList{QStringLiteral("list"), QStringLiteral("--db"), QStringLiteral("{db}"), QStringLiteral("--colour")}
                                    << 2 << QStringLiteral("colour") << false;
    QTest::newRow("stray argument") << QStringList{QStringLiteral("list"), QStringLiteral("--db"), QStringLiteral("{db}"), QStringLiteral("extra")}
                                    << 2 << QStringLiteral("unexpected argument \"extra\"") << false;
    QTest::newRow("missing --db") << QStringList{QStringLiteral("list"), QStringLiteral("--count")} << 2 << QStringLiteral("--db is required") << false;
    QTest::newRow("bad year") << QStringList{QStringLiteral("list"), QStringLiteral("--db"), QStringLiteral("{db}"), QStringLiteral("--year-from"), QStringLiteral("20x0")}
                              << 2 << QStringLiteral("--year-from \"20x0\"") << false;
    QTest::newRow("years reversed") << QStringList{QStringLiteral("list"), QStringLiteral("--db"), QStringLiteral("{db}"), QStringLiteral("--year-from"),
                                                   QStringLiteral("2015"), QStringLiteral("--year-to"), QStringLiteral("2010")}
                                    << 2 << QStringLiteral("is after") << false;
    QTest::newRow("unknown status filter") << QStringList{QStringLiteral("list"), QStringLiteral("--db"), QStringLiteral("{db}"), QStringLiteral("--status"), QStringLiteral("open")}
                                           << 2 << QStringLiteral("unknown status \"open\"") << false;
    QTest::newRow("json and count") << QStringList{QStringLiteral("list"), QStringLiteral("--db"), QStringLiteral("{db}"), QStringLiteral("--json"), QStringLiteral("--count")}
                                    << 2 << QStringLiteral("cannot be combined") << false;
    Q_UNUSED(dash);
}

void CliBadInputTest::refusedAndNothingWritten()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QFETCH(bool, writeProtect);

    QTemporaryDir folder;
    const QString db = folder.filePath(QStringLiteral("data.sqlite"));
    const CliResult setup = CliRunner::run(QStringList{QStringLiteral("add"), QStringLiteral("--db"), db} + validAdd);
    QCOMPARE(setup.exitCode, 0);
    QFile notes(folder.filePath(QStringLiteral("notes.txt")));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("Meeting notes, not a database.\n");
    notes.close();
    if (writeProtect)
        QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QMap<QString, QByteArray> before = snapshot(folder.path());

    const CliResult result = CliRunner::run(filled(arguments, folder.path(), db));
    QCOMPARE(result.exitCode, exitCode);
    const QString err = QString::fromUtf8(result.err);
    QVERIFY2(err.contains(message), qPrintable(err));
    QCOMPARE(err.trimmed().count(QLatin1Char('\n')), 0); // one line
    QVERIFY2(err.startsWith(QLatin1String("rectracker: ")), qPrintable(err));
    QVERIFY(result.out.isEmpty());
    QCOMPARE(snapshot(folder.path()), before);
}

void CliBadInputTest::hostileSearchTextIsOnlyText_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("expected");
    QTest::newRow("sql injection") << QStringLiteral("'; DROP TABLE recommendation; --") << 0;
    QTest::newRow("quote") << QStringLiteral("\"") << 2;
    QTest::newRow("quotes around a word") << QStringLiteral("\"death\"") << 1;
    QTest::newRow("star") << QStringLiteral("*") << 2;
    QTest::newRow("fts syntax") << QStringLiteral("NEAR(death penalty") << 0;
    QTest::newRow("column filter") << QStringLiteral("text:death") << 0;
    QTest::newRow("or") << QStringLiteral("death OR torture") << 0;
    QTest::newRow("like wildcards") << QStringLiteral("%_\\") << 2;
    QTest::newRow("always true") << QStringLiteral("') OR 1=1 --") << 0;
}

void CliBadInputTest::hostileSearchTextIsOnlyText()
{
    QFETCH(QString, search);
    QFETCH(int, expected);
    QTemporaryDir folder;
    const QString db = folder.filePath(QStringLiteral("data.sqlite"));
    QCOMPARE(CliRunner::run(QStringList{QStringLiteral("add"), QStringLiteral("--db"), db} + validAdd).exitCode, 0);
    QStringList second = validAdd;
    second.replace(second.indexOf(QStringLiteral("97.1")), QStringLiteral("97.2"));
    second.replace(second.indexOf(QStringLiteral("Abolish the death penalty")), QStringLiteral("Ratify OPCAT"));
    QCOMPARE(CliRunner::run(QStringList{QStringLiteral("add"), QStringLiteral("--db"), db} + second).exitCode, 0);
    const QMap<QString, QByteArray> before = snapshot(folder.path());

    const CliResult result = CliRunner::run({QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--search"),
                                             search, QStringLiteral("--count")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QCOMPARE(result.lastLine(), QString::number(expected));
    QCOMPARE(snapshot(folder.path()), before);
    const CliResult all = CliRunner::run({QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--count")});
    QCOMPARE(all.lastLine(), QStringLiteral("2"));
}

QTEST_GUILESS_MAIN(CliBadInputTest)
#include "tst_clibadinput.moc"
