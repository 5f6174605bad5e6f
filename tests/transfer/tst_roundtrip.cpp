// Exports read back: CSV to CSV and JSON to JSON with nothing lost (JSON
// with the whole history), XLSX written then imported again, and cells that
// a spreadsheet would run as formulas neutralised on the way out and
// restored on the way in.
#include "csvreader.h"
#include "exportjob.h"
#include "importjob.h"
#include "recommendationrepository.h"
#include "sampledatabase.h"
#include "temporarydatabase.h"
#include "xlsxwriter.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A database with its repository and edit facade.
struct Store {
    TemporaryDatabase file;
    RecommendationRepository repository{file.database()};
    RecommendationEdits edits{repository};
};

} // namespace

class RoundTripTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void csvToCsv();
    void jsonToJsonWithHistory();
    void xlsxWrittenThenImported();
    void uhriWorkbookReadsLikeItsJson();
    void uprInfoWorkbookReadsLikeItsCsv();
    void formulasAreNeutralised_data();
    void formulasAreNeutralised();
    void progressCountsTheRecordsAndCancelLeavesNoFile_data();
    void progressCountsTheRecordsAndCancelLeavesNoFile();

private:
    void fillVaried(Store &store);
    QTemporaryDir m_out;
};

void RoundTripTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_out.isValid());
}

// Imported public data plus records with every field, formula-like text,
// a line break, SDGs and institutions.
void RoundTripTest::fillVaried(Store &store)
{
    QString error;
    QVERIFY2(ImportJob::run(store.edits, {QStringLiteral(FIXTURES "/upr-info.csv"), QStringLiteral(FIXTURES "/uhri.json")},
                            {}, &error),
             qPrintable(error));
    Recommendation full;
    full.mechanism = QStringLiteral("cedaw");
    full.stateUnderReview = QString::fromUtf8("Қазақстан");
    full.symbol = QStringLiteral("CEDAW/C/KAZ/CO/5");
    full.paragraph = QStringLiteral("21 (b)");
    full.text = QStringLiteral("=HYPERLINK(\"http://example.org\") is not a formula here,\nand \"quotes\" stay");
    full.notes = QStringLiteral("-5 per cent; @mention; +1");
    full.themes = {QStringLiteral("Women's rights"), QStringLiteral("Violence, domestic")};
    full.affectedPersons = {QStringLiteral("Women and girls")};
    // One item with a comma, one with a semicolon: neither may split.
    full.institutions = {QStringLiteral("Ministry of Justice; Prisons department")};
    full.recommendedBy = {QStringLiteral("Korea, Republic of")};
    full.sdgs = {5, 16};
    full.documentDate = QDate(2019, 11, 12);
    full.dueDate = QDate(2021, 11, 30);
    RecommendationRecord record{full, {}};
    StatusChange accepted;
    accepted.status = Status::PartiallyImplemented;
    accepted.effectiveDate = QDate(2022, 3, 1);
    record.history << accepted;
    QVERIFY2(store.edits.addRecommendation(record), qPrintable(store.edits.lastError()));
    // A status that went back to pending: the CSV carries its date, so it
    // comes back as a dated entry, not as "no history".
    Recommendation reopened = full;
    reopened.symbol = QStringLiteral("CEDAW/C/KAZ/CO/5");
    reopened.paragraph = QStringLiteral("23");
    reopened.text = QStringLiteral("Review the list of professions closed to women");
    RecommendationRecord back{reopened, {}};
    StatusChange first;
    first.status = Status::Accepted;
    first.effectiveDate = QDate(2020, 2, 1);
    StatusChange again;
    again.status = Status::Pending;
    again.effectiveDate = QDate(2023, 5, 4);
    again.recordedAt = QDateTime::currentDateTimeUtc().addSecs(1);
    back.history << first << again;
    QVERIFY2(store.edits.addRecommendation(back), qPrintable(store.edits.lastError()));
}

void RoundTripTest::progressCountsTheRecordsAndCancelLeavesNoFile_data()
{
    QTest::addColumn<QString>("format");
    for (const char *format : {"csv", "xlsx", "json"})
        QTest::newRow(format) << QString::fromLatin1(format);
}

void RoundTripTest::progressCountsTheRecordsAndCancelLeavesNoFile()
{
    // The records are read and written a piece at a time, the progress
    // counting them; a cancel once they are all written still leaves no
    // file (and keeps the one there).
    QFETCH(QString, format);
    Store store;
    fillVaried(store);
    const QString path = m_out.filePath(QStringLiteral("progress.") + format);
    QString error;
    QList<QPair<int, int>> calls;
    const auto record = [&calls](int done, int total) {
        calls << qMakePair(done, total);
        return true;
    };
    QCOMPARE(ExportJob::run(store.repository, {}, {format, false}, path, &error, record), std::optional<int>(9));
    QCOMPARE(calls.first(), qMakePair(0, 9));
    QCOMPARE(calls.last(), qMakePair(9, 9));
    for (qsizetype i = 1; i < calls.size(); ++i)
        QVERIFY(calls.at(i).first >= calls.at(i - 1).first);

    const QByteArray before = bytesOf(path);
    QVERIFY(!before.isEmpty());
    if (format == QLatin1String("json")) {
        // Written a record at a time, yet the bytes QJsonDocument gives for
        // the whole, as before; with no record too.
        QCOMPARE(QJsonDocument::fromJson(before).toJson(QJsonDocument::Indented), before);
        RecommendationFilter none;
        none.yearFrom = 2999;
        const QString empty = m_out.filePath(QStringLiteral("empty.json"));
        QCOMPARE(ExportJob::run(store.repository, none, {format, false}, empty, &error), std::optional<int>(0));
        QCOMPARE(QJsonDocument::fromJson(bytesOf(empty)).toJson(QJsonDocument::Indented), bytesOf(empty));
        QCOMPARE(QJsonDocument::fromJson(bytesOf(empty)).object().value(QStringLiteral("recommendations")).toArray().size(), 0);
    }
    const auto cancelAtTheEnd = [](int done, int total) { return done < total; };
    QCOMPARE(ExportJob::run(store.repository, {}, {format, false}, path, &error, cancelAtTheEnd), std::nullopt);
    QCOMPARE(error, QStringLiteral("The export was cancelled; no file was written."));
    QCOMPARE(bytesOf(path), before);
    const QString fresh = m_out.filePath(QStringLiteral("cancelled.") + format);
    QCOMPARE(ExportJob::run(store.repository, {}, {format, false}, fresh, &error, cancelAtTheEnd), std::nullopt);
    QVERIFY(!QFile::exists(fresh));
    QCOMPARE(QDir(m_out.path()).entryList({QStringLiteral("cancelled*")}, QDir::Files | QDir::Hidden), QStringList());
}

void RoundTripTest::csvToCsv()
{
    Store first;
    fillVaried(first);
    ExportOptions csv{QStringLiteral("csv"), false};
    const QString a = m_out.filePath(QStringLiteral("a.csv"));
    QString error;
    QCOMPARE(ExportJob::run(first.repository, {}, csv, a, &error), std::optional<int>(9));

    Store second;
    const std::optional<ImportSummary> summary = ImportJob::run(second.edits, {a}, {}, &error);
    QVERIFY2(summary, qPrintable(error));
    QCOMPARE(summary->added, 9);
    QVERIFY2(summary->sources.first().contains(QStringLiteral("Recommendation Tracker")), qPrintable(summary->sources.first()));
    const QString b = m_out.filePath(QStringLiteral("b.csv"));
    QCOMPARE(ExportJob::run(second.repository, {}, csv, b, &error), std::optional<int>(9));
    QCOMPARE(bytesOf(b), bytesOf(a));
    // The formula-like text came back as it was typed.
    RecommendationFilter filter;
    filter.mechanisms = {QStringLiteral("cedaw")};
    const std::optional<Recommendation> back = second.repository.find(second.repository.matchingIds(filter).value(0));
    QVERIFY(back);
    QVERIFY(back->text.startsWith(QStringLiteral("=HYPERLINK")));
    QCOMPARE(back->notes, QStringLiteral("-5 per cent; @mention; +1"));
    QCOMPARE(back->themes, (QStringList{QStringLiteral("Women's rights"), QStringLiteral("Violence, domestic")}));
    QCOMPARE(back->institutions, QStringList{QStringLiteral("Ministry of Justice; Prisons department")});
    QCOMPARE(back->recommendedBy, QStringList{QStringLiteral("Korea, Republic of")});
    // Importing the export again adds nothing.
    const std::optional<ImportSummary> again = ImportJob::run(second.edits, {a}, {}, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->added, 0);
}

void RoundTripTest::jsonToJsonWithHistory()
{
    Store first;
    QString error;
    QVERIFY2(SampleDatabase::fill(first.file.database(), &error), qPrintable(error));
    fillVaried(first);
    ExportOptions json{QStringLiteral("json"), false};
    const QString a = m_out.filePath(QStringLiteral("a.json"));
    const std::optional<int> written = ExportJob::run(first.repository, {}, json, a, &error);
    QVERIFY2(written, qPrintable(error));
    Store second;
    const std::optional<ImportSummary> summary = ImportJob::run(second.edits, {a}, {}, &error);
    QVERIFY2(summary, qPrintable(error));
    QCOMPARE(summary->added, *written);
    const QString b = m_out.filePath(QStringLiteral("b.json"));
    QCOMPARE(ExportJob::run(second.repository, {}, json, b, &error), written);
    QCOMPARE(bytesOf(b), bytesOf(a));
    // The whole history came across, entry by entry.
    int entries = 0;
    for (qint64 id : second.repository.matchingIds({}))
        entries += int(second.repository.history(id).size());
    int original = 0;
    for (qint64 id : first.repository.matchingIds({}))
        original += int(first.repository.history(id).size());
    QCOMPARE(entries, original);
    QVERIFY(entries > *written);
}

void RoundTripTest::xlsxWrittenThenImported()
{
    Store first;
    fillVaried(first);
    QString error;
    const QString workbook = m_out.filePath(QStringLiteral("recommendations.xlsx"));
    QCOMPARE(ExportJob::run(first.repository, {}, {QStringLiteral("xlsx"), false}, workbook, &error), std::optional<int>(9));
    Store second;
    const std::optional<ImportSummary> summary = ImportJob::run(second.edits, {workbook}, {}, &error);
    QVERIFY2(summary, qPrintable(error));
    QCOMPARE(summary->added, 9);
    const QString a = m_out.filePath(QStringLiteral("from-first.csv"));
    const QString b = m_out.filePath(QStringLiteral("from-xlsx.csv"));
    QVERIFY(ExportJob::run(first.repository, {}, {QStringLiteral("csv"), false}, a, &error));
    QVERIFY(ExportJob::run(second.repository, {}, {QStringLiteral("csv"), false}, b, &error));
    QCOMPARE(bytesOf(b), bytesOf(a));
}

void RoundTripTest::uhriWorkbookReadsLikeItsJson()
{
    // The index's XLSX export has the JSON's fields as columns, lists joined:
    // made here from the JSON fixture, it must give the same records.
    QFile json(QStringLiteral(FIXTURES "/uhri.json"));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonArray records = QJsonDocument::fromJson(json.readAll()).array();
    QStringList header;
    for (const QJsonValue record : records) {
        for (const QString &key : record.toObject().keys()) {
            if (!header.contains(key))
                header << key;
        }
    }
    const QString workbook = m_out.filePath(QStringLiteral("uhri.xlsx"));
    XlsxSheetWriter writer;
    QList<XlsxSheetWriter::Column> columns;
    for (const QString &key : header)
        columns << XlsxSheetWriter::Column{key, XlsxSheetWriter::Column::Text, 20};
    QString error;
    QVERIFY2(writer.open(workbook, QStringLiteral("Export"), columns, &error), qPrintable(error));
    for (const QJsonValue record : records) {
        QVariantList cells;
        for (const QString &key : header) {
            const QJsonValue value = record.toObject().value(key);
            QStringList parts;
            for (const QJsonValue part : value.isArray() ? value.toArray() : QJsonArray{value})
                parts << (part.isDouble() ? QString::number(part.toInt()) : part.toString());
            cells << parts.join(QStringLiteral(", "));
        }
        QVERIFY2(writer.writeRow(cells, &error), qPrintable(error));
    }
    QVERIFY2(writer.close(&error), qPrintable(error));

    Store fromJson;
    Store fromWorkbook;
    QVERIFY2(ImportJob::run(fromJson.edits, {QStringLiteral(FIXTURES "/uhri.json")}, {}, &error), qPrintable(error));
    const std::optional<ImportSummary> summary = ImportJob::run(fromWorkbook.edits, {workbook}, {}, &error);
    QVERIFY2(summary, qPrintable(error));
    QCOMPARE(summary->added, 3);
    QVERIFY2(summary->sources.first().contains(QStringLiteral("Universal Human Rights Index")), qPrintable(summary->sources.first()));
    const QString a = m_out.filePath(QStringLiteral("uhri-json.csv"));
    const QString b = m_out.filePath(QStringLiteral("uhri-xlsx.csv"));
    QVERIFY(ExportJob::run(fromJson.repository, {}, {QStringLiteral("csv"), false}, a, &error));
    QVERIFY(ExportJob::run(fromWorkbook.repository, {}, {QStringLiteral("csv"), false}, b, &error));
    QCOMPARE(bytesOf(b), bytesOf(a));
}

void RoundTripTest::uprInfoWorkbookReadsLikeItsCsv()
{
    // UPR Info offers its database as XLSX too: the same rows as a workbook
    // (the session as a number cell) must give the same records as the CSV.
    QString error;
    QFile csv(QStringLiteral(FIXTURES "/upr-info.csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const std::optional<TextTable> table = CsvReader::read(QString::fromUtf8(csv.readAll()), QStringLiteral("upr-info.csv"), &error);
    QVERIFY2(table, qPrintable(error));
    const QString workbook = m_out.filePath(QStringLiteral("upr-info.xlsx"));
    XlsxSheetWriter writer;
    QList<XlsxSheetWriter::Column> columns;
    for (const QString &name : table->header)
        columns << XlsxSheetWriter::Column{name, name == QLatin1String("Session") ? XlsxSheetWriter::Column::Number
                                                                               : XlsxSheetWriter::Column::Text,
                                           20};
    QVERIFY2(writer.open(workbook, QStringLiteral("Recommendations"), columns, &error), qPrintable(error));
    for (const TextTableRow &row : table->rows) {
        QVariantList cells;
        for (int i = 0; i < table->header.size(); ++i) {
            const QString cell = row.cells.value(i);
            cells << (table->header.at(i) == QLatin1String("Session") ? QVariant(cell.toDouble()) : QVariant(cell));
        }
        QVERIFY2(writer.writeRow(cells, &error), qPrintable(error));
    }
    QVERIFY2(writer.close(&error), qPrintable(error));
    Store fromCsv;
    Store fromWorkbook;
    QVERIFY2(ImportJob::run(fromCsv.edits, {QStringLiteral(FIXTURES "/upr-info.csv")}, {}, &error), qPrintable(error));
    const std::optional<ImportSummary> summary = ImportJob::run(fromWorkbook.edits, {workbook}, {}, &error);
    QVERIFY2(summary, qPrintable(error));
    QCOMPARE(summary->added, 4);
    QCOMPARE(summary->pledges, 1);
    QVERIFY2(summary->sources.first().contains(QStringLiteral("UPR Info")), qPrintable(summary->sources.first()));
    const QString a = m_out.filePath(QStringLiteral("upr-csv.csv"));
    const QString b = m_out.filePath(QStringLiteral("upr-xlsx.csv"));
    QVERIFY(ExportJob::run(fromCsv.repository, {}, {QStringLiteral("csv"), false}, a, &error));
    QVERIFY(ExportJob::run(fromWorkbook.repository, {}, {QStringLiteral("csv"), false}, b, &error));
    QCOMPARE(bytesOf(b), bytesOf(a));
}

void RoundTripTest::formulasAreNeutralised_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("written");
    QTest::newRow("equals") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
    QTest::newRow("plus") << QStringLiteral("+7 777") << QStringLiteral("'+7 777");
    QTest::newRow("minus") << QStringLiteral("-5") << QStringLiteral("'-5");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("plain") << QStringLiteral("Ratify") << QStringLiteral("Ratify");
    QTest::newRow("inner equals") << QStringLiteral("a=b") << QStringLiteral("a=b");
}

void RoundTripTest::formulasAreNeutralised()
{
    QFETCH(QString, cell);
    QFETCH(QString, written);
    QCOMPARE(ExportJob::neutralised(cell), written);
}

QTEST_GUILESS_MAIN(RoundTripTest)
#include "tst_roundtrip.moc"
