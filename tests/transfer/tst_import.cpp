// Imports of real-shaped files: the UPR Info export (UTF-8 and Windows-1252
// with bare CR), UHRI JSON, another workbook through a mapping; re-imports
// add nothing; every bad file is refused naming file, line and column, with
// the database file unchanged byte for byte.
#include "filehash.h"
#include "importjob.h"
#include "recommendationrepository.h"
#include "statuswords.h"
#include "temporarydatabase.h"
#include "uprcalendar.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(FIXTURES "/") + name;
}

} // namespace

class ImportTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void uprInfoExport();
    void reimportAddsNothing();
    void legacyEncodingKeepsAccents();
    void uhriJson();
    void otherWorkbookThroughAMapping();
    void badFilesAreRefusedAndChangeNothing_data();
    void badFilesAreRefusedAndChangeNothing();
    void skipInvalidImportsTheRest();
    void dryRunWritesNothing();
    void mappingRememberedOnlyAfterAnImport();
    void defaultMechanismForMappedFiles();
    void ownExportWithFewerColumns();
    void importIsOneUndoStep();
    void largeFileIsReadAndWrittenInBulk();
    void statusWordsTheUserMapped();

private:
    std::optional<ImportSummary> import(const QStringList &files, const ImportOptions &options = {});
    Recommendation findByText(const QString &text);

    std::unique_ptr<TemporaryDatabase> m_file;
    std::unique_ptr<RecommendationRepository> m_repository;
    std::unique_ptr<RecommendationEdits> m_edits;
    QString m_error;
};

void ImportTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // remembered mappings stay out of the user's settings
    QSettings().remove(QStringLiteral("importMappings")); // and none is left from an earlier run
}

void ImportTest::init()
{
    m_file = std::make_unique<TemporaryDatabase>();
    QVERIFY2(m_file->isValid(), qPrintable(m_file->error()));
    m_repository = std::make_unique<RecommendationRepository>(m_file->database());
    m_edits = std::make_unique<RecommendationEdits>(*m_repository);
}

void ImportTest::cleanup()
{
    m_edits.reset();
    m_repository.reset();
    m_file.reset();
}

std::optional<ImportSummary> ImportTest::import(const QStringList &files, const ImportOptions &options)
{
    QStringList paths;
    for (const QString &file : files)
        paths << fixture(file);
    m_error.clear();
    return ImportJob::run(*m_edits, paths, options, &m_error);
}

Recommendation ImportTest::findByText(const QString &text)
{
    RecommendationFilter filter;
    filter.searchText = text;
    const QList<qint64> ids = m_repository->matchingIds(filter);
    if (ids.size() != 1)
        return {};
    return m_repository->find(ids.first()).value_or(Recommendation());
}

void ImportTest::uprInfoExport()
{
    const std::optional<ImportSummary> summary = import({QStringLiteral("upr-info.csv")});
    QVERIFY2(summary, qPrintable(m_error));
    // 6 data rows (the blank one is not a row): 4 recommendations, the pledge,
    // and one row repeated verbatim.
    QCOMPARE(summary->read, 6);
    QCOMPARE(summary->added, 4);
    QCOMPARE(summary->pledges, 1);
    QCOMPARE(summary->duplicatesInFile, 1);
    QVERIFY2(summary->sources.first().contains(QStringLiteral("UPR Info")), qPrintable(summary->sources.first()));

    // Entities decoded, the session giving cycle and date, the response the first status.
    const Recommendation protocol = findByText(QStringLiteral("Second Optional Protocol"));
    QCOMPARE(protocol.text, QStringLiteral("Ratify the Second Optional Protocol to the ICCPR (abolition of the death penalty)"));
    QCOMPARE(protocol.mechanism, QStringLiteral("upr"));
    QCOMPARE(protocol.stateUnderReview, QStringLiteral("Kazakhstan"));
    QCOMPARE(protocol.recommendedBy, QStringList{QStringLiteral("Brazil")});
    QCOMPARE(protocol.themes, (QStringList{QStringLiteral("Death penalty"), QStringLiteral("International instruments")}));
    QCOMPARE(protocol.uprSession, 7);
    QCOMPARE(protocol.uprCycle, 1);
    QCOMPARE(protocol.documentDate, UprCalendar::session(7)->end);
    QCOMPARE(protocol.documentDate.year(), 2010);
    const QList<StatusChange> history = m_repository->history(protocol.id);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().status, Status::Accepted);
    QCOMPARE(history.first().effectiveDate, UprCalendar::session(7)->end);

    // "Noted" is rejected; a session written 7.0 is 7; trailing spaces trimmed.
    const Recommendation mechanism = findByText(QStringLiteral("preventive mechanism"));
    QCOMPARE(mechanism.text, QStringLiteral("Establish a national preventive mechanism against torture"));
    QCOMPARE(mechanism.uprSession, 7);
    QCOMPARE(m_repository->currentStatus(mechanism.id), std::optional<Status>(Status::Rejected));
    // "support" is accepted; doubled quotes undone.
    const Recommendation violence = findByText(QStringLiteral("domestic violence"));
    QCOMPARE(violence.text, QStringLiteral("Adopt a law on domestic violence, \"as recommended\""));
    QCOMPARE(violence.uprCycle, 2);
    QCOMPARE(m_repository->currentStatus(violence.id), std::optional<Status>(Status::Accepted));
}

void ImportTest::reimportAddsNothing()
{
    QVERIFY(import({QStringLiteral("upr-info.csv")}));
    const QByteArray before = FileHash::of(m_file->path());
    const std::optional<ImportSummary> again = import({QStringLiteral("upr-info.csv")});
    QVERIFY2(again, qPrintable(m_error));
    QCOMPARE(again->added, 0);
    QCOMPARE(again->duplicatesStored, 4);
    QCOMPARE(m_repository->totalCount(), std::optional<int>(4));
    QCOMPARE(FileHash::of(m_file->path()), before);
}

void ImportTest::legacyEncodingKeepsAccents()
{
    const std::optional<ImportSummary> summary = import({QStringLiteral("upr-info-1252.csv")});
    QVERIFY2(summary, qPrintable(m_error));
    QCOMPARE(summary->added, 2);
    QVERIFY2(summary->sources.first().contains(QStringLiteral("windows-1252")), qPrintable(summary->sources.first()));
    const Recommendation journalists = findByText(QStringLiteral("journalists"));
    QCOMPARE(journalists.text, QString::fromUtf8("Protect journalists’ rights – including online"));
    QCOMPARE(journalists.recommendedBy, QStringList{QString::fromUtf8("Côte d'Ivoire")});
    QCOMPARE(findByText(QStringLiteral("enforced disappearances")).recommendedBy, QStringList{QString::fromUtf8("México")});
}

void ImportTest::uhriJson()
{
    const std::optional<ImportSummary> summary = import({QStringLiteral("uhri.json")});
    QVERIFY2(summary, qPrintable(m_error));
    QCOMPARE(summary->added, 3);
    const Recommendation defamation = findByText(QStringLiteral("Decriminalize defamation"));
    QCOMPARE(defamation.mechanism, QStringLiteral("upr"));
    QCOMPARE(defamation.symbol, QStringLiteral("A/HRC/28/10"));
    QCOMPARE(defamation.uprSession, 20);
    QCOMPARE(defamation.uprCycle, 2);
    QCOMPARE(defamation.documentDate, QDate(2014, 12, 15));
    QCOMPARE(defamation.sdgs, QList<int>{16});
    QCOMPARE(defamation.recommendedBy, QStringList{QStringLiteral("Norway")});
    QCOMPARE(m_repository->currentStatus(defamation.id), std::optional<Status>(Status::Rejected));
    // A treaty body record: the paragraph taken from the symbol, lists from joined strings, no position.
    const Recommendation torture = findByText(QStringLiteral("allegations of torture"));
    QCOMPARE(torture.mechanism, QStringLiteral("iccpr"));
    QCOMPARE(torture.symbol, QStringLiteral("CCPR/C/KAZ/CO/1"));
    QCOMPARE(torture.paragraph, QStringLiteral("12"));
    QCOMPARE(torture.themes, (QStringList{QStringLiteral("Torture"), QStringLiteral("Administration of justice")}));
    QCOMPARE(torture.affectedPersons, QStringList{QStringLiteral("Persons deprived of their liberty")});
    QVERIFY(torture.text.contains(QStringLiteral("promptly & impartially")));
    QCOMPARE(m_repository->currentStatus(torture.id), std::optional<Status>(Status::Pending));
    // Supported and noted: accepted, with a warning.
    const Recommendation assembly = findByText(QStringLiteral("peaceful assembly"));
    QCOMPARE(assembly.recommendedBy, (QStringList{QStringLiteral("Switzerland"), QStringLiteral("Austria")}));
    QCOMPARE(m_repository->currentStatus(assembly.id), std::optional<Status>(Status::Accepted));
    QCOMPARE(summary->warnings.size(), 1);
    QVERIFY(summary->warnings.first().contains(QStringLiteral("record 3")));
}

void ImportTest::otherWorkbookThroughAMapping()
{
    // Without a mapping the columns are not known: said, nothing imported.
    QVERIFY(!import({QStringLiteral("ministry.csv")}));
    QVERIFY2(m_error.contains(QStringLiteral("--map")), qPrintable(m_error));
    QCOMPARE(m_repository->totalCount(), std::optional<int>(0));
    // A mapping that names a column the file lacks: said, with the header.
    ImportOptions options;
    options.mapping = QStringLiteral("mechanism=Body,state=Country,text=Text");
    QVERIFY(!import({QStringLiteral("ministry.csv")}, options));
    QVERIFY2(m_error.contains(QStringLiteral("no column Text")), qPrintable(m_error));
    // The right mapping, statuses as the ministry spells them.
    options.mapping = QStringLiteral("mechanism=Body,state=Country,text=Recommendation,status=Status,"
                                     "status_date=\"Date of status\"");
    const std::optional<ImportSummary> summary = import({QStringLiteral("ministry.csv")}, options);
    QVERIFY2(summary, qPrintable(m_error));
    QCOMPARE(summary->added, 2);
    const Recommendation judges = findByText(QStringLiteral("independence of judges"));
    QCOMPARE(judges.mechanism, QStringLiteral("iccpr"));
    const QList<StatusChange> history = m_repository->history(judges.id);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().status, Status::Implemented);
    QCOMPARE(history.first().effectiveDate, QDate(2015, 6, 1));
    // The mapping is remembered for files with these columns.
    const std::optional<ImportSummary> again = import({QStringLiteral("ministry.csv")});
    QVERIFY2(again, qPrintable(m_error));
    QCOMPARE(again->duplicatesStored, 2);
}

void ImportTest::badFilesAreRefusedAndChangeNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown status") << QStringLiteral("bad-status.csv")
                                    << QStringLiteral("bad-status.csv, line 3, column 8 (Response): unknown status \"Maybe\"");
    QTest::newRow("session not a number") << QStringLiteral("bad-session.csv")
                                          << QStringLiteral("bad-session.csv, line 3, column 11 (Session): \"seven\"");
    QTest::newRow("impossible date") << QStringLiteral("bad-date.csv")
                                     << QStringLiteral("bad-date.csv, line 3, column 8 (date): \"2011-02-30\" is not a date");
    QTest::newRow("broken quote") << QStringLiteral("broken-quote.csv") << QStringLiteral("broken-quote.csv, line 3");
    QTest::newRow("not a text file") << QStringLiteral("not-text.csv") << QStringLiteral("not a text file");
}

void ImportTest::badFilesAreRefusedAndChangeNothing()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    QVERIFY(import({QStringLiteral("upr-info.csv")}));
    const QByteArray before = FileHash::of(m_file->path());
    const QByteArray walBefore = FileHash::of(m_file->path() + QStringLiteral("-wal"));
    QVERIFY(!import({file}));
    QVERIFY2(m_error.contains(message), qPrintable(m_error));
    QCOMPARE(m_repository->totalCount(), std::optional<int>(4));
    QCOMPARE(FileHash::of(m_file->path()), before);
    QCOMPARE(FileHash::of(m_file->path() + QStringLiteral("-wal")), walBefore);
}

void ImportTest::skipInvalidImportsTheRest()
{
    ImportOptions options;
    options.skipInvalid = true;
    const std::optional<ImportSummary> summary = import({QStringLiteral("bad-status.csv")}, options);
    QVERIFY2(summary, qPrintable(m_error));
    QCOMPARE(summary->added, 1);
    QCOMPARE(summary->skipped.size(), 1);
    QVERIFY2(summary->skipped.first().contains(QStringLiteral("line 3, column 8")), qPrintable(summary->skipped.first()));
}

void ImportTest::dryRunWritesNothing()
{
    ImportOptions options;
    options.dryRun = true;
    const QByteArray before = FileHash::of(m_file->path());
    const std::optional<ImportSummary> summary = import({QStringLiteral("upr-info.csv"), QStringLiteral("uhri.json")}, options);
    QVERIFY2(summary, qPrintable(m_error));
    QCOMPARE(summary->added, 0);
    QCOMPARE(summary->read, 9);
    QCOMPARE(m_repository->totalCount(), std::optional<int>(0));
    QCOMPARE(FileHash::of(m_file->path()), before);
}

void ImportTest::importIsOneUndoStep()
{
    const std::optional<ImportSummary> summary = import({QStringLiteral("upr-info.csv"), QStringLiteral("uhri.json")});
    QVERIFY2(summary, qPrintable(m_error));
    QCOMPARE(summary->added, 7);
    QCOMPARE(m_edits->undoStack()->count(), 1);
    m_edits->undoStack()->undo();
    QCOMPARE(m_repository->totalCount(), std::optional<int>(0));
    m_edits->undoStack()->redo();
    QCOMPARE(m_repository->totalCount(), std::optional<int>(7));
}

void ImportTest::largeFileIsReadAndWrittenInBulk()
{
    // Rows enough for the rows to be read on every core and written in bulk;
    // the outcome must be what a row-by-row import gives, in the file's order.
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("large.csv"));
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session\n");
    const char *const responses[] = {"Supported", "Noted", "", "Supported in part"};
    for (int i = 1; i <= 3000; ++i) {
        QString row = QStringLiteral("Kazakhstan,,,\"Recommendation %1, on torture &amp; detention\",%2,,,%3,4,\"Torture, "
                                     "Detention conditions\",%4\n")
                          .arg(i)
                          .arg(i % 2 ? QStringLiteral("Norway") : QStringLiteral("Brazil"))
                          .arg(QLatin1String(responses[i % 4]))
                          .arg(1 + i % 40);
        if (i == 2000)
            row = QStringLiteral("Kazakhstan,,,Recommendation 7 on its own,Norway,,,Voluntary Pledge,4,Torture,20\n");
        csv.write(row.toUtf8());
        if (i == 1500)
            csv.write(row.toUtf8()); // repeated verbatim
        if (i == 2500) // the same recommendation as row 11 (line 12), answered differently
            csv.write("Kazakhstan,,,\"Recommendation 11, on torture & detention\",Norway,,,Noted,4,Torture,12\n");
    }
    csv.close();
    m_error.clear();
    const std::optional<ImportSummary> summary = ImportJob::run(*m_edits, {path}, {}, &m_error);
    QVERIFY2(summary, qPrintable(m_error));
    QCOMPARE(summary->read, 3002);
    QCOMPARE(summary->pledges, 1);
    QCOMPARE(summary->duplicatesInFile, 2);
    QCOMPARE(summary->added, 2999);
    QVERIFY(summary->warnings.contains(
        QStringLiteral("large.csv, line 2503 is the same recommendation as large.csv, line 12; the first is kept.")));
    QCOMPARE(m_edits->undoStack()->count(), 1);
    const QList<qint64> ids = summary->addedIds;
    QCOMPARE(ids.first(), 1);
    QCOMPARE(ids.last(), 2999);
    const Recommendation third = *m_repository->find(ids.at(2));
    QCOMPARE(third.text, QStringLiteral("Recommendation 3, on torture & detention"));
    QCOMPARE(third.recommendedBy, QStringList{QStringLiteral("Norway")});
    QCOMPARE(third.themes, (QStringList{QStringLiteral("Torture"), QStringLiteral("Detention conditions")}));
    QCOMPARE(third.uprSession, 4);
    QCOMPARE(m_repository->currentStatus(ids.at(2)), std::optional<Status>(Status::Accepted)); // in part
    QCOMPARE(m_repository->currentStatus(ids.at(1)), std::optional<Status>(Status::Pending));
    QCOMPARE(m_repository->history(ids.at(1)).size(), 0);
    QCOMPARE(m_repository->currentStatus(ids.at(0)), std::optional<Status>(Status::Rejected));
    QCOMPARE(m_repository->history(ids.at(0)).first().effectiveDate, UprCalendar::session(2)->end);

    m_edits->undoStack()->undo();
    QCOMPARE(m_repository->totalCount(), std::optional<int>(0));
    m_edits->undoStack()->redo();
    QCOMPARE(m_repository->totalCount(), std::optional<int>(2999));
    QCOMPARE(m_repository->find(ids.at(2))->text, third.text);
    const std::optional<ImportSummary> again = ImportJob::run(*m_edits, {path}, {}, &m_error);
    QVERIFY2(again, qPrintable(m_error));
    QCOMPARE(again->added, 0);
    QCOMPARE(again->duplicatesStored, 3000); // row 11 answered differently is stored too
    QCOMPARE(again->duplicatesInFile, 1);
}

void ImportTest::statusWordsTheUserMapped()
{
    ImportOptions options;
    options.mapping = QStringLiteral("mechanism=Body,state=Country,text=Recommendation,status=Progress,status_date=As of");
    // Unknown words are refused, naming where, until the user says what they mean.
    QVERIFY(!import({QStringLiteral("ministry-ongoing.csv")}, options));
    QVERIFY2(m_error.contains(QStringLiteral("ministry-ongoing.csv, line 3, column 4 (Progress): unknown status \"ongoing\"")),
             qPrintable(m_error));
    QCOMPARE(m_repository->totalCount(), std::optional<int>(0));
    // Keys are StatusWords::userKey: case and spacing do not matter ("Ongoing ").
    options.statusWords.insert(StatusWords::userKey(QStringLiteral("ongoing")), Status::PartiallyImplemented);
    QVERIFY(!import({QStringLiteral("ministry-ongoing.csv")}, options));
    QVERIFY2(m_error.contains(QString::fromUtf8("line 4, column 4 (Progress): unknown status \"В процессе\"")),
             qPrintable(m_error));
    options.statusWords.insert(QString::fromUtf8("в процессе"), Status::Accepted);
    // A user's word never changes a word the program knows.
    options.statusWords.insert(QStringLiteral("implemented"), Status::Rejected);
    const std::optional<ImportSummary> summary = import({QStringLiteral("ministry-ongoing.csv")}, options);
    QVERIFY2(summary, qPrintable(m_error));
    QCOMPARE(summary->added, 4);
    RecommendationFilter filter;
    filter.statuses = {Status::PartiallyImplemented};
    QCOMPARE(m_repository->count(filter), std::optional<int>(2));
    const Recommendation torture = findByText(QStringLiteral("allegations of torture"));
    QCOMPARE(torture.mechanism, QStringLiteral("cat"));
    const QList<StatusChange> history = m_repository->history(torture.id);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().status, Status::Accepted);
    QCOMPARE(history.first().effectiveDate, QDate(2016, 3, 10));
    QCOMPARE(m_repository->currentStatus(findByText(QStringLiteral("independence of judges")).id),
             std::optional<Status>(Status::Implemented));
}

void ImportTest::mappingRememberedOnlyAfterAnImport()
{
    QSettings().remove(QStringLiteral("importMappings"));
    ImportOptions options;
    options.mapping = QStringLiteral("state=Country,text=Recommendation");
    options.defaultMechanism = QStringLiteral("upr");
    options.dryRun = true;
    QVERIFY2(import({QStringLiteral("generic.csv")}, options), qPrintable(m_error));
    // The dry run wrote nothing, not even the mapping.
    QVERIFY(!import({QStringLiteral("generic.csv")}, {}));
    QVERIFY2(m_error.contains(QStringLiteral("--map")), qPrintable(m_error));
    options.dryRun = false;
    QVERIFY2(import({QStringLiteral("generic.csv")}, options), qPrintable(m_error));
    ImportOptions remembered;
    remembered.defaultMechanism = QStringLiteral("upr");
    const std::optional<ImportSummary> again = import({QStringLiteral("generic.csv")}, remembered);
    QVERIFY2(again, qPrintable(m_error));
    QCOMPARE(again->duplicatesStored, 1);
}

void ImportTest::defaultMechanismForMappedFiles()
{
    ImportOptions options;
    options.mapping = QStringLiteral("state=Country,text=Recommendation");
    // Without a mechanism column or a default, every row is refused.
    QVERIFY(!import({QStringLiteral("generic.csv")}, options));
    QVERIFY2(m_error.contains(QStringLiteral("generic.csv, line 2")), qPrintable(m_error));
    options.defaultMechanism = QStringLiteral("cat");
    QVERIFY2(import({QStringLiteral("generic.csv")}, options), qPrintable(m_error));
    QCOMPARE(findByText(QStringLiteral("detainees")).mechanism, QStringLiteral("cat"));
}

void ImportTest::ownExportWithFewerColumns()
{
    const std::optional<ImportSummary> summary = import({QStringLiteral("own-minimal.csv")});
    QVERIFY2(summary, qPrintable(m_error));
    QCOMPARE(summary->added, 1);
    const Recommendation lawyer = findByText(QStringLiteral("lawyer"));
    QCOMPARE(lawyer.symbol, QStringLiteral("CAT/C/KAZ/CO/3"));
    QCOMPARE(lawyer.paragraph, QStringLiteral("8"));
}

QTEST_GUILESS_MAIN(ImportTest)
#include "tst_import.moc"
