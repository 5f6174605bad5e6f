// rectracker chart, run as the real binary over the bundled Kazakhstan
// sample: the issue's scenario (ICCPR recommendations to Kazakhstan, progress
// by year) as SVG and PDF read back, PNG at the asked size and resolution,
// every chart kind, the title, the format from the extension, no display
// needed whatever the environment says; and bad arguments refused with a
// message and no file left behind, an existing file kept byte for byte.
#include "clirunner.h"
#include "filehash.h"
#include "sampledatabase.h"
#include "temporarydatabase.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <utility>

class CliChartTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void issueScenarioAsSvg();
    void issueScenarioAsPdf_data();
    void issueScenarioAsPdf();
    void pngHasTheAskedSizeAndResolution();
    void pngDefaults();
    void everyChartKind_data();
    void everyChartKind();
    void formatFromTheExtension_data();
    void formatFromTheExtension();
    void existingFileIsReplacedByACompleteChart();
    void needsNoDisplay_data();
    void needsNoDisplay();
    void badArguments_data();
    void badArguments();
    void unwritableFolder();

private:
    CliResult chart(const QStringList &arguments) const;

    std::unique_ptr<TemporaryDatabase> m_file;
    QByteArray m_databaseHash;
};

namespace {

const QString issueTitle = QStringLiteral("ICCPR follow-up, Kazakhstan");

// The issue's filter: ICCPR recommendations to Kazakhstan up to 2020. The
// sample's 15 ICCPR records are from 2011 (CCPR/C/KAZ/CO/1), so the years
// shown are 2011 to 2020.
const QStringList issueFilter{QStringLiteral("--mechanism"), QStringLiteral("iccpr"), QStringLiteral("--state"),
                              QStringLiteral("Kazakhstan"), QStringLiteral("--year-to"), QStringLiteral("2020")};

QStringList yearLabels(int first, int last)
{
    QStringList years;
    for (int year = first; year <= last; ++year)
        years << QString::number(year);
    return years;
}

// Runs the binary with exactly this environment (CliRunner always strips
// the display variables; these tests choose them).
CliResult runWithEnvironment(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(RECTRACKER_BINARY), arguments);
    CliResult result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// Every file and folder under `folder`, hidden ones too, with the hash of its bytes.
QMap<QString, QByteArray> snapshot(const QString &folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Dirs | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(folder).relativeFilePath(path), FileHash::of(path));
    }
    return files;
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

struct SvgContent {
    bool wellFormed = false;
    QString errorText;
    QString rootName;
    QString title;          // <title>
    QStringList texts;      // each <text> element's text, in document order
};

SvgContent readSvg(const QString &path)
{
    SvgContent content;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        content.errorText = file.errorString();
        return content;
    }
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (content.rootName.isEmpty())
            content.rootName = xml.name().toString();
        if (xml.name() == QLatin1String("title") && content.title.isEmpty())
            content.title = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (xml.name() == QLatin1String("text"))
            content.texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
    }
    content.wellFormed = !xml.hasError();
    content.errorText = xml.errorString();
    return content;
}

// The texts that are a year and nothing else: the category axis labels.
QStringList yearsAmong(const QStringList &texts)
{
    static const QRegularExpression year(QStringLiteral("^(19|20)\\d\\d$"));
    QStringList years;
    for (const QString &text : texts) {
        if (year.match(text.trimmed()).hasMatch())
            years << text.trimmed();
    }
    return years;
}

QString runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000))
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfInfo(const QString &path)
{
    return runTool(QStringLiteral("pdfinfo"), {path});
}

// The PDF's text as poppler reads it: what a reader can search and copy.
QString pdfText(const QString &path)
{
    return runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
}

// "842 x 595", the page size in points, rounded.
QString pdfPageSize(const QString &info)
{
    const QRegularExpressionMatch size =
        QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts")).match(info);
    if (!size.hasMatch())
        return QString();
    return QStringLiteral("%1 x %2").arg(qRound(size.captured(1).toDouble())).arg(qRound(size.captured(2).toDouble()));
}

int pdfPages(const QString &info)
{
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)\\n")).match(info);
    return pages.hasMatch() ? pages.captured(1).toInt() : -1;
}

QByteArray startOf(const QString &path, int size)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(size) : QByteArray();
}

// The share of pixels that are not (nearly) white: a drawn chart has plenty.
double inkShare(const QImage &image)
{
    int ink = 0;
    int all = 0;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            const QRgb pixel = image.pixel(x, y);
            ink += qRed(pixel) < 235 || qGreen(pixel) < 235 || qBlue(pixel) < 235;
            ++all;
        }
    }
    return all ? double(ink) / all : 0;
}

} // namespace

void CliChartTest::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty()
                 && !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdfinfo and pdftotext (poppler-utils) are needed to read the PDFs back");
    m_file = std::make_unique<TemporaryDatabase>();
    QVERIFY2(m_file->isValid(), qPrintable(m_file->error()));
    QString error;
    QVERIFY2(SampleDatabase::fill(m_file->database(), &error), qPrintable(error));
    m_file->close();
    m_databaseHash = FileHash::of(m_file->path());
    QVERIFY(!m_databaseHash.isEmpty());

    // The sample is what the expectations below assume: 15 ICCPR records of 2011.
    const CliResult count = CliRunner::run({QStringLiteral("list"), QStringLiteral("--db"), m_file->path(),
                                            QStringLiteral("--mechanism"), QStringLiteral("iccpr"),
                                            QStringLiteral("--year-from"), QStringLiteral("2011"),
                                            QStringLiteral("--year-to"), QStringLiteral("2011"), QStringLiteral("--count")});
    QCOMPARE(count.lastLine(), QStringLiteral("15"));
    const CliResult earlier = CliRunner::run({QStringLiteral("list"), QStringLiteral("--db"), m_file->path(),
                                              QStringLiteral("--mechanism"), QStringLiteral("iccpr"),
                                              QStringLiteral("--year-to"), QStringLiteral("2010"), QStringLiteral("--count")});
    QCOMPARE(earlier.lastLine(), QStringLiteral("0"));
}

void CliChartTest::cleanup()
{
    // A chart only reads the database.
    if (m_file)
        QCOMPARE(FileHash::of(m_file->path()), m_databaseHash);
}

CliResult CliChartTest::chart(const QStringList &arguments) const
{
    return CliRunner::run(QStringList{QStringLiteral("chart"), QStringLiteral("--db"), m_file->path()} + arguments);
}

void CliChartTest::issueScenarioAsSvg()
{
    QTemporaryDir folder;
    const QString out = folder.filePath(QStringLiteral("iccpr-progress.svg"));
    const CliResult result = chart(QStringList{QStringLiteral("--chart"), QStringLiteral("progress"),
                                               QStringLiteral("--format"), QStringLiteral("svg"), QStringLiteral("--out"),
                                               out, QStringLiteral("--title"), issueTitle}
                                   + issueFilter);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(result.lastLine(), QDir::toNativeSeparators(out));
    QVERIFY2(!result.err.contains("rectracker:"), result.err.constData());
    // The chart and nothing else: no temporary file beside it.
    QCOMPARE(entries(folder.path()), QStringList{QStringLiteral("iccpr-progress.svg")});

    const SvgContent svg = readSvg(out);
    QVERIFY2(svg.wellFormed, qPrintable(svg.errorText));
    QCOMPARE(svg.rootName, QStringLiteral("svg"));
    QCOMPARE(svg.title, issueTitle);
    // The labels are text, not paths: every year from the first ICCPR record
    // to --year-to, once each and in order, and no other year.
    QCOMPARE(yearsAmong(svg.texts), yearLabels(2011, 2020));
    QVERIFY2(svg.texts.contains(issueTitle), qPrintable(svg.texts.join(u'|')));
    // The subtitle says which records are counted.
    const QString all = svg.texts.join(u' ');
    QVERIFY2(all.contains(QStringLiteral("Kazakhstan")) && all.contains(QStringLiteral("ICCPR")), qPrintable(all));
    QVERIFY(!all.contains(QStringLiteral("Progress by year"))); // the chart's own title gave way to --title
    for (const QString &status : {QStringLiteral("Implemented"), QStringLiteral("Partially implemented"),
                                  QStringLiteral("Pending")})
        QVERIFY2(svg.texts.contains(status) || all.contains(status), qPrintable(status));

    // Without --title the chart's own title is there.
    const QString plain = folder.filePath(QStringLiteral("plain.svg"));
    QCOMPARE(chart(QStringList{QStringLiteral("--chart"), QStringLiteral("progress"), QStringLiteral("--out"), plain}
                   + issueFilter)
                 .exitCode,
             0);
    const SvgContent plainSvg = readSvg(plain);
    QVERIFY(plainSvg.wellFormed);
    QVERIFY2(plainSvg.texts.contains(QStringLiteral("Progress by year")), qPrintable(plainSvg.texts.join(u'|')));
    QCOMPARE(yearsAmong(plainSvg.texts), yearLabels(2011, 2020));
}

void CliChartTest::issueScenarioAsPdf_data()
{
    QTest::addColumn<QStringList>("pageOptions");
    QTest::addColumn<QString>("pageSize");
    QTest::newRow("default: A4 landscape") << QStringList() << QStringLiteral("842 x 595");
    QTest::newRow("letter portrait") << QStringList{QStringLiteral("--page"), QStringLiteral("letter"),
                                                    QStringLiteral("--orientation"), QStringLiteral("portrait")}
                                     << QStringLiteral("612 x 792");
    QTest::newRow("A4 portrait") << QStringList{QStringLiteral("--orientation"), QStringLiteral("portrait")}
                                 << QStringLiteral("595 x 842");
    QTest::newRow("letter landscape, in capitals")
        << QStringList{QStringLiteral("--page"), QStringLiteral("LETTER"), QStringLiteral("--orientation"),
                       QStringLiteral("Landscape")}
        << QStringLiteral("792 x 612");
}

void CliChartTest::issueScenarioAsPdf()
{
    QFETCH(QStringList, pageOptions);
    QFETCH(QString, pageSize);
    QTemporaryDir folder;
    const QString out = folder.filePath(QStringLiteral("iccpr-progress.pdf"));
    const CliResult result = chart(QStringList{QStringLiteral("--chart"), QStringLiteral("progress"),
                                               QStringLiteral("--out"), out, QStringLiteral("--title"), issueTitle}
                                   + pageOptions + issueFilter);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(result.lastLine(), QDir::toNativeSeparators(out));
    QCOMPARE(entries(folder.path()), QStringList{QStringLiteral("iccpr-progress.pdf")});
    QVERIFY(startOf(out, 5) == "%PDF-");

    const QString info = pdfInfo(out);
    QCOMPARE(pdfPages(info), 1);
    QCOMPARE(pdfPageSize(info), pageSize);
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Title:\\s+%1\\n").arg(QRegularExpression::escape(issueTitle)))),
             qPrintable(info));

    const QString text = pdfText(out);
    QVERIFY2(text.contains(issueTitle), qPrintable(text.left(600)));
    QVERIFY2(text.contains(QStringLiteral("Kazakhstan")), qPrintable(text.left(600)));
    QStringList lines;
    for (const QString &line : text.split(u'\n'))
        lines << line.trimmed();
    QCOMPARE(yearsAmong(lines), yearLabels(2011, 2020));
}

void CliChartTest::pngHasTheAskedSizeAndResolution()
{
    QTemporaryDir folder;
    const QString out = folder.filePath(QStringLiteral("progress.png"));
    const CliResult result = chart(QStringList{QStringLiteral("--chart"), QStringLiteral("progress"),
                                               QStringLiteral("--out"), out, QStringLiteral("--width"),
                                               QStringLiteral("1200"), QStringLiteral("--height"), QStringLiteral("800"),
                                               QStringLiteral("--dpi"), QStringLiteral("300")}
                                   + issueFilter);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(result.lastLine(), QDir::toNativeSeparators(out));
    QCOMPARE(entries(folder.path()), QStringList{QStringLiteral("progress.png")});
    QVERIFY(startOf(out, 8) == QByteArray("\x89PNG\r\n\x1a\n", 8));
    QImage image;
    QVERIFY(image.load(out, "PNG"));
    QCOMPARE(image.size(), QSize(1200, 800));
    QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 300);
    QCOMPARE(qRound(image.dotsPerMeterY() * 0.0254), 300);
    const double ink = inkShare(image);
    QVERIFY2(ink > 0.05, qPrintable(QString::number(ink))); // a chart, not a blank page
}

void CliChartTest::pngDefaults()
{
    // The documented defaults: 1600 × 1000 pixels at 150 DPI.
    QTemporaryDir folder;
    const QString out = folder.filePath(QStringLiteral("themes.png"));
    const CliResult result = chart({QStringLiteral("--chart"), QStringLiteral("themes"), QStringLiteral("--out"), out});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QImage image;
    QVERIFY(image.load(out, "PNG"));
    QCOMPARE(image.size(), QSize(1600, 1000));
    QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 150);
    QVERIFY(inkShare(image) > 0.05);
}

void CliChartTest::everyChartKind_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("title");          // the chart's own title
    QTest::addColumn<QStringList>("labels");     // category labels its SVG text must hold
    // The whole sample to 2020: UPR from 2010, ICCPR from 2011.
    QTest::newRow("progress") << QStringLiteral("progress") << QStringLiteral("Progress by year") << yearLabels(2010, 2020);
    QTest::newRow("received") << QStringLiteral("received")
                              << QStringLiteral("Recommendations received per year by mechanism") << yearLabels(2010, 2020);
    QTest::newRow("rate") << QStringLiteral("rate") << QStringLiteral("Implementation rate of accepted recommendations")
                          << yearLabels(2010, 2020);
    // The sample's largest themes (see stats --by theme).
    QTest::newRow("themes") << QStringLiteral("themes") << QStringLiteral("Current status by theme")
                            << QStringList{QStringLiteral("Administration of justice"),
                                           QStringLiteral("Torture and other CID treatment"),
                                           QStringLiteral("Freedom of expression")};
}

void CliChartTest::everyChartKind()
{
    QFETCH(QString, kind);
    QFETCH(QString, title);
    QFETCH(QStringList, labels);
    QTemporaryDir folder;
    const QStringList common{QStringLiteral("--chart"), kind, QStringLiteral("--year-to"), QStringLiteral("2020")};

    const QString svgPath = folder.filePath(kind + QStringLiteral(".svg"));
    CliResult result = chart(common + QStringList{QStringLiteral("--out"), svgPath});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(result.lastLine(), QDir::toNativeSeparators(svgPath));
    const SvgContent svg = readSvg(svgPath);
    QVERIFY2(svg.wellFormed, qPrintable(svg.errorText));
    QVERIFY2(svg.texts.contains(title), qPrintable(svg.texts.join(u'|')));
    for (const QString &label : labels)
        QVERIFY2(svg.texts.contains(label), qPrintable(label + QStringLiteral(" in ") + svg.texts.join(u'|')));
    if (kind != QLatin1String("themes"))
        QCOMPARE(yearsAmong(svg.texts), labels);

    const QString pngPath = folder.filePath(kind + QStringLiteral(".png"));
    result = chart(common + QStringList{QStringLiteral("--out"), pngPath, QStringLiteral("--width"),
                                        QStringLiteral("800"), QStringLiteral("--height"), QStringLiteral("500"),
                                        QStringLiteral("--dpi"), QStringLiteral("96")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QImage image;
    QVERIFY(image.load(pngPath, "PNG"));
    QCOMPARE(image.size(), QSize(800, 500));
    QVERIFY(inkShare(image) > 0.02);

    const QString pdfPath = folder.filePath(kind + QStringLiteral(".pdf"));
    result = chart(common + QStringList{QStringLiteral("--out"), pdfPath});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QString info = pdfInfo(pdfPath);
    QCOMPARE(pdfPages(info), 1);
    QCOMPARE(pdfPageSize(info), QStringLiteral("842 x 595"));
    QVERIFY2(pdfText(pdfPath).contains(title), qPrintable(title));

    QCOMPARE(entries(folder.path()), (QStringList{kind + QStringLiteral(".pdf"), kind + QStringLiteral(".png"),
                                                  kind + QStringLiteral(".svg")}));
}

void CliChartTest::formatFromTheExtension_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QStringList>("formatOption");
    QTest::addColumn<QString>("expected"); // png, svg or pdf
    QTest::newRow("png") << QStringLiteral("chart.png") << QStringList() << QStringLiteral("png");
    QTest::newRow("svg") << QStringLiteral("chart.svg") << QStringList() << QStringLiteral("svg");
    QTest::newRow("pdf") << QStringLiteral("chart.pdf") << QStringList() << QStringLiteral("pdf");
    QTest::newRow("extension in capitals") << QStringLiteral("REPORT.PDF") << QStringList() << QStringLiteral("pdf");
    QTest::newRow("two dots") << QStringLiteral("report.2020.svg") << QStringList() << QStringLiteral("svg");
    // --format names a format for a file without one (or with another extension);
    // it may repeat what the extension says.
    QTest::newRow("--format as the extension") << QStringLiteral("chart.svg")
                                               << QStringList{QStringLiteral("--format"), QStringLiteral("svg")}
                                               << QStringLiteral("svg");
    QTest::newRow("--format, no extension") << QStringLiteral("chart")
                                            << QStringList{QStringLiteral("--format"), QStringLiteral("PDF")}
                                            << QStringLiteral("pdf");
    QTest::newRow("--format, other extension") << QStringLiteral("chart.data")
                                               << QStringList{QStringLiteral("--format"), QStringLiteral("png")}
                                               << QStringLiteral("png");
}

void CliChartTest::formatFromTheExtension()
{
    QFETCH(QString, fileName);
    QFETCH(QStringList, formatOption);
    QFETCH(QString, expected);
    QTemporaryDir folder;
    const QString out = folder.filePath(fileName);
    const CliResult result = chart(QStringList{QStringLiteral("--chart"), QStringLiteral("rate"), QStringLiteral("--out"), out}
                                   + formatOption);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(result.lastLine(), QDir::toNativeSeparators(out));
    QCOMPARE(entries(folder.path()), QStringList{fileName});
    if (expected == QLatin1String("png")) {
        QImage image;
        QVERIFY(image.load(out, "PNG"));
        QCOMPARE(image.size(), QSize(1600, 1000));
    } else if (expected == QLatin1String("svg")) {
        const SvgContent svg = readSvg(out);
        QVERIFY2(svg.wellFormed, qPrintable(svg.errorText));
        QCOMPARE(svg.rootName, QStringLiteral("svg"));
    } else {
        QVERIFY(startOf(out, 5) == "%PDF-");
        QCOMPARE(pdfPages(pdfInfo(out)), 1);
    }
}

void CliChartTest::existingFileIsReplacedByACompleteChart()
{
    QTemporaryDir folder;
    const QString out = folder.filePath(QStringLiteral("report.svg"));
    {
        QFile file(out);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("the analyst's previous chart");
    }
    const CliResult result = chart(QStringList{QStringLiteral("--chart"), QStringLiteral("progress"), QStringLiteral("--out"),
                                               out, QStringLiteral("--title"), issueTitle}
                                   + issueFilter);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const SvgContent svg = readSvg(out);
    QVERIFY2(svg.wellFormed, qPrintable(svg.errorText));
    QCOMPARE(svg.title, issueTitle);
    QCOMPARE(entries(folder.path()), QStringList{QStringLiteral("report.svg")});
}

void CliChartTest::needsNoDisplay_data()
{
    // The binary sets the offscreen platform itself when QT_QPA_PLATFORM is
    // unset or empty, so a script or cron job needs no display, even when
    // DISPLAY names one that does not exist (xcb would abort there).
    QTest::addColumn<QStringList>("remove");
    QTest::addColumn<QStringList>("set"); // NAME=VALUE
    QTest::newRow("QT_QPA_PLATFORM unset") << QStringList{QStringLiteral("QT_QPA_PLATFORM")} << QStringList();
    QTest::newRow("QT_QPA_PLATFORM and DISPLAY unset")
        << QStringList{QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY")}
        << QStringList();
    QTest::newRow("QT_QPA_PLATFORM unset, DISPLAY unreachable")
        << QStringList{QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("WAYLAND_DISPLAY")}
        << QStringList{QStringLiteral("DISPLAY=:987")};
    QTest::newRow("QT_QPA_PLATFORM empty, DISPLAY unreachable")
        << QStringList{QStringLiteral("WAYLAND_DISPLAY")}
        << QStringList{QStringLiteral("QT_QPA_PLATFORM="), QStringLiteral("DISPLAY=:987")};
    QTest::newRow("QT_QPA_PLATFORM offscreen") << QStringList{QStringLiteral("DISPLAY")}
                                               << QStringList{QStringLiteral("QT_QPA_PLATFORM=offscreen")};
}

void CliChartTest::needsNoDisplay()
{
    QFETCH(QStringList, remove);
    QFETCH(QStringList, set);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : remove)
        environment.remove(name);
    for (const QString &assignment : set) {
        const qsizetype equals = assignment.indexOf(u'=');
        environment.insert(assignment.left(equals), assignment.mid(equals + 1));
    }
    for (const QString &name : remove)
        QVERIFY(!environment.contains(name));

    QTemporaryDir folder;
    const QString svgPath = folder.filePath(QStringLiteral("headless.svg"));
    const CliResult svgRun = runWithEnvironment(
        QStringList{QStringLiteral("chart"), QStringLiteral("--db"), m_file->path(), QStringLiteral("--chart"),
                    QStringLiteral("progress"), QStringLiteral("--out"), svgPath}
            + issueFilter,
        environment);
    QVERIFY2(svgRun.exitCode == 0, svgRun.err.constData());
    QCOMPARE(svgRun.lastLine(), QDir::toNativeSeparators(svgPath));
    QCOMPARE(yearsAmong(readSvg(svgPath).texts), yearLabels(2011, 2020));

    // A PNG goes through the raster engine and fonts: the same.
    const QString pngPath = folder.filePath(QStringLiteral("headless.png"));
    const CliResult pngRun = runWithEnvironment(
        QStringList{QStringLiteral("chart"), QStringLiteral("--db"), m_file->path(), QStringLiteral("--chart"),
                    QStringLiteral("themes"), QStringLiteral("--out"), pngPath},
        environment);
    QVERIFY2(pngRun.exitCode == 0, pngRun.err.constData());
    QImage image;
    QVERIFY(image.load(pngPath, "PNG"));
    QVERIFY(inkShare(image) > 0.05);
}

void CliChartTest::badArguments_data()
{
    // {db} is a copy of the sample database, {dir} its folder, which also
    // holds previous.png (an earlier chart), notes.txt (not a database) and
    // taken.svg (a folder).
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QStringList base{QStringLiteral("chart"), QStringLiteral("--db"), QStringLiteral("{db}")};
    const QString chartOption = QStringLiteral("--chart");
    const QString progress = QStringLiteral("progress");
    const QString out = QStringLiteral("--out");
    const QString svg = QStringLiteral("{dir}/new.svg");
    const QString png = QStringLiteral("{dir}/new.png");

    QTest::newRow("unknown chart") << (base + QStringList{chartOption, QStringLiteral("pie"), out, svg}) << 2
                                   << QStringLiteral("unknown chart \"pie\"");
    QTest::newRow("unknown format") << (base + QStringList{chartOption, progress, out, svg, QStringLiteral("--format"),
                                                           QStringLiteral("gif")})
                                    << 2 << QStringLiteral("unknown format \"gif\"");
    QTest::newRow("extension names no format")
        << (base + QStringList{chartOption, progress, out, QStringLiteral("{dir}/chart.txt")}) << 2
        << QStringLiteral("give --format png, svg or pdf");
    QTest::newRow("no extension, no format") << (base + QStringList{chartOption, progress, out, QStringLiteral("{dir}/chart")})
                                             << 2 << QStringLiteral("give --format");
    QTest::newRow("out in a missing folder")
        << (base + QStringList{chartOption, progress, out, QStringLiteral("{dir}/no/such/folder/chart.svg")}) << 1
        << QStringLiteral("does not exist");
    QTest::newRow("out is a folder") << (base + QStringList{chartOption, progress, out, QStringLiteral("{dir}/taken.svg")})
                                     << 1 << QStringLiteral("is a folder");
    QTest::newRow("width without height") << (base + QStringList{chartOption, progress, out, png, QStringLiteral("--width"),
                                                                 QStringLiteral("1200")})
                                          << 2 << QStringLiteral("give --width and --height together");
    QTest::newRow("height without width") << (base + QStringList{chartOption, progress, out, png, QStringLiteral("--height"),
                                                                 QStringLiteral("800")})
                                          << 2 << QStringLiteral("give --width and --height together");
    QTest::newRow("width not a number") << (base + QStringList{chartOption, progress, out, png, QStringLiteral("--width"),
                                                               QStringLiteral("wide"), QStringLiteral("--height"),
                                                               QStringLiteral("800")})
                                        << 2 << QStringLiteral("--width \"wide\" is not a positive whole number");
    QTest::newRow("size too small") << (base + QStringList{chartOption, progress, out, png, QStringLiteral("--width"),
                                                           QStringLiteral("50"), QStringLiteral("--height"),
                                                           QStringLiteral("50")})
                                    << 2 << QStringLiteral("out of range");
    QTest::newRow("dpi 5000") << (base + QStringList{chartOption, progress, out, png, QStringLiteral("--dpi"),
                                                     QStringLiteral("5000")})
                              << 2 << QStringLiteral("5000 DPI is out of range");
    QTest::newRow("dpi 0") << (base + QStringList{chartOption, progress, out, png, QStringLiteral("--dpi"), QStringLiteral("0")})
                           << 2 << QStringLiteral("--dpi \"0\" is not a positive whole number");
    QTest::newRow("unknown page") << (base + QStringList{chartOption, progress, out, QStringLiteral("{dir}/new.pdf"),
                                                         QStringLiteral("--page"), QStringLiteral("a3")})
                                  << 2 << QStringLiteral("unknown page size \"a3\"");
    QTest::newRow("unknown orientation") << (base + QStringList{chartOption, progress, out, QStringLiteral("{dir}/new.pdf"),
                                                                QStringLiteral("--orientation"), QStringLiteral("sideways")})
                                         << 2 << QStringLiteral("unknown orientation \"sideways\"");
    QTest::newRow("missing --chart") << (base + QStringList{out, svg}) << 2 << QStringLiteral("--chart is required");
    QTest::newRow("missing --out") << (base + QStringList{chartOption, progress}) << 2 << QStringLiteral("--out is required");
    QTest::newRow("missing --db") << QStringList{QStringLiteral("chart"), chartOption, progress, out, svg} << 2
                                  << QStringLiteral("--db is required");
    QTest::newRow("bad filter") << (base + QStringList{chartOption, progress, out, svg, QStringLiteral("--year-from"),
                                                       QStringLiteral("twenty")})
                                << 2 << QStringLiteral("--year-from \"twenty\" is not a year");
    QTest::newRow("database does not exist")
        << QStringList{QStringLiteral("chart"), QStringLiteral("--db"), QStringLiteral("{dir}/none.sqlite"), chartOption,
                       progress, out, svg}
        << 1 << QStringLiteral("There is no database at");
    QTest::newRow("not a database")
        << QStringList{QStringLiteral("chart"), QStringLiteral("--db"), QStringLiteral("{dir}/notes.txt"), chartOption,
                       progress, out, svg}
        << 1 << QStringLiteral("not a SQLite file");
    // An existing file is replaced only by a complete chart: every kind of
    // failure keeps it byte for byte.
    QTest::newRow("existing file, database does not exist")
        << QStringList{QStringLiteral("chart"), QStringLiteral("--db"), QStringLiteral("{dir}/none.sqlite"), chartOption,
                       progress, out, QStringLiteral("{dir}/previous.png")}
        << 1 << QStringLiteral("There is no database at");
    QTest::newRow("existing file, not a database")
        << QStringList{QStringLiteral("chart"), QStringLiteral("--db"), QStringLiteral("{dir}/notes.txt"), chartOption,
                       progress, out, QStringLiteral("{dir}/previous.png")}
        << 1 << QStringLiteral("not a SQLite file");
    QTest::newRow("existing file, dpi 5000")
        << (base + QStringList{chartOption, progress, out, QStringLiteral("{dir}/previous.png"), QStringLiteral("--dpi"),
                               QStringLiteral("5000")})
        << 2 << QStringLiteral("5000");
    // The chart must never take the place of the database it is drawn from.
    QTest::newRow("out is the database") << (base + QStringList{chartOption, progress, QStringLiteral("--format"),
                                                                QStringLiteral("svg"), out, QStringLiteral("{db}")})
                                         << 1 << QStringLiteral("the database the chart is drawn from");
    QTest::newRow("out is the database's WAL file")
        << (base + QStringList{chartOption, progress, QStringLiteral("--format"), QStringLiteral("svg"), out,
                               QStringLiteral("{db}-wal")})
        << 1 << QStringLiteral("the database the chart is drawn from");
    QTest::newRow("format and extension disagree")
        << (base + QStringList{chartOption, progress, out, QStringLiteral("{dir}/previous.png"), QStringLiteral("--format"),
                               QStringLiteral("svg")})
        << 2 << QStringLiteral("names a png file but --format is svg");
    QTest::newRow("dpi for an SVG") << (base + QStringList{chartOption, progress, out, svg, QStringLiteral("--dpi"),
                                                           QStringLiteral("300")})
                                    << 2 << QStringLiteral("--dpi does not apply to SVG");
    QTest::newRow("page for a PNG") << (base + QStringList{chartOption, progress, out, png, QStringLiteral("--page"),
                                                           QStringLiteral("a4")})
                                    << 2 << QStringLiteral("--page does not apply to PNG");
    QTest::newRow("width for a PDF") << (base + QStringList{chartOption, progress, out, QStringLiteral("{dir}/new.pdf"),
                                                            QStringLiteral("--width"), QStringLiteral("800"),
                                                            QStringLiteral("--height"), QStringLiteral("600")})
                                     << 2 << QStringLiteral("--width does not apply to PDF");
    QTest::newRow("chart given twice") << (base + QStringList{chartOption, progress, chartOption, QStringLiteral("rate"), out, svg})
                                       << 2 << QStringLiteral("--chart was given 2 times");
    QTest::newRow("existing file, unknown chart")
        << (base + QStringList{chartOption, QStringLiteral("pie"), out, QStringLiteral("{dir}/previous.png")}) << 2
        << QStringLiteral("unknown chart");
}

void CliChartTest::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString db = folder.filePath(QStringLiteral("data.rectracker"));
    QVERIFY(QFile::copy(m_file->path(), db));
    for (const auto &[name, content] : {std::pair{"previous.png", QByteArray("the analyst's previous chart")},
                                        std::pair{"notes.txt", QByteArray("Meeting notes, not a database.\n")}}) {
        QFile file(folder.filePath(QString::fromLatin1(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    QVERIFY(QDir(folder.path()).mkdir(QStringLiteral("taken.svg")));
    const QMap<QString, QByteArray> before = snapshot(folder.path());
    QCOMPARE(before.size(), 4);

    for (QString &argument : arguments) {
        argument.replace(QLatin1String("{db}"), db);
        argument.replace(QLatin1String("{dir}"), folder.path());
    }
    const CliResult result = CliRunner::run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    // The message is the one line on stderr (not even Qt's warning about an
    // unset XDG_RUNTIME_DIR, which the binary keeps out of scripts' way).
    const QStringList errLines = QString::fromUtf8(result.err).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(errLines.size(), 1);
    const QString err = errLines.last();
    QVERIFY2(err.startsWith(QLatin1String("rectracker: ")), qPrintable(err));
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY2(result.out.isEmpty(), result.out.constData());
    // No chart, no partial or temporary file, no folder made; previous.png as it was.
    QCOMPARE(snapshot(folder.path()), before);
}

void CliChartTest::unwritableFolder()
{
    // A folder that exists but cannot be written: a read-only folder, or for
    // root (who may write anywhere on a normal file system) sysfs.
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QVERIFY(QFile::setPermissions(folder.path(), QFile::ReadOwner | QFile::ExeOwner));
    QString target = folder.filePath(QStringLiteral("chart.svg"));
    QFile probe(folder.filePath(QStringLiteral("probe")));
    if (probe.open(QIODevice::WriteOnly)) {
        probe.close();
        probe.remove();
        target = QStringLiteral("/sys/rectracker-chart.svg");
        if (!QFileInfo(QStringLiteral("/sys")).isDir() || QFile(target).open(QIODevice::WriteOnly))
            QSKIP("no folder here refuses writing");
    }
    const CliResult result = chart({QStringLiteral("--chart"), QStringLiteral("progress"), QStringLiteral("--out"), target});
    QVERIFY(QFile::setPermissions(folder.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QCOMPARE(result.exitCode, 1);
    const QStringList errLines = QString::fromUtf8(result.err).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(!errLines.isEmpty());
    QVERIFY2(errLines.last().startsWith(QLatin1String("rectracker: Could not write ")), qPrintable(errLines.last()));
    QVERIFY2(errLines.last().contains(target), qPrintable(errLines.last()));
    QVERIFY(result.out.isEmpty());
    QVERIFY(!QFile::exists(target));
    QCOMPARE(entries(folder.path()), QStringList());
}

QTEST_GUILESS_MAIN(CliChartTest)
#include "tst_clichart.moc"
