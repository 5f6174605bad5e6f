// Chart exports read back: the PNG decodes at the asked size and DPI, the SVG
// is XML whose text holds the title and the year labels, the PDF has one page
// of the asked size whose text holds them too; failures leave no file behind
// and an existing file untouched.
#include "chartdata.h"
#include "chartexporter.h"
#include "filehash.h"
#include "sampledatabase.h"
#include "statuspresentation.h"
#include "temporarydatabase.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <sys/stat.h>

namespace {

// The PDF's text as poppler's pdftotext reads it: what a reader can search
// and copy, so it proves the labels are text and not pixels.
QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfInfo(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {path});
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The text of every <text> element, joined, and whether the file parsed.
struct SvgContent {
    bool wellFormed = false;
    QString text;
    QString rootName;
    QString width;
};

SvgContent readSvg(const QString &path)
{
    SvgContent content;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return content;
    QXmlStreamReader xml(&file);
    bool inText = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (content.rootName.isEmpty()) {
                content.rootName = xml.name().toString();
                content.width = xml.attributes().value(QStringLiteral("width")).toString();
            }
            inText = xml.name() == QLatin1String("text") || xml.name() == QLatin1String("tspan");
        } else if (xml.isCharacters() && inText) {
            content.text += xml.text().toString() + QLatin1Char(' ');
        } else if (xml.isEndElement()) {
            inText = false;
        }
    }
    content.wellFormed = !xml.hasError();
    return content;
}

} // namespace

class ChartExportTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pngHasTheAskedSizeAndResolution();
    void svgIsVectorWithTextLabels();
    void pdfIsOnePageWithTextLabels_data();
    void pdfIsOnePageWithTextLabels();
    void everyChartExportsInEveryFormat();
    void exportAllWritesEveryChartUnderItsName();
    void printingPutsTheChartOnOnePage();
    void failuresLeaveNoFileAndKeepTheOldOne();
    void neverWritesOverTheDatabase();
    void anExistingFileIsReplacedByRenaming();
    void vectorFormatsIgnoreTheResolution();
    void optionsOutOfRangeAreRefused_data();
    void optionsOutOfRangeAreRefused();

private:
    ChartData iccprData() const;

    TemporaryDatabase m_file;
    QTemporaryDir m_out;
};

void ChartExportTest::initTestCase()
{
    QVERIFY2(m_file.isValid(), qPrintable(m_file.error()));
    QString error;
    QVERIFY2(SampleDatabase::fill(m_file.database(), &error), qPrintable(error));
    QVERIFY(m_out.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext (poppler-utils) is needed to read the PDFs back");
}

// The analyst's case from the issue: ICCPR recommendations for Kazakhstan.
ChartData ChartExportTest::iccprData() const
{
    RecommendationFilter filter;
    filter.mechanisms = {QStringLiteral("iccpr")};
    filter.stateUnderReview = QStringLiteral("Kazakhstan");
    filter.yearTo = 2020;
    QString error;
    std::optional<ChartData> data = ChartData::load(const_cast<TemporaryDatabase &>(m_file).database(), filter, &error);
    if (!data)
        qFatal("chart data: %s", qPrintable(error));
    return *data;
}

void ChartExportTest::pngHasTheAskedSizeAndResolution()
{
    const ChartData data = iccprData();
    ChartExportOptions options;
    options.format = ChartFormat::Png;
    options.pixelSize = QSize(2400, 1500);
    options.dpi = 300;
    const QString path = m_out.filePath(QStringLiteral("progress.png"));
    QString error;
    QVERIFY2(ChartExporter::write(ChartKind::Progress, data, options, path, &error), qPrintable(error));
    QImage image;
    QVERIFY(image.load(path, "PNG"));
    QCOMPARE(image.size(), QSize(2400, 1500));
    QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 300);
    // The chart was drawn: the bars of accepted recommendations fill a good
    // part of it in their colour (more than a legend swatch would).
    const QRgb accepted = StatusPresentation::colour(Status::Accepted).rgb();
    int acceptedPixels = 0;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            acceptedPixels += (image.pixel(x, y) & 0xFFFFFF) == (accepted & 0xFFFFFF);
    }
    QVERIFY2(acceptedPixels > 2000, qPrintable(QString::number(acceptedPixels)));
}

void ChartExportTest::svgIsVectorWithTextLabels()
{
    const ChartData data = iccprData();
    ChartExportOptions options;
    options.format = ChartFormat::Svg;
    options.title = QStringLiteral("ICCPR follow-up, Kazakhstan");
    const QString path = m_out.filePath(QStringLiteral("progress.svg"));
    QString error;
    QVERIFY2(ChartExporter::write(ChartKind::Progress, data, options, path, &error), qPrintable(error));
    const SvgContent svg = readSvg(path);
    QVERIFY(svg.wellFormed);
    QCOMPARE(svg.rootName, QStringLiteral("svg"));
    for (const YearStatusCounts &year : data.progress)
        QVERIFY2(svg.text.contains(QString::number(year.year)), qPrintable(QString::number(year.year)));
    QVERIFY2(svg.text.contains(QStringLiteral("Kazakhstan")), qPrintable(svg.text.left(400)));
    QVERIFY(svg.text.contains(QStringLiteral("Implemented")));
}

void ChartExportTest::pdfIsOnePageWithTextLabels_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("orientation");
    QTest::addColumn<QString>("pageSizeText");
    QTest::newRow("A4 landscape") << int(QPageSize::A4) << int(QPageLayout::Landscape) << QStringLiteral("842 x 595");
    QTest::newRow("A4 portrait") << int(QPageSize::A4) << int(QPageLayout::Portrait) << QStringLiteral("595 x 842");
    QTest::newRow("Letter landscape") << int(QPageSize::Letter) << int(QPageLayout::Landscape) << QStringLiteral("792 x 612");
}

void ChartExportTest::pdfIsOnePageWithTextLabels()
{
    QFETCH(int, page);
    QFETCH(int, orientation);
    QFETCH(QString, pageSizeText);
    const ChartData data = iccprData();
    ChartExportOptions options;
    options.format = ChartFormat::Pdf;
    options.pageSize = QPageSize::PageSizeId(page);
    options.orientation = QPageLayout::Orientation(orientation);
    const QString path = m_out.filePath(QStringLiteral("progress-%1.pdf").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
    QString error;
    QVERIFY2(ChartExporter::write(ChartKind::Progress, data, options, path, &error), qPrintable(error));
    const QString info = pdfInfo(path);
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))), qPrintable(info));
    // pdfinfo prints sizes in points with decimals; compare them rounded.
    const QRegularExpressionMatch size = QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts")).match(info);
    QVERIFY2(size.hasMatch(), qPrintable(info));
    QCOMPARE(QStringLiteral("%1 x %2").arg(qRound(size.captured(1).toDouble())).arg(qRound(size.captured(2).toDouble())), pageSizeText);
    const QString text = pdfText(path);
    QVERIFY2(text.contains(QStringLiteral("Progress by year")), qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("Kazakhstan")));
    for (const YearStatusCounts &year : data.progress)
        QVERIFY2(text.contains(QString::number(year.year)), qPrintable(QString::number(year.year)));
}

void ChartExportTest::everyChartExportsInEveryFormat()
{
    const ChartData data = iccprData();
    for (ChartKind kind : ChartKinds::all()) {
        for (ChartFormat format : {ChartFormat::Png, ChartFormat::Svg, ChartFormat::Pdf}) {
            ChartExportOptions options;
            options.format = format;
            const QString path = m_out.filePath(ChartKinds::fileBaseName(kind) + QLatin1Char('.') + ChartExporter::formatKey(format));
            QString error;
            QVERIFY2(ChartExporter::write(kind, data, options, path, &error), qPrintable(error));
            QVERIFY(QFileInfo(path).size() > 1000);
        }
        // Each chart's own title is in its vector output.
        const SvgContent svg = readSvg(m_out.filePath(ChartKinds::fileBaseName(kind) + QStringLiteral(".svg")));
        QVERIFY(svg.wellFormed);
        QVERIFY2(svg.text.contains(ChartKinds::title(kind)), qPrintable(ChartKinds::title(kind)));
    }
}

void ChartExportTest::exportAllWritesEveryChartUnderItsName()
{
    const ChartData data = iccprData();
    QTemporaryDir folder;
    ChartExportOptions options;
    options.format = ChartFormat::Svg;
    QString error;
    const std::optional<QStringList> paths = ChartExporter::writeAll(data, options, folder.path(), &error);
    QVERIFY2(paths, qPrintable(error));
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files, QDir::Name),
             (QStringList{QStringLiteral("implementation-rate.svg"), QStringLiteral("progress-by-year.svg"),
                          QStringLiteral("received-by-mechanism.svg"), QStringLiteral("status-by-theme.svg")}));
    for (ChartKind kind : ChartKinds::all()) {
        const SvgContent svg = readSvg(folder.filePath(ChartKinds::fileBaseName(kind) + QStringLiteral(".svg")));
        QVERIFY(svg.wellFormed);
        QVERIFY2(svg.text.contains(ChartKinds::title(kind)), qPrintable(ChartKinds::title(kind)));
    }
    // One name taken by a folder: nothing is replaced, not even the charts
    // that could have been written, and no scratch files stay behind.
    QTemporaryDir second;
    const QString previous = second.filePath(QStringLiteral("progress-by-year.svg"));
    {
        QFile file(previous);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("last year's chart");
    }
    QVERIFY(QDir(second.path()).mkdir(QStringLiteral("status-by-theme.svg")));
    error.clear();
    QVERIFY(!ChartExporter::writeAll(data, options, second.path(), &error));
    QVERIFY2(error.contains(QStringLiteral("status-by-theme.svg")), qPrintable(error));
    QFile kept(previous);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("last year's chart"));
    QCOMPARE(QDir(second.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name),
             (QStringList{QStringLiteral("progress-by-year.svg"), QStringLiteral("status-by-theme.svg")}));
    // Into a folder that is not there: an error, and nothing written anywhere.
    error.clear();
    QVERIFY(!ChartExporter::writeAll(data, options, folder.filePath(QStringLiteral("missing")), &error));
    QVERIFY2(error.contains(QStringLiteral("missing")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(folder.filePath(QStringLiteral("missing"))));
}

void ChartExportTest::printingPutsTheChartOnOnePage()
{
    // The print path with a PDF printer: what a real printer receives, read back.
    const ChartData data = iccprData();
    const QString path = m_out.filePath(QStringLiteral("printed.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::Letter));
    printer.setPageOrientation(QPageLayout::Landscape);
    QString error;
    QVERIFY2(ChartExporter::print(ChartKind::Themes, data, &printer, QStringLiteral("Status by theme, ICCPR"), &error),
             qPrintable(error));
    const QString info = pdfInfo(path);
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))), qPrintable(info));
    QVERIFY2(info.contains(QStringLiteral("792 x 612")), qPrintable(info));
    const QString text = pdfText(path);
    QVERIFY2(text.contains(QStringLiteral("Status by theme, ICCPR")), qPrintable(text.left(300)));
    QVERIFY(text.contains(data.themes.first().group));
}

void ChartExportTest::failuresLeaveNoFileAndKeepTheOldOne()
{
    const ChartData data = iccprData();
    QTemporaryDir folder;
    ChartExportOptions options;
    options.format = ChartFormat::Svg;
    QString error;
    // A folder that does not exist.
    const QString missing = folder.filePath(QStringLiteral("no/such/folder/chart.svg"));
    QVERIFY(!ChartExporter::write(ChartKind::Progress, data, options, missing, &error));
    QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
    QVERIFY(!QFile::exists(missing));
    // A path that is a folder.
    QVERIFY(QDir(folder.path()).mkdir(QStringLiteral("taken.svg")));
    error.clear();
    QVERIFY(!ChartExporter::write(ChartKind::Progress, data, options, folder.filePath(QStringLiteral("taken.svg")), &error));
    QVERIFY2(error.contains(QStringLiteral("folder")), qPrintable(error));
    // An existing file is replaced only by a complete chart: refused options keep it byte for byte.
    const QString existing = folder.filePath(QStringLiteral("report.png"));
    {
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("the analyst's previous chart");
    }
    const QByteArray before = FileHash::of(existing);
    options.format = ChartFormat::Png;
    options.dpi = 5000;
    error.clear();
    QVERIFY(!ChartExporter::write(ChartKind::Progress, data, options, existing, &error));
    QVERIFY(error.contains(QStringLiteral("5000")));
    QCOMPARE(FileHash::of(existing), before);
    // Nothing else was left in the folder: no temporary file of QSaveFile.
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("report.png")});
}

void ChartExportTest::neverWritesOverTheDatabase()
{
    const ChartData data = iccprData();
    QCOMPARE(data.databasePath, m_file.path());
    const QByteArray before = FileHash::of(m_file.path());
    ChartExportOptions options;
    options.format = ChartFormat::Svg;
    for (const QString &path : {m_file.path(), m_file.path() + QStringLiteral("-wal"),
                                QDir(m_file.folder()).filePath(QStringLiteral("./")) + QFileInfo(m_file.path()).fileName()}) {
        QString error;
        QVERIFY2(!ChartExporter::write(ChartKind::Progress, data, options, path, &error), qPrintable(path));
        QVERIFY2(error.contains(QStringLiteral("database")), qPrintable(error));
    }
    QCOMPARE(FileHash::of(m_file.path()), before);
}

void ChartExportTest::anExistingFileIsReplacedByRenaming()
{
    // A complete new file takes the old one's name (a new inode), rather than
    // the old file being truncated and rewritten in place, which a crash or a
    // full disk would leave half written.
    const QString path = m_out.filePath(QStringLiteral("replaced.pdf"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("an older export");
    }
    struct stat before {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &before), 0);
    ChartExportOptions options;
    options.format = ChartFormat::Pdf;
    QString error;
    QVERIFY2(ChartExporter::write(ChartKind::Progress, iccprData(), options, path, &error), qPrintable(error));
    struct stat after {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &after), 0);
    QVERIFY(before.st_ino != after.st_ino);
    QVERIFY(pdfInfo(path).contains(QStringLiteral("Pages:")));
}

void ChartExportTest::vectorFormatsIgnoreTheResolution()
{
    // DPI means nothing to SVG and PDF: a small SVG canvas with any DPI is fine.
    ChartExportOptions options;
    options.format = ChartFormat::Svg;
    options.pixelSize = QSize(300, 200);
    options.dpi = 5000;
    QVERIFY2(ChartExporter::validate(options).isEmpty(), qPrintable(ChartExporter::validate(options)));
    options.format = ChartFormat::Pdf;
    QVERIFY(ChartExporter::validate(options).isEmpty());
    // The SVG canvas keeps its own bounds.
    options.format = ChartFormat::Svg;
    options.pixelSize = QSize(100, 100);
    QVERIFY(!ChartExporter::validate(options).isEmpty());
    // Without a size, an SVG gets its default canvas.
    const QString path = m_out.filePath(QStringLiteral("default-canvas.svg"));
    options.pixelSize = QSize();
    QString error;
    QVERIFY2(ChartExporter::write(ChartKind::Rate, iccprData(), options, path, &error), qPrintable(error));
    QCOMPARE(readSvg(path).width, QStringLiteral("264.583mm")); // 1000 px at 96 DPI
}

void ChartExportTest::optionsOutOfRangeAreRefused_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("dpi");
    QTest::addColumn<bool>("valid");
    QTest::newRow("defaults") << QSize() << 150 << true;
    QTest::newRow("300 dpi poster") << QSize(6000, 4000) << 600 << true;
    QTest::newRow("too small") << QSize(50, 50) << 96 << false;
    QTest::newRow("too large") << QSize(40000, 1000) << 96 << false;
    QTest::newRow("dpi too low") << QSize(1000, 800) << 10 << false;
    QTest::newRow("too many dpi for the pixels") << QSize(400, 300) << 1200 << false;
}

void ChartExportTest::optionsOutOfRangeAreRefused()
{
    QFETCH(QSize, size);
    QFETCH(int, dpi);
    QFETCH(bool, valid);
    ChartExportOptions options;
    options.pixelSize = size;
    options.dpi = dpi;
    QCOMPARE(ChartExporter::validate(options).isEmpty(), valid);
}

QTEST_MAIN(ChartExportTest)
#include "tst_chartexport.moc"
