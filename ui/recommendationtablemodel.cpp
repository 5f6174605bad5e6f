#include "recommendationtablemodel.h"

#include "mechanism.h"
#include "recommendationrepository.h"
#include "recordnotifier.h"
#include "statuspresentation.h"

#include <QLocale>
#include <QSet>

namespace {
// Rows fetched per query, and the number of cached rows past which the cache
// starts over: enough for several screens, small whatever the database size.
constexpr int pageSize = 200;
constexpr int cacheLimit = 4000;

QString formatDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}
} // namespace

RecommendationTableModel::RecommendationTableModel(RecommendationRepository &repository,
                                                   RecordNotifier &notifier, QObject *parent)
    : QAbstractTableModel(parent), m_repository(repository)
{
    connect(&notifier, &RecordNotifier::recordsAdded, this, [this](const QList<qint64> &) {
        reconcile({});
    });
    connect(&notifier, &RecordNotifier::recordsRemoved, this, [this](const QList<qint64> &ids) {
        forget(ids);
        reconcile({});
    });
    connect(&notifier, &RecordNotifier::recordsChanged, this, [this](const QList<qint64> &ids) {
        forget(ids);
        reconcile(ids);
    });
    connect(&notifier, &RecordNotifier::historyChanged, this, [this](const QList<qint64> &ids) {
        forget(ids);
        reconcile(ids);
    });
    reload();
}

void RecommendationTableModel::setFilter(const RecommendationFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void RecommendationTableModel::reload()
{
    const QList<qint64> ids = m_repository.matchingIds(m_filter, m_sortKey, m_sortOrder);
    if (ids.isEmpty() && !m_repository.lastError().isEmpty()) {
        emit queryFailed(m_repository.lastError());
        return;
    }
    // A new filter is a new result set: a reset is what the view should see.
    beginResetModel();
    m_ids = ids;
    m_cache.clear();
    rebuildRowIndex();
    endResetModel();
}

void RecommendationTableModel::forget(const QList<qint64> &ids)
{
    for (qint64 id : ids)
        m_cache.remove(id);
}

void RecommendationTableModel::rebuildRowIndex()
{
    m_rowOf.clear();
    m_rowOf.reserve(m_ids.size());
    for (int row = 0; row < m_ids.size(); ++row)
        m_rowOf.insert(m_ids.at(row), row);
}

void RecommendationTableModel::reconcile(const QList<qint64> &changedIds)
{
    const QList<qint64> target = m_repository.matchingIds(m_filter, m_sortKey, m_sortOrder);
    if (target.isEmpty() && !m_repository.lastError().isEmpty()) {
        emit queryFailed(m_repository.lastError());
        return;
    }
    const QSet<qint64> targetSet(target.cbegin(), target.cend());

    // 1. Rows that no longer match go, in contiguous runs from the bottom.
    for (int row = m_ids.size() - 1; row >= 0;) {
        if (targetSet.contains(m_ids.at(row))) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !targetSet.contains(m_ids.at(first - 1)))
            --first;
        beginRemoveRows(QModelIndex(), first, row);
        m_ids.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    rebuildRowIndex();

    // 2. Rows that stay but moved (an edit changed their sort key) are
    //    rearranged as a layout change, keeping persistent indexes on them.
    QList<qint64> kept;
    kept.reserve(m_ids.size());
    for (qint64 id : target) {
        if (m_rowOf.contains(id))
            kept << id;
    }
    if (kept != m_ids) {
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        QHash<qint64, int> newRowOf;
        for (int row = 0; row < kept.size(); ++row)
            newRowOf.insert(kept.at(row), row);
        const QModelIndexList persistent = persistentIndexList();
        QModelIndexList updated;
        for (const QModelIndex &index : persistent)
            updated << createIndex(newRowOf.value(m_ids.at(index.row())), index.column());
        changePersistentIndexList(persistent, updated);
        m_ids = kept;
        m_rowOf = newRowOf;
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }

    // 3. New rows arrive in target order. m_ids is now a subsequence of the
    //    target in the same order, so walking both, a run of ids that are not
    //    yet shown goes in at the row where the target has it.
    for (int row = 0; row < target.size();) {
        if (row < m_ids.size() && m_ids.at(row) == target.at(row)) {
            ++row;
            continue;
        }
        int last = row;
        while (last + 1 < target.size() && !m_rowOf.contains(target.at(last + 1)))
            ++last;
        beginInsertRows(QModelIndex(), row, last);
        for (int i = row; i <= last; ++i)
            m_ids.insert(i, target.at(i));
        endInsertRows();
        row = last + 1;
    }
    rebuildRowIndex();

    // 4. Rows that stayed in place but whose fields changed are repainted.
    for (qint64 id : changedIds) {
        const int row = rowOf(id);
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

qint64 RecommendationTableModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int RecommendationTableModel::rowOf(qint64 id) const
{
    return m_rowOf.value(id, -1);
}

int RecommendationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int RecommendationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void RecommendationTableModel::fetchPageAround(int row) const
{
    if (m_cache.size() > cacheLimit)
        m_cache.clear();
    const int first = (row / pageSize) * pageSize;
    const QList<qint64> page = m_ids.mid(first, pageSize);
    for (const RecommendationSummary &summary : m_repository.summaries(page))
        m_cache.insert(summary.id, summary);
}

const RecommendationSummary *RecommendationTableModel::summaryAt(int row) const
{
    const qint64 id = idAt(row);
    auto found = m_cache.constFind(id);
    if (found == m_cache.constEnd()) {
        fetchPageAround(row);
        found = m_cache.constFind(id);
        if (found == m_cache.constEnd())
            return nullptr;
    }
    return &found.value();
}

QVariant RecommendationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    if (role == IdRole)
        return idAt(index.row());
    const RecommendationSummary *summary = summaryAt(index.row());
    if (!summary)
        return QVariant();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SymbolColumn: return summary->symbol;
        case ParagraphColumn: return summary->paragraph;
        case MechanismColumn: {
            const Mechanism *mechanism = MechanismCatalog::find(summary->mechanism);
            return mechanism ? mechanism->code : summary->mechanism;
        }
        case DateColumn: return formatDate(summary->documentDate);
        case StateColumn: return summary->stateUnderReview;
        case RecommendedByColumn: return summary->recommendedBy.join(QStringLiteral("; "));
        case ThemesColumn: return summary->themes.join(QStringLiteral("; "));
        case StatusColumn: return StatusInfo::label(summary->status);
        case DueDateColumn: return formatDate(summary->dueDate);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == MechanismColumn) {
            const Mechanism *mechanism = MechanismCatalog::find(summary->mechanism);
            return mechanism ? mechanism->name() : summary->mechanism;
        }
        return summary->text;
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return StatusPresentation::icon(summary->status);
        break;
    case StatusKeyRole: return StatusInfo::key(summary->status);
    case FullTextRole: return summary->text;
    default: break;
    }
    return QVariant();
}

QVariant RecommendationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SymbolColumn: return tr("Symbol");
    case ParagraphColumn: return tr("Paragraph");
    case MechanismColumn: return tr("Mechanism");
    case DateColumn: return tr("Date");
    case StateColumn: return tr("State under review");
    case RecommendedByColumn: return tr("Recommended by");
    case ThemesColumn: return tr("Themes");
    case StatusColumn: return tr("Status");
    case DueDateColumn: return tr("Due date");
    }
    return QVariant();
}

RecommendationSortKey RecommendationTableModel::sortKeyFor(int column)
{
    switch (column) {
    case SymbolColumn: return RecommendationSortKey::Symbol;
    case ParagraphColumn: return RecommendationSortKey::Paragraph;
    case MechanismColumn: return RecommendationSortKey::Mechanism;
    case DateColumn: return RecommendationSortKey::DocumentDate;
    case StateColumn: return RecommendationSortKey::StateUnderReview;
    case RecommendedByColumn: return RecommendationSortKey::RecommendedBy;
    case ThemesColumn: return RecommendationSortKey::Themes;
    case StatusColumn: return RecommendationSortKey::Status;
    case DueDateColumn: return RecommendationSortKey::DueDate;
    }
    return RecommendationSortKey::Id;
}

void RecommendationTableModel::sort(int column, Qt::SortOrder order)
{
    const RecommendationSortKey key = column < 0 ? RecommendationSortKey::Id : sortKeyFor(column);
    if (key == m_sortKey && order == m_sortOrder)
        return;
    m_sortKey = key;
    m_sortOrder = order;
    // Same rows, new order: a layout change keeps the selection on its records.
    reconcile({});
}
