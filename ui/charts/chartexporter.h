#pragma once
// Writes a chart as PNG (pixel size and DPI), SVG (vector, text as text) or
// PDF (vector, one page of A4 or Letter), always through QSaveFile, so a
// failed export leaves no partial file and an existing file untouched. The
// chart is built afresh at the size of the output, not grabbed from a
// window, so the command line and the GUI write identical files.
#include "chartdata.h"
#include "chartkind.h"

#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QSize>
#include <QString>
#include <QStringList>
#include <optional>

class QPrinter;

enum class ChartFormat { Png, Svg, Pdf };

struct ChartExportOptions {
    ChartFormat format = ChartFormat::Png;
    QSize pixelSize;                                 // PNG pixels (default 1600 × 1000) or SVG canvas (default 1000 × 625)
    int dpi = 150;                                   // PNG only: 72 to 1200
    QPageSize::PageSizeId pageSize = QPageSize::A4;  // PDF only
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    QString title;                                   // empty: the chart's own title
};

namespace ChartExporter {
std::optional<ChartFormat> formatFromKey(const QString &key);   // "png", "svg", "pdf"
QString formatKey(ChartFormat format);
// The format a file name's extension names, if any.
std::optional<ChartFormat> formatOfPath(const QString &path);

// Limits the GUI and the command line both check, for the options' format;
// an empty string when valid.
QString validate(const ChartExportOptions &options);

bool write(ChartKind kind, const ChartData &data, const ChartExportOptions &options, const QString &path,
           QString *error);
// Every chart into a folder as <fileBaseName>.<format> ("progress-by-year.svg");
// returns the paths written. Stops at the first failure, which *error names.
std::optional<QStringList> writeAll(const ChartData &data, const ChartExportOptions &options, const QString &folder,
                                    QString *error);
// The paths writeAll would write, to ask before replacing files.
QStringList pathsForAll(ChartFormat format, const QString &folder);
// The chart as an image of this pixel size and DPI (for PNG and the clipboard).
QImage image(ChartKind kind, const ChartData &data, const QSize &pixelSize, int dpi, const QString &title = QString());
// The chart on the printer's page, fitted to its printable area.
bool print(ChartKind kind, const ChartData &data, QPrinter *printer, const QString &title, QString *error);
}
