#pragma once
// Edit > Copy on the table: the selected rows as a header line and one line
// per row, tab-separated (what a spreadsheet pastes into cells), and as an
// HTML table (what a word processor pastes as a table). Columns as the view
// shows them: its visible columns in their on-screen order. Rows are read
// through the model one after another, so a lazy model loads each of its
// pages once, and thousands of rows copy in one go.
#include <QList>
#include <QPair>
#include <QString>

class QAbstractItemModel;
class QHeaderView;
class QMimeData;

class RowClipboard
{
public:
    // rowRuns: (first, last) runs of rows, in the order they are to appear.
    RowClipboard(const QAbstractItemModel &model, const QHeaderView &header, const QList<QPair<int, int>> &rowRuns);

    QString text() const { return m_text; }
    QString html() const { return m_html; }
    int rowCount() const { return m_rows; }
    // text/plain and text/html, for QClipboard::setMimeData (which takes it).
    QMimeData *mimeData() const;

private:
    QString m_text;
    QString m_html;
    int m_rows = 0;
};
