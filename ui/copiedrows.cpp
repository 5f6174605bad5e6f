#include "copiedrows.h"

#include "recommendationlisting.h"
#include "recommendationtablemodel.h"
#include "rowclipboard.h"

#include <optional>

namespace {

// Rows per query: big enough that the offsets add up to little (each query
// steps over the rows before its window), small enough to report progress
// and stop soon after Cancel.
constexpr int rowsPerRead = 5000;

} // namespace

namespace CopiedRows {

bool read(Database &database, const Table &table, const QList<QPair<int, int>> &runs, RowClipboard &clipboard,
          DatabaseWork::Control &control, QString *error)
{
    RecommendationListing listing(database);
    const bool withRelevance = table.columns.contains(RecommendationTableModel::RelevanceColumn)
        && RecommendationListing::hasSearch(table.filter);
    std::optional<double> best;
    if (withRelevance) {
        best = listing.bestRelevance(table.filter);
        if (!best) {
            *error = listing.lastError();
            return false;
        }
    }
    int total = 0;
    for (const auto &run : runs)
        total += run.second - run.first + 1;
    int done = 0;
    QStringList cells;
    for (const auto &run : runs) {
        for (int offset = run.first; offset <= run.second; offset += rowsPerRead) {
            const int count = qMin(rowsPerRead, run.second - offset + 1);
            const std::optional<QList<ListedRecommendation>> rows = listing.summariesInRange(
                table.filter, table.sortKey, table.sortOrder, offset, count, table.rowCount);
            if (!rows) {
                *error = listing.lastError();
                return false;
            }
            // Ranked by relevance, the rows bring their scores; otherwise
            // they are looked up, as the table does.
            QHash<qint64, double> scores;
            if (withRelevance) {
                QList<qint64> ids;
                for (const ListedRecommendation &row : *rows) {
                    if (row.relevance)
                        scores.insert(row.summary.id, *row.relevance);
                    else
                        ids << row.summary.id;
                }
                if (!ids.isEmpty()) {
                    const std::optional<QHash<qint64, double>> looked = listing.relevanceOf(ids, table.filter);
                    if (!looked) {
                        *error = listing.lastError();
                        return false;
                    }
                    scores.insert(*looked);
                }
            }
            for (const ListedRecommendation &row : *rows) {
                cells.clear();
                for (int column : table.columns) {
                    if (column != RecommendationTableModel::RelevanceColumn)
                        cells << RecommendationTableModel::displayText(row.summary, column);
                    else if (withRelevance && scores.contains(row.summary.id))
                        cells << RecommendationTableModel::relevanceText(scores.value(row.summary.id), *best);
                    else
                        cells << QString();
                }
                clipboard.addRow(cells);
            }
            done += count;
            if (!control.report(done, total)) {
                error->clear();
                return false;
            }
        }
    }
    return true;
}

} // namespace CopiedRows
