#include "rowclipboard.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QMimeData>

namespace {

// A tab or line break inside a cell would start another cell or row where
// it is pasted.
QString plainCell(QString value)
{
    value.replace(QLatin1String("\r\n"), QLatin1String(" "));
    for (QChar separator : {QLatin1Char('\t'), QLatin1Char('\n'), QLatin1Char('\r')})
        value.replace(separator, QLatin1Char(' '));
    return value;
}

} // namespace

RowClipboard::RowClipboard(const QAbstractItemModel &model, const QHeaderView &header,
                           const QList<QPair<int, int>> &rowRuns)
{
    QList<int> columns;
    for (int visual = 0; visual < header.count(); ++visual) {
        const int logical = header.logicalIndex(visual);
        if (logical >= 0 && !header.isSectionHidden(logical))
            columns << logical;
    }

    QStringList lines;
    QString html = QStringLiteral("<table>\n<tr>");
    QStringList cells;
    for (int column : columns) {
        const QString title = model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        cells << plainCell(title);
        html += QStringLiteral("<th>%1</th>").arg(title.toHtmlEscaped());
    }
    lines << cells.join(QLatin1Char('\t'));
    html += QStringLiteral("</tr>\n");

    for (const auto &run : rowRuns) {
        for (int row = run.first; row <= run.second; ++row) {
            cells.clear();
            html += QStringLiteral("<tr>");
            for (int column : columns) {
                const QString value = model.index(row, column).data(Qt::DisplayRole).toString();
                cells << plainCell(value);
                html += QStringLiteral("<td>%1</td>").arg(value.toHtmlEscaped());
            }
            html += QStringLiteral("</tr>\n");
            lines << cells.join(QLatin1Char('\t'));
            ++m_rows;
        }
    }
    html += QStringLiteral("</table>\n");
    m_text = lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    m_html = html;
}

QMimeData *RowClipboard::mimeData() const
{
    auto *data = new QMimeData;
    data->setText(m_text);
    data->setHtml(m_html);
    return data;
}
