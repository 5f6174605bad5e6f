#pragma once
// The recommendation table, a window onto the filtered and sorted list in
// SQL: it keeps the number of matching rows and a few recently shown pages,
// never the list itself, so its memory stays the same whatever the database
// size. Edits announced by the notifier become row inserts, removals, or a
// layout change that carries every persistent index (the selection, the
// current row) to its record's new row, never a reset; only a new filter
// resets. While a search is active the Relevance column ranks the matches.
// Headers, status labels and dates follow the application's language and
// locale: a language change repaints them, still without a reset.
#include "recommendationfilter.h"
#include "recommendationlisting.h"
#include "recommendationsort.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QMap>
#include <functional>
#include <optional>

class RecommendationRepository;
class RecordNotifier;

class RecommendationTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SymbolColumn,
        ParagraphColumn,
        MechanismColumn,
        DateColumn,
        StateColumn,
        RecommendedByColumn,
        ThemesColumn,
        StatusColumn,
        DueDateColumn,
        // Last, so that header layouts saved before it existed still fit.
        RelevanceColumn,
        ColumnCount
    };
    // RelevanceRole: the score (higher is better), a double, during a search.
    // Sorted by another column, the scores arrive shortly after the rows
    // (dataChanged on the Relevance column).
    enum Role { IdRole = Qt::UserRole + 1, StatusKeyRole, FullTextRole, RelevanceRole };

    RecommendationTableModel(RecommendationRepository &repository, RecordNotifier &notifier,
                             QObject *parent = nullptr);

    void setFilter(const RecommendationFilter &filter);
    RecommendationFilter filter() const { return m_filter; }
    // Whether the filter holds search words, so that relevance means something.
    bool isSearching() const { return m_searching; }
    RecommendationSortKey sortKey() const { return m_sortKey; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    static int columnOf(RecommendationSortKey key); // -1 for the id

    qint64 idAt(int row) const;
    int rowOf(qint64 id) const; // -1 when not shown
    // Rows of many records in one query; those not shown are left out.
    QHash<qint64, int> rowsOf(const QList<qint64> &ids) const;
    // More records than this added at once (an import of thousands) are not
    // placed one by one: finding where each one sorts is a pass over every
    // matching record (a third of a second at 250,000), so the table starts
    // afresh, at its top, in its sort, instead. Whoever selects what was
    // added does not ask rowsOf() for more than this either.
    static constexpr int addedRecordsPlaced = 1000;
    // The ids of rows first..last, in row order, in one query at most.
    QList<qint64> idsInRows(int first, int last) const;
    // What a cell shows, for rows read without the model (Edit > Copy reads
    // them on a worker): any column but Relevance, whose text is the
    // record's relevance as a share of the best match's.
    static QString displayText(const RecommendationSummary &summary, int column);
    static QString relevanceText(double relevance, double best);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

signals:
    // A query failed (the message says why); the table keeps its rows.
    void queryFailed(const QString &message);

private:
    struct Page {
        QList<ListedRecommendation> rows;
        quint64 lastUse = 0;
        bool relevanceLoaded = false;
    };
    // How the rows the view still sees map onto the database while row
    // inserts or removals are being announced one run at a time.
    struct Transition {
        QList<int> pending; // final rows not inserted yet, ascending
        QList<int> ghosts;  // rows of removed records not announced yet, ascending
        bool active() const { return !pending.isEmpty() || !ghosts.isEmpty(); }
        int finalRow(int row) const; // -1 for a ghost
    };
    enum class Edit { Added, Removed, Changed };

    static RecommendationSortKey sortKeyFor(int column);
    const ListedRecommendation *rowAt(int row) const;
    const Page *pageAt(int row) const;
    std::optional<double> relevanceAt(int row) const;
    QVariant relevanceText(int row) const;
    void scheduleRelevance() const;
    void loadRelevance();
    void failed() const;
    // The headers and the rows read so far, in the new language and locale.
    void retranslate();

    qint64 cachedIdAt(int row) const; // 0 when neither a page nor a known run has it
    QHash<qint64, int> cachedRowsOf(const QList<qint64> &ids) const;
    void remember(int first, const QList<qint64> &ids) const;
    void forgetCachedRows();

    void applyEdit(Edit edit, const QList<qint64> &ids);
    // Whether a status change can move or hide rows (the sort or the filter
    // looks at statuses).
    bool followsStatuses() const;
    void repaintStatuses(const QList<qint64> &ids);
    bool announceRuns(const QList<int> &oldRows, const QList<int> &newRows, int newCount);
    void relayout(int newCount, const std::function<QModelIndex(const QModelIndex &)> &carry);
    void relayoutByIds(const QHash<int, qint64> &idsBefore, int newCount);

    // Mutable: reading rows is const for the view, and the listing keeps its last error.
    mutable RecommendationListing m_listing;
    RecommendationFilter m_filter;
    bool m_searching = false;
    RecommendationSortKey m_sortKey = RecommendationSortKey::Id;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_count = 0;  // rows the views know of
    int m_total = 0;  // rows in the database's list: m_count once an edit is announced
    Transition m_transition;

    mutable QHash<int, Page> m_pages; // by row / pageSize
    mutable quint64 m_clock = 0;
    // Ids read without their fields (a selection's, rowOf's answers): runs
    // of consecutive rows by their first row, so that an edit can tell where
    // the records it names were shown.
    mutable QMap<int, QList<qint64>> m_known;
    mutable int m_knownCount = 0;
    mutable std::optional<double> m_bestRelevance;
    mutable bool m_relevanceScheduled = false;
};
