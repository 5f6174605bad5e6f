// import and export run as the real binary: summaries, exit statuses, the
// file, line and column of a bad value, nothing written on failure (not even
// a database the run would have created), and exports that read back.
#include "clirunner.h"
#include "filehash.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(FIXTURES "/") + name;
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

class CliImportTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void importPrintsASummary();
    void reimportAddsNothing();
    void badValueNamesLineAndColumn_data();
    void badValueNamesLineAndColumn();
    void failedFirstImportLeavesNoDatabase();
    void skipInvalidAndDryRun();
    void mappedFileWithAMechanism();
    void exportEachFormat();
    void badArguments_data();
    void badArguments();

private:
    CliResult importFiles(const QStringList &files, const QStringList &options = {});
    QTemporaryDir m_folder;
    QString m_db;
};

void CliImportTest::init()
{
    QVERIFY(m_folder.isValid());
    m_db = m_folder.filePath(QStringLiteral("data.sqlite"));
    for (const QString &name : filesIn(m_folder.path()))
        QFile::remove(m_folder.filePath(name));
}

CliResult CliImportTest::importFiles(const QStringList &files, const QStringList &options)
{
    QStringList arguments{QStringLiteral("import"), QStringLiteral("--db"), m_db};
    arguments += options;
    for (const QString &file : files)
        arguments << fixture(file);
    return CliRunner::run(arguments);
}

void CliImportTest::importPrintsASummary()
{
    const CliResult result = importFiles({QStringLiteral("upr-info.csv"), QStringLiteral("uhri.json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QString out = QString::fromUtf8(result.out);
    QVERIFY2(out.contains(QStringLiteral("upr-info.csv: CSV in UTF-8 (UPR Info export)")), qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("uhri.json: Universal Human Rights Index JSON")));
    QVERIFY2(out.contains(QStringLiteral("read 9, added 7, already stored 0, repeated in the files 1, pledges skipped 1, "
                                         "invalid skipped 0")),
             qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("warning: uhri.json, record 3")));
    const CliResult count = CliRunner::run({QStringLiteral("list"), QStringLiteral("--db"), m_db, QStringLiteral("--count")});
    QCOMPARE(count.lastLine(), QStringLiteral("7"));
    // Written straight into the file (DirectFileWrites), the database is
    // back in WAL mode afterwards (header bytes 18 and 19 are 2) and leaves
    // no rollback journal behind.
    QFile database(m_db);
    QVERIFY(database.open(QIODevice::ReadOnly));
    const QByteArray header = database.read(20);
    QCOMPARE(header.mid(18, 2), QByteArray("\x02\x02", 2));
    QVERIFY(!QFile::exists(m_db + QStringLiteral("-journal")));
}

void CliImportTest::reimportAddsNothing()
{
    QCOMPARE(importFiles({QStringLiteral("upr-info.csv")}).exitCode, 0);
    const QByteArray before = FileHash::of(m_db);
    const CliResult again = importFiles({QStringLiteral("upr-info.csv")});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains("added 0, already stored 4"), again.out.constData());
    QCOMPARE(FileHash::of(m_db), before);
}

void CliImportTest::badValueNamesLineAndColumn_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("status") << QStringLiteral("bad-status.csv")
                            << QStringLiteral("rectracker: bad-status.csv, line 3, column 8 (Response): unknown status \"Maybe\"");
    QTest::newRow("session") << QStringLiteral("bad-session.csv")
                             << QStringLiteral("rectracker: bad-session.csv, line 3, column 11 (Session)");
    QTest::newRow("quote") << QStringLiteral("broken-quote.csv")
                           << QStringLiteral("rectracker: broken-quote.csv, line 3, column");
    QTest::newRow("binary") << QStringLiteral("not-text.csv") << QStringLiteral("not a text file");
}

void CliImportTest::badValueNamesLineAndColumn()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    QCOMPARE(importFiles({QStringLiteral("upr-info.csv")}).exitCode, 0);
    const QByteArray before = FileHash::of(m_db);
    const CliResult result = importFiles({QStringLiteral("uhri.json"), file});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
    QVERIFY(result.out.isEmpty());
    // Not even the good file before it was imported.
    QCOMPARE(FileHash::of(m_db), before);
    const CliResult count = CliRunner::run({QStringLiteral("list"), QStringLiteral("--db"), m_db, QStringLiteral("--count")});
    QCOMPARE(count.lastLine(), QStringLiteral("4"));
}

void CliImportTest::failedFirstImportLeavesNoDatabase()
{
    const CliResult result = importFiles({QStringLiteral("bad-status.csv")});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(filesIn(m_folder.path()), QStringList());
}

void CliImportTest::skipInvalidAndDryRun()
{
    const CliResult dry = importFiles({QStringLiteral("bad-status.csv")}, {QStringLiteral("--skip-invalid"), QStringLiteral("--dry-run")});
    // A dry run needs an existing database: it creates nothing.
    QCOMPARE(dry.exitCode, 1);
    QCOMPARE(filesIn(m_folder.path()), QStringList());
    QCOMPARE(importFiles({QStringLiteral("uhri.json")}).exitCode, 0);
    const QByteArray before = FileHash::of(m_db);
    const CliResult preview = importFiles({QStringLiteral("bad-status.csv")}, {QStringLiteral("--skip-invalid"), QStringLiteral("--dry-run")});
    QCOMPARE(preview.exitCode, 0);
    QVERIFY2(preview.out.contains("would add 1"), preview.out.constData());
    QVERIFY(preview.out.contains("skipped: bad-status.csv, line 3, column 8"));
    QVERIFY(preview.out.contains("dry run: nothing was written."));
    QCOMPARE(FileHash::of(m_db), before);
    const CliResult real = importFiles({QStringLiteral("bad-status.csv")}, {QStringLiteral("--skip-invalid")});
    QCOMPARE(real.exitCode, 0);
    QVERIFY2(real.out.contains("added 1"), real.out.constData());
}

void CliImportTest::mappedFileWithAMechanism()
{
    const QStringList map{QStringLiteral("--map"), QStringLiteral("text=Recommendation,state=Country")};
    const CliResult refused = importFiles({QStringLiteral("generic.csv")}, map);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("generic.csv, line 2"), refused.err.constData());
    const CliResult result = importFiles({QStringLiteral("generic.csv")}, map + QStringList{QStringLiteral("--mechanism"), QStringLiteral("CAT")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.out.contains("added 1"));
    const CliResult listed = CliRunner::run({QStringLiteral("list"), QStringLiteral("--db"), m_db, QStringLiteral("--mechanism"),
                                             QStringLiteral("cat"), QStringLiteral("--count")});
    QCOMPARE(listed.lastLine(), QStringLiteral("1"));
}

void CliImportTest::exportEachFormat()
{
    QCOMPARE(importFiles({QStringLiteral("upr-info.csv"), QStringLiteral("uhri.json")}).exitCode, 0);
    const QString csv = m_folder.filePath(QStringLiteral("upr.csv"));
    const CliResult written = CliRunner::run({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--out"), csv,
                                              QStringLiteral("--mechanism"), QStringLiteral("upr"), QStringLiteral("--bom")});
    QVERIFY2(written.exitCode == 0, written.err.constData());
    // Plural forms in English too (translations/rectracker_en.ts).
    QVERIFY2(written.out.contains("6 recommendations written"), written.out.constData());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF" "mechanism,state,symbol,paragraph,text,"));
    QCOMPARE(bytes.count("\r\n"), 7); // header and six records
    const QString json = m_folder.filePath(QStringLiteral("all.json"));
    QCOMPARE(CliRunner::run({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--out"), json}).exitCode, 0);
    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(jsonFile.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("rectracker-recommendations"));
    QCOMPARE(root.value(QStringLiteral("recommendations")).toArray().size(), 7);
    QVERIFY(root.value(QStringLiteral("recommendations")).toArray().first().toObject().contains(QStringLiteral("history")));
    const QString xlsx = m_folder.filePath(QStringLiteral("all.xlsx"));
    QCOMPARE(CliRunner::run({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--out"), xlsx}).exitCode, 0);
    QFile workbook(xlsx);
    QVERIFY(workbook.open(QIODevice::ReadOnly));
    QVERIFY(workbook.read(4) == QByteArray("PK\x03\x04"));
    // The workbook imports back into a new database as the same 7 records.
    const QString second = m_folder.filePath(QStringLiteral("second.sqlite"));
    const CliResult back = CliRunner::run({QStringLiteral("import"), QStringLiteral("--db"), second, xlsx});
    QVERIFY2(back.exitCode == 0, back.err.constData());
    QVERIFY2(back.out.contains("added 7"), back.out.constData());
}

void CliImportTest::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString db = QStringLiteral("{db}");
    QTest::newRow("no file") << QStringList{QStringLiteral("import"), QStringLiteral("--db"), db} << 2
                             << QStringLiteral("name at least one file");
    QTest::newRow("unknown format") << QStringList{QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                                                   QStringLiteral("ods"), fixture(QStringLiteral("uhri.json"))}
                                    << 2 << QStringLiteral("unknown format \"ods\"");
    QTest::newRow("missing file") << QStringList{QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("{dir}/none.csv")}
                                  << 1 << QStringLiteral("there is no file");
    QTest::newRow("unknown encoding") << QStringList{QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--encoding"),
                                                     QStringLiteral("klingon"), fixture(QStringLiteral("upr-info.csv"))}
                                      << 1 << QStringLiteral("klingon");
    QTest::newRow("bad mapping") << QStringList{QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--map"),
                                                QStringLiteral("words=Recommendation"), fixture(QStringLiteral("ministry.csv"))}
                                 << 1 << QStringLiteral("unknown field \"words\"");
    QTest::newRow("unknown mechanism") << QStringList{QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--mechanism"),
                                                      QStringLiteral("xyz"), fixture(QStringLiteral("generic.csv"))}
                                       << 2 << QStringLiteral("unknown mechanism \"xyz\"");
    QTest::newRow("export unknown format") << QStringList{QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"),
                                                          QStringLiteral("{dir}/x.ods")}
                                           << 2 << QStringLiteral("give --format csv, xlsx or json");
    QTest::newRow("export bom for json") << QStringList{QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"),
                                                        QStringLiteral("{dir}/x.json"), QStringLiteral("--bom")}
                                         << 2 << QStringLiteral("--bom applies to CSV only");
    QTest::newRow("export over the database") << QStringList{QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"),
                                                             db, QStringLiteral("--format"), QStringLiteral("json")}
                                              << 1 << QStringLiteral("it is the database being exported");
    QTest::newRow("export into a missing folder") << QStringList{QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"),
                                                                 QStringLiteral("{dir}/no/x.csv")}
                                                  << 1 << QStringLiteral("does not exist");
}

void CliImportTest::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QCOMPARE(importFiles({QStringLiteral("uhri.json")}).exitCode, 0);
    const QByteArray before = FileHash::of(m_db);
    const QStringList filesBefore = filesIn(m_folder.path());
    for (QString &argument : arguments) {
        argument.replace(QLatin1String("{db}"), m_db);
        argument.replace(QLatin1String("{dir}"), m_folder.path());
    }
    const CliResult result = CliRunner::run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
    QVERIFY(result.out.isEmpty());
    QCOMPARE(FileHash::of(m_db), before);
    QCOMPARE(filesIn(m_folder.path()), filesBefore);
}

QTEST_GUILESS_MAIN(CliImportTest)
#include "tst_cliimport.moc"
