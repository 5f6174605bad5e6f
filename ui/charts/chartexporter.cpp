#include "chartexporter.h"

#include "chartbuilder.h"

#include <QChart>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTemporaryDir>
#include <filesystem>
#include <system_error>

namespace {

class ExportText
{
    Q_DECLARE_TR_FUNCTIONS(ChartExporter)
};

// Charts are laid out in device-independent pixels at this resolution and
// scaled onto the output. Every paint device below is set to it too, so the
// fonts measured during layout are the fonts painted.
constexpr int layoutDpi = 96;
const QSize defaultVectorSize(1000, 625);

// Lays the chart out at `logical` size in a scene of its own and paints it
// into `target`: vector on a vector device, scaled pixels on an image.
void paintChart(QPainter &painter, ChartKind kind, const ChartData &data, const QString &title, const QSizeF &logical,
                const QRectF &target)
{
    QGraphicsScene scene;
    QChart *chart = ChartBuilder::build(kind, data, title);
    scene.addItem(chart); // the scene owns the chart
    const QRectF area(QPointF(0, 0), logical);
    scene.setSceneRect(area);
    chart->setGeometry(area);
    // The chart positions its axes and series in response to posted layout
    // requests; deliver them before painting.
    for (int pass = 0; pass < 3; ++pass)
        QCoreApplication::sendPostedEvents();
    scene.render(&painter, target, area, Qt::KeepAspectRatio);
}

bool commit(QSaveFile &file, const QString &path, QString *error)
{
    if (!file.commit()) {
        *error = ExportText::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

// The database the chart is drawn from, or one of SQLite's files beside it.
bool isDatabaseFile(const QString &path, const QString &databasePath)
{
    if (databasePath.isEmpty())
        return false;
    const QFileInfo database(databasePath);
    const QString base = database.exists() ? database.canonicalFilePath() : database.absoluteFilePath();
    const QFileInfo target(path);
    const QString candidate = target.exists() ? target.canonicalFilePath() : target.absoluteFilePath();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (candidate == base + suffix)
            return true;
    }
    return false;
}

bool openForWriting(QSaveFile &file, const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        *error = ExportText::tr("Could not write %1: it is a folder.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (!info.absoluteDir().exists()) {
        *error = ExportText::tr("Could not write %1: the folder %2 does not exist.")
                     .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    if (!file.open(QIODevice::WriteOnly)) {
        *error = ExportText::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

QPageLayout pageLayout(const ChartExportOptions &options)
{
    return QPageLayout(QPageSize(options.pageSize), options.orientation, QMarginsF(12, 12, 12, 12),
                       QPageLayout::Millimeter);
}

QSize pngSize(const ChartExportOptions &options)
{
    return options.pixelSize.isValid() ? options.pixelSize : QSize(1600, 1000);
}

} // namespace

namespace ChartExporter {

std::optional<ChartFormat> formatFromKey(const QString &key)
{
    const QString lower = key.trimmed().toLower();
    if (lower == QLatin1String("png"))
        return ChartFormat::Png;
    if (lower == QLatin1String("svg"))
        return ChartFormat::Svg;
    if (lower == QLatin1String("pdf"))
        return ChartFormat::Pdf;
    return std::nullopt;
}

QString formatKey(ChartFormat format)
{
    switch (format) {
    case ChartFormat::Png: return QStringLiteral("png");
    case ChartFormat::Svg: return QStringLiteral("svg");
    case ChartFormat::Pdf: return QStringLiteral("pdf");
    }
    return {};
}

std::optional<ChartFormat> formatOfPath(const QString &path)
{
    return formatFromKey(QFileInfo(path).suffix());
}

QString validate(const ChartExportOptions &options)
{
    if (options.pixelSize.isValid()) {
        const QSize size = options.pixelSize;
        if (size.width() < 200 || size.height() < 150 || size.width() > 20000 || size.height() > 20000)
            return ExportText::tr("The size %1 × %2 is out of range: width 200 to 20000 and height 150 to 20000 pixels.")
                .arg(size.width())
                .arg(size.height());
    }
    if (options.format != ChartFormat::Png)
        return {};
    if (options.dpi < 72 || options.dpi > 1200)
        return ExportText::tr("The resolution %1 DPI is out of range: 72 to 1200.").arg(options.dpi);
    const QSize png = pngSize(options);
    const double scale = double(options.dpi) / layoutDpi;
    if (png.width() / scale < 200 || png.height() / scale < 150)
        return ExportText::tr("%1 × %2 pixels at %3 DPI leaves too little room for the chart; give more pixels or "
                              "fewer DPI.")
            .arg(png.width())
            .arg(png.height())
            .arg(options.dpi);
    return {};
}

QImage image(ChartKind kind, const ChartData &data, const QSize &pixelSize, int dpi, const QString &title)
{
    QImage result(pixelSize, QImage::Format_ARGB32_Premultiplied);
    result.fill(Qt::white);
    const double scale = double(dpi) / layoutDpi;
    {
        QPainter painter(&result);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        paintChart(painter, kind, data, title, QSizeF(pixelSize) / scale, QRectF(QPointF(0, 0), QSizeF(pixelSize)));
    }
    // Set only after painting: painting at the layout resolution keeps the
    // fonts the size the layout measured.
    const int dotsPerMeter = qRound(dpi / 0.0254);
    result.setDotsPerMeterX(dotsPerMeter);
    result.setDotsPerMeterY(dotsPerMeter);
    return result;
}

bool write(ChartKind kind, const ChartData &data, const ChartExportOptions &options, const QString &path,
           QString *error)
{
    const QString invalid = validate(options);
    if (!invalid.isEmpty()) {
        *error = invalid;
        return false;
    }
    if (isDatabaseFile(path, data.databasePath)) {
        *error = ExportText::tr("Could not write %1: it is the database the chart is drawn from; choose another file.")
                     .arg(QDir::toNativeSeparators(path));
        return false;
    }
    QSaveFile file(path);
    if (!openForWriting(file, path, error))
        return false;
    const QString title = options.title.trimmed().isEmpty() ? ChartKinds::title(kind) : options.title.trimmed();
    switch (options.format) {
    case ChartFormat::Png: {
        const QImage picture = image(kind, data, pngSize(options), options.dpi, options.title);
        if (!picture.save(&file, "PNG")) {
            // The reason first: cancelling replaces it with "canceled".
            *error = ExportText::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            file.cancelWriting();
            return false;
        }
        break;
    }
    case ChartFormat::Svg: {
        const QSize size = options.pixelSize.isValid() ? options.pixelSize : defaultVectorSize;
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setResolution(layoutDpi);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(title);
        generator.setDescription(ChartBuilder::subtitle(kind, data));
        QPainter painter;
        if (!painter.begin(&generator)) {
            file.cancelWriting();
            *error = ExportText::tr("Could not write %1: the SVG could not be started.").arg(QDir::toNativeSeparators(path));
            return false;
        }
        paintChart(painter, kind, data, options.title, QSizeF(size), QRectF(QPointF(0, 0), QSizeF(size)));
        painter.end();
        break;
    }
    case ChartFormat::Pdf: {
        QPdfWriter writer(&file);
        writer.setResolution(layoutDpi);
        writer.setPageLayout(pageLayout(options));
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Recommendation Tracker"));
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            *error = ExportText::tr("Could not write %1: the PDF could not be started.").arg(QDir::toNativeSeparators(path));
            return false;
        }
        const QSizeF area = writer.pageLayout().paintRectPixels(layoutDpi).size();
        paintChart(painter, kind, data, options.title, area, QRectF(QPointF(0, 0), area));
        painter.end();
        break;
    }
    }
    return commit(file, path, error);
}

QStringList pathsForAll(ChartFormat format, const QString &folder)
{
    QStringList paths;
    for (ChartKind kind : ChartKinds::all())
        paths << QDir(folder).filePath(ChartKinds::fileBaseName(kind) + QLatin1Char('.') + formatKey(format));
    return paths;
}

std::optional<QStringList> writeAll(const ChartData &data, const ChartExportOptions &options, const QString &folder,
                                    QString *error)
{
    if (!QFileInfo(folder).isDir()) {
        *error = ExportText::tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder));
        return std::nullopt;
    }
    // All or nothing: every chart is written into a scratch folder beside the
    // targets first, and only when all are complete do they replace the old
    // files, each by a rename on the same file system.
    QTemporaryDir scratch(QDir(folder).filePath(QStringLiteral(".rectracker-export-XXXXXX")));
    if (!scratch.isValid()) {
        *error = ExportText::tr("Could not write into %1: %2").arg(QDir::toNativeSeparators(folder), scratch.errorString());
        return std::nullopt;
    }
    const QStringList paths = pathsForAll(options.format, folder);
    for (const QString &path : paths) {
        if (QFileInfo(path).isDir()) {
            *error = ExportText::tr("Could not write %1: it is a folder.").arg(QDir::toNativeSeparators(path));
            return std::nullopt;
        }
    }
    const QList<ChartKind> &kinds = ChartKinds::all();
    QStringList written;
    for (int i = 0; i < kinds.size(); ++i) {
        if (isDatabaseFile(paths.at(i), data.databasePath)) {
            *error = ExportText::tr("Could not write %1: it is the database the chart is drawn from; choose another folder.")
                         .arg(QDir::toNativeSeparators(paths.at(i)));
            return std::nullopt;
        }
        written << scratch.filePath(QFileInfo(paths.at(i)).fileName());
        if (!write(kinds.at(i), data, options, written.last(), error))
            return std::nullopt;
    }
    for (int i = 0; i < kinds.size(); ++i) {
        std::error_code failure;
        std::filesystem::rename(QFile::encodeName(written.at(i)).toStdString(),
                                QFile::encodeName(paths.at(i)).toStdString(), failure);
        if (failure) {
            *error = ExportText::tr("Could not write %1: %2")
                         .arg(QDir::toNativeSeparators(paths.at(i)), QString::fromLocal8Bit(failure.message().c_str()));
            return std::nullopt;
        }
    }
    return paths;
}

bool print(ChartKind kind, const ChartData &data, QPrinter *printer, const QString &title, QString *error)
{
    printer->setResolution(layoutDpi);
    printer->setDocName(title.trimmed().isEmpty() ? ChartKinds::title(kind) : title.trimmed());
    QPainter painter;
    if (!painter.begin(printer)) {
        *error = ExportText::tr("The printer could not be started.");
        return false;
    }
    const QSizeF area = printer->pageLayout().paintRectPixels(printer->resolution()).size();
    paintChart(painter, kind, data, title, area, QRectF(QPointF(0, 0), area));
    if (!painter.end()) {
        *error = ExportText::tr("The page could not be sent to the printer %1.").arg(printer->printerName());
        return false;
    }
    return true;
}

} // namespace ChartExporter
