#pragma once
// Edit > Copy on the table: the selected rows as a header line and one line
// per row, tab-separated (what a spreadsheet pastes into cells), and as an
// HTML table (what a word processor pastes as a table). Columns as the view
// shows them: its visible columns in their on-screen order. Built row by
// row, so that the rows can be read anywhere (CopiedRows reads them on a
// worker).
#include <QList>
#include <QString>
#include <QStringList>

class QHeaderView;
class QMimeData;

class RowClipboard
{
public:
    // The logical indexes of the header's visible sections, in screen order.
    static QList<int> shownColumns(const QHeaderView &header);

    // titles: the header line, one per column.
    explicit RowClipboard(const QStringList &titles);
    void addRow(const QStringList &cells);

    QString text() const { return m_text; }
    QString html() const { return m_html; }
    int rowCount() const { return m_rows; }
    // text/plain and text/html, for QClipboard::setMimeData (which takes it).
    QMimeData *mimeData() const;

private:
    void add(const QStringList &cells, const QString &htmlCell);

    QString m_text;
    QString m_html;
    int m_rows = -1; // the header line is not a row
};
