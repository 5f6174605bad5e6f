#pragma once
// The recommendation table. Filtering and sorting happen in SQL: the model
// holds only the ordered ids that match, and fetches the displayed fields a
// page at a time when the view asks for them. Edits announced by the
// notifier update just the affected rows (insert, remove, move, change), so
// selection and scroll position survive them.
#include "recommendation.h"
#include "recommendationfilter.h"
#include "recommendationsort.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

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
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, StatusKeyRole, FullTextRole };

    RecommendationTableModel(RecommendationRepository &repository, RecordNotifier &notifier,
                             QObject *parent = nullptr);

    void setFilter(const RecommendationFilter &filter);
    RecommendationFilter filter() const { return m_filter; }

    qint64 idAt(int row) const;
    int rowOf(qint64 id) const; // -1 when not shown
    QList<qint64> ids() const { return m_ids; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

signals:
    // The query failed (the message says why); the table keeps its last rows.
    void queryFailed(const QString &message);

private:
    static RecommendationSortKey sortKeyFor(int column);
    const RecommendationSummary *summaryAt(int row) const;
    void fetchPageAround(int row) const;
    void reload();
    void reconcile(const QList<qint64> &changedIds);
    void rebuildRowIndex();
    void forget(const QList<qint64> &ids);

    RecommendationRepository &m_repository;
    RecommendationFilter m_filter;
    RecommendationSortKey m_sortKey = RecommendationSortKey::Id;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<qint64> m_ids;
    QHash<qint64, int> m_rowOf;
    mutable QHash<qint64, RecommendationSummary> m_cache;
};
