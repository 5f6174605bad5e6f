#include "rowclipboard.h"

#include <QHeaderView>
#include <QMimeData>

namespace {

// Kept at the end of the HTML after every row, so that the HTML is whole
// without a copy of it (tens of megabytes for a big table) to close it.
constexpr QLatin1String tableEnd("</table>\n");

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

QList<int> RowClipboard::shownColumns(const QHeaderView &header)
{
    QList<int> columns;
    for (int visual = 0; visual < header.count(); ++visual) {
        const int logical = header.logicalIndex(visual);
        if (logical >= 0 && !header.isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}

RowClipboard::RowClipboard(const QStringList &titles)
    : m_html(QStringLiteral("<table>\n") + tableEnd)
{
    add(titles, QStringLiteral("th"));
}

void RowClipboard::addRow(const QStringList &cells)
{
    add(cells, QStringLiteral("td"));
}

void RowClipboard::add(const QStringList &cells, const QString &htmlCell)
{
    m_html.chop(tableEnd.size());
    m_html += QStringLiteral("<tr>");
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_text += QLatin1Char('\t');
        m_text += plainCell(cells.at(i));
        m_html += QLatin1Char('<') + htmlCell + QLatin1Char('>') + cells.at(i).toHtmlEscaped() + QStringLiteral("</")
            + htmlCell + QLatin1Char('>');
    }
    m_text += QLatin1Char('\n');
    m_html += QStringLiteral("</tr>\n") + tableEnd;
    ++m_rows;
}

QMimeData *RowClipboard::mimeData() const
{
    auto *data = new QMimeData;
    data->setText(text());
    data->setHtml(html());
    return data;
}
