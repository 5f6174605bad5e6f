#include "recommendationtablemodel.h"

#include "languagechangewatcher.h"
#include "localeformats.h"
#include "mechanism.h"
#include "recommendationrepository.h"
#include "recordnotifier.h"
#include "statuspresentation.h"

#include <QLocale>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace {

// Rows fetched per query, and how many pages stay cached: several screens,
// the same few hundred kilobytes whatever the database size.
constexpr int pageSize = 200;
constexpr int maxPages = 20;
// Ids known without their fields (a selection's ids, say): 2 MiB at most,
// enough for every row of a quarter-million-record database.
constexpr int maxKnownIds = 1 << 18;
// Up to this many runs of added or removed rows are announced run by run
// (the views adjust the selection themselves); more, and one layout change
// costs the views less than thousands of small signals.
constexpr int maxAnnouncedRuns = 32;
constexpr int rowsRepaintedOneByOne = 64;

QString formatDate(const QDate &date)
{
    return LocaleFormats::date(date);
}

// The k-th (from 0) non-negative integer that is not in the ascending list.
// sorted[i] - i, how many integers below sorted[i] are missing from the list,
// never decreases, so a binary search finds how many of them come first.
int nthNotIn(int k, const QList<int> &sorted)
{
    qsizetype low = 0;
    qsizetype high = sorted.size();
    while (low < high) {
        const qsizetype middle = (low + high) / 2;
        if (sorted.at(middle) - middle <= k)
            low = middle + 1;
        else
            high = middle;
    }
    return k + int(low);
}

// Where an old row that is not one of `removed` ends up once the rows
// `removed` (old rows) are taken out and `inserted` (new rows) put in. The
// other records keep their order: an edit changes only the records it names.
int carriedRow(int row, const QList<int> &removed, const QList<int> &inserted)
{
    const auto below = std::lower_bound(removed.cbegin(), removed.cend(), row) - removed.cbegin();
    return nthNotIn(row - int(below), inserted);
}

// Consecutive values of an ascending list, as (first, last) pairs.
QList<QPair<int, int>> runsOf(const QList<int> &sorted)
{
    QList<QPair<int, int>> runs;
    for (int value : sorted) {
        if (!runs.isEmpty() && runs.last().second + 1 == value)
            runs.last().second = value;
        else
            runs.append({value, value});
    }
    return runs;
}

template <typename Key, typename Value>
QList<Value> sortedValues(const QHash<Key, Value> &hash)
{
    QList<Value> values = hash.values();
    std::sort(values.begin(), values.end());
    return values;
}

} // namespace

int RecommendationTableModel::Transition::finalRow(int row) const
{
    if (std::binary_search(ghosts.cbegin(), ghosts.cend(), row))
        return -1;
    const auto below = std::lower_bound(ghosts.cbegin(), ghosts.cend(), row) - ghosts.cbegin();
    return nthNotIn(row - int(below), pending);
}

RecommendationTableModel::RecommendationTableModel(RecommendationRepository &repository,
                                                   RecordNotifier &notifier, QObject *parent)
    : QAbstractTableModel(parent), m_listing(repository.database())
{
    connect(&notifier, &RecordNotifier::recordsAdded, this,
            [this](const QList<qint64> &ids) { applyEdit(Edit::Added, ids); });
    connect(&notifier, &RecordNotifier::recordsRemoved, this,
            [this](const QList<qint64> &ids) { applyEdit(Edit::Removed, ids); });
    connect(&notifier, &RecordNotifier::recordsChanged, this,
            [this](const QList<qint64> &ids) { applyEdit(Edit::Changed, ids); });
    connect(&notifier, &RecordNotifier::historyChanged, this, [this](const QList<qint64> &ids) {
        // A new status moves no row unless the filter or the sort looks at
        // statuses: then only the status cells change, and ranking thousands
        // of records (a status given to a whole selection) is not needed.
        if (followsStatuses())
            applyEdit(Edit::Changed, ids);
        else
            repaintStatuses(ids);
    });
    if (const std::optional<int> count = m_listing.count(m_filter))
        m_count = m_total = *count;
    else
        failed();
    new LanguageChangeWatcher([this] { retranslate(); }, this);
}

void RecommendationTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    // Only rows in a cached page can be on screen; any other row is read,
    // and so shown in the new language, when it comes into view.
    if (m_pages.isEmpty())
        return;
    const auto [first, last] = std::minmax_element(m_pages.keyBegin(), m_pages.keyEnd());
    const int lastRow = qMin(m_count, (*last + 1) * pageSize) - 1;
    if (lastRow >= *first * pageSize)
        emit dataChanged(index(*first * pageSize, 0), index(lastRow, ColumnCount - 1),
                         {Qt::DisplayRole, Qt::ToolTipRole});
}

void RecommendationTableModel::setFilter(const RecommendationFilter &filter)
{
    if (filter == m_filter)
        return;
    const std::optional<int> count = m_listing.count(filter);
    if (!count) {
        failed();
        return;
    }
    // A new filter is a new result set: a reset is what the view should see.
    beginResetModel();
    m_filter = filter;
    m_searching = RecommendationListing::hasSearch(filter);
    m_count = m_total = *count;
    forgetCachedRows();
    m_known.clear();
    m_knownCount = 0;
    endResetModel();
}

void RecommendationTableModel::failed() const
{
    // Often reached from data(), in the middle of painting: the message
    // waits for the event loop.
    QMetaObject::invokeMethod(
        const_cast<RecommendationTableModel *>(this),
        [this, message = m_listing.lastError()] { emit const_cast<RecommendationTableModel *>(this)->queryFailed(message); },
        Qt::QueuedConnection);
}

bool RecommendationTableModel::followsStatuses() const
{
    return m_sortKey == RecommendationSortKey::Status || !m_filter.statuses.isEmpty()
           || !m_filter.statusesOnDates.isEmpty();
}

void RecommendationTableModel::repaintStatuses(const QList<qint64> &ids)
{
    // Only rows read before can be on screen with the old status; the rest
    // are read afresh when shown.
    const QList<int> rows = sortedValues(cachedRowsOf(ids));
    forgetCachedRows();
    if (rows.size() <= rowsRepaintedOneByOne) {
        for (int row : rows)
            emit dataChanged(index(row, StatusColumn), index(row, StatusColumn));
    } else {
        emit dataChanged(index(rows.first(), StatusColumn), index(rows.last(), StatusColumn));
    }
}

void RecommendationTableModel::forgetCachedRows()
{
    m_pages.clear();
    m_bestRelevance.reset();
}

// --- Rows and ids ---------------------------------------------------------

const RecommendationTableModel::Page *RecommendationTableModel::pageAt(int row) const
{
    const int number = row / pageSize;
    auto found = m_pages.find(number);
    if (found == m_pages.end()) {
        const std::optional<QList<ListedRecommendation>> rows =
            m_listing.summariesInRange(m_filter, m_sortKey, m_sortOrder, number * pageSize, pageSize, m_total);
        if (!rows) {
            failed();
            return nullptr;
        }
        if (m_pages.size() >= maxPages) {
            const auto oldest = std::min_element(m_pages.begin(), m_pages.end(), [](const Page &a, const Page &b) {
                return a.lastUse < b.lastUse;
            });
            m_pages.erase(oldest);
        }
        found = m_pages.insert(number, Page{*rows, 0, false});
    }
    found->lastUse = ++m_clock;
    return &found.value();
}

const ListedRecommendation *RecommendationTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    if (m_transition.active())
        row = m_transition.finalRow(row);
    if (row < 0)
        return nullptr; // a removed record, its removal not announced yet
    const Page *page = pageAt(row);
    const int offset = row % pageSize;
    return page && offset < page->rows.size() ? &page->rows.at(offset) : nullptr;
}

qint64 RecommendationTableModel::cachedIdAt(int row) const
{
    const auto page = m_pages.constFind(row / pageSize);
    if (page != m_pages.constEnd() && row % pageSize < page->rows.size())
        return page->rows.at(row % pageSize).summary.id;
    auto run = m_known.upperBound(row);
    if (run == m_known.begin())
        return 0;
    --run;
    return row - run.key() < run.value().size() ? run.value().at(row - run.key()) : 0;
}

QHash<qint64, int> RecommendationTableModel::cachedRowsOf(const QList<qint64> &ids) const
{
    const QSet<qint64> wanted(ids.cbegin(), ids.cend());
    QHash<qint64, int> rows;
    for (auto page = m_pages.cbegin(); page != m_pages.cend(); ++page) {
        for (int i = 0; i < page->rows.size(); ++i) {
            if (wanted.contains(page->rows.at(i).summary.id))
                rows.insert(page->rows.at(i).summary.id, page.key() * pageSize + i);
        }
    }
    for (auto run = m_known.cbegin(); run != m_known.cend() && rows.size() < wanted.size(); ++run) {
        for (int i = 0; i < run.value().size(); ++i) {
            if (wanted.contains(run.value().at(i)))
                rows.insert(run.value().at(i), run.key() + i);
        }
    }
    return rows;
}

void RecommendationTableModel::remember(int first, const QList<qint64> &ids) const
{
    if (ids.isEmpty() || ids.size() > maxKnownIds)
        return;
    if (m_knownCount + ids.size() > maxKnownIds) {
        m_known.clear();
        m_knownCount = 0;
    }
    // Runs that overlap the new one go whole: simpler than cutting them.
    const int last = first + int(ids.size()) - 1;
    auto run = m_known.upperBound(first);
    if (run != m_known.begin() && std::prev(run).key() + std::prev(run).value().size() > first)
        --run;
    while (run != m_known.end() && run.key() <= last) {
        m_knownCount -= int(run.value().size());
        run = m_known.erase(run);
    }
    m_known.insert(first, ids);
    m_knownCount += int(ids.size());
}

qint64 RecommendationTableModel::idAt(int row) const
{
    if (row < 0 || row >= m_count)
        return 0;
    if (!m_transition.active()) {
        if (const qint64 id = cachedIdAt(row))
            return id;
    }
    const ListedRecommendation *listed = rowAt(row);
    return listed ? listed->summary.id : 0;
}

int RecommendationTableModel::rowOf(qint64 id) const
{
    const QHash<qint64, int> rows = rowsOf({id});
    return rows.value(id, -1);
}

QHash<qint64, int> RecommendationTableModel::rowsOf(const QList<qint64> &ids) const
{
    QHash<qint64, int> rows = cachedRowsOf(ids);
    QList<qint64> missing;
    for (qint64 id : ids) {
        if (!rows.contains(id))
            missing << id;
    }
    if (missing.isEmpty())
        return rows;
    const std::optional<QHash<qint64, int>> ranks = m_listing.ranksOf(missing, m_filter, m_sortKey, m_sortOrder);
    if (!ranks) {
        failed();
        return rows;
    }
    for (auto rank = ranks->cbegin(); rank != ranks->cend(); ++rank) {
        rows.insert(rank.key(), rank.value());
        remember(rank.value(), {rank.key()});
    }
    return rows;
}

QList<qint64> RecommendationTableModel::idsInRows(int first, int last) const
{
    first = std::max(first, 0);
    last = std::min(last, m_count - 1);
    if (first > last)
        return {};
    QList<qint64> ids;
    ids.reserve(last - first + 1);
    for (int row = first; row <= last; ++row) {
        const qint64 id = cachedIdAt(row);
        if (id == 0)
            break;
        ids << id;
    }
    if (ids.size() == last - first + 1)
        return ids;
    const std::optional<QList<qint64>> read =
        m_listing.idsInRange(m_filter, m_sortKey, m_sortOrder, first, last - first + 1, m_total);
    if (!read) {
        failed();
        return {};
    }
    // The ids a selection reads are those its next edit names: knowing their
    // rows lets that edit move just them.
    remember(first, *read);
    return *read;
}

// --- Edits -----------------------------------------------------------------

void RecommendationTableModel::applyEdit(Edit edit, const QList<qint64> &ids)
{
    const int oldCount = m_count;
    const std::optional<int> newCount = m_listing.count(m_filter);
    if (newCount && edit == Edit::Added && ids.size() > addedRecordsPlaced) {
        beginResetModel();
        m_count = m_total = *newCount;
        forgetCachedRows();
        m_known.clear();
        m_knownCount = 0;
        endResetModel();
        return;
    }
    std::optional<QHash<qint64, int>> newRowOf = QHash<qint64, int>();
    if (newCount && edit != Edit::Removed)
        newRowOf = m_listing.ranksOf(ids, m_filter, m_sortKey, m_sortOrder);
    if (!newCount || !newRowOf) {
        failed();
        forgetCachedRows();
        return;
    }
    m_total = *newCount;
    // Where the named records were, as far as the cached pages and the known
    // ids tell. The counts agree only if that is all of them that were
    // shown: each one missed would leave one row too many.
    const QHash<qint64, int> oldRowOf = edit == Edit::Added ? QHash<qint64, int>() : cachedRowsOf(ids);
    const QList<int> oldRows = sortedValues(oldRowOf);
    const QList<int> newRows = sortedValues(*newRowOf);
    const bool complete = oldCount - oldRows.size() + newRows.size() == *newCount;
    // BM25 weighs every match against all the others, so an edit can reorder
    // records it does not name; they are followed by id instead.
    const bool othersMayMove = m_searching && m_sortKey == RecommendationSortKey::Relevance;
    if (!complete || othersMayMove) {
        QHash<int, qint64> idsBefore;
        for (auto page = m_pages.cbegin(); page != m_pages.cend(); ++page) {
            for (int i = 0; i < page->rows.size(); ++i)
                idsBefore.insert(page.key() * pageSize + i, page->rows.at(i).summary.id);
        }
        for (auto run = m_known.cbegin(); run != m_known.cend(); ++run) {
            for (int i = 0; i < run.value().size(); ++i)
                idsBefore.insert(run.key() + i, run.value().at(i));
        }
        forgetCachedRows();
        relayoutByIds(idsBefore, *newCount);
        return;
    }

    QHash<int, qint64> idAtOldRow;
    for (auto row = oldRowOf.cbegin(); row != oldRowOf.cend(); ++row)
        idAtOldRow.insert(row.value(), row.key());
    const QMap<int, QList<qint64>> knownBefore = m_known;
    forgetCachedRows();

    bool moved = true;
    if (edit == Edit::Changed && oldRows == newRows) {
        moved = false;
        for (auto row = newRowOf->cbegin(); row != newRowOf->cend(); ++row)
            moved = moved || oldRowOf.value(row.key(), -1) != row.value();
    }
    if (!moved) {
        if (newRows.size() <= rowsRepaintedOneByOne) {
            for (int row : newRows)
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        } else if (!newRows.isEmpty()) {
            emit dataChanged(index(newRows.first(), 0), index(newRows.last(), ColumnCount - 1));
        }
        return;
    }
    if (edit == Edit::Added && runsOf(newRows).size() <= maxAnnouncedRuns) {
        m_transition.pending = newRows;
        for (const auto &run : runsOf(newRows)) {
            beginInsertRows(QModelIndex(), run.first, run.second);
            m_transition.pending.remove(0, run.second - run.first + 1);
            m_count += run.second - run.first + 1;
            endInsertRows();
        }
    } else if (edit == Edit::Removed && runsOf(oldRows).size() <= maxAnnouncedRuns) {
        m_transition.ghosts = oldRows;
        const QList<QPair<int, int>> runs = runsOf(oldRows);
        for (auto run = runs.crbegin(); run != runs.crend(); ++run) {
            beginRemoveRows(QModelIndex(), run->first, run->second);
            m_transition.ghosts.resize(m_transition.ghosts.size() - (run->second - run->first + 1));
            m_count -= run->second - run->first + 1;
            endRemoveRows();
        }
    } else {
        relayout(*newCount, [&](const QModelIndex &from) {
            int row = from.row();
            if (row >= oldCount)
                row = row < *newCount ? row : -1; // a row just added at the end
            else if (idAtOldRow.contains(row))
                row = newRowOf->value(idAtOldRow.value(row), -1);
            else
                row = carriedRow(row, oldRows, newRows);
            return row >= 0 ? createIndex(row, from.column()) : QModelIndex();
        });
    }

    // What was known stays known, at the rows the edit moved it to.
    m_known.clear();
    m_knownCount = 0;
    QList<QPair<int, qint64>> known;
    for (auto run = knownBefore.cbegin(); run != knownBefore.cend(); ++run) {
        for (int i = 0; i < run.value().size(); ++i) {
            const int row = run.key() + i;
            if (!idAtOldRow.contains(row) && row < oldCount)
                known.append({carriedRow(row, oldRows, newRows), run.value().at(i)});
        }
    }
    for (auto row = newRowOf->cbegin(); row != newRowOf->cend(); ++row)
        known.append({row.value(), row.key()});
    std::sort(known.begin(), known.end());
    for (qsizetype i = 0; i < known.size();) {
        QList<qint64> run{known.at(i).second};
        qsizetype next = i + 1;
        while (next < known.size() && known.at(next).first == known.at(i).first + (next - i))
            run << known.at(next++).second;
        remember(known.at(i).first, run);
        i = next;
    }
}

void RecommendationTableModel::relayout(int newCount, const std::function<QModelIndex(const QModelIndex &)> &carry)
{
    // Rows only come and go at the end, so that during the layout change
    // every old and every new row exists; the records move inside it.
    if (newCount > m_count) {
        beginInsertRows(QModelIndex(), m_count, newCount - 1);
        m_count = newCount;
        endInsertRows();
    }
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &index : from)
        to << carry(index);
    changePersistentIndexList(from, to);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    if (newCount < m_count) {
        beginRemoveRows(QModelIndex(), newCount, m_count - 1);
        m_count = newCount;
        endRemoveRows();
    }
}

void RecommendationTableModel::relayoutByIds(const QHash<int, qint64> &idsBefore, int newCount)
{
    m_known.clear();
    m_knownCount = 0;
    QHash<qint64, int> ranks;
    bool ranked = false;
    relayout(newCount, [&](const QModelIndex &from) {
        if (!ranked) {
            // Ranked once the layout change has begun: the selection model
            // only then turns its ranges into one persistent index per row.
            QList<qint64> ids;
            for (const QModelIndex &index : persistentIndexList()) {
                if (const qint64 id = idsBefore.value(index.row()))
                    ids << id;
            }
            if (const auto found = m_listing.ranksOf(ids, m_filter, m_sortKey, m_sortOrder))
                ranks = *found;
            else
                failed();
            for (auto rank = ranks.cbegin(); rank != ranks.cend(); ++rank)
                remember(rank.value(), {rank.key()});
            ranked = true;
        }
        // A row whose record is unknown stays where it is, as far as it can.
        const qint64 id = idsBefore.value(from.row());
        const int row = id ? ranks.value(id, -1) : (from.row() < newCount ? from.row() : -1);
        return row >= 0 ? createIndex(row, from.column()) : QModelIndex();
    });
}

// --- Sorting ---------------------------------------------------------------

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
    case RelevanceColumn: return RecommendationSortKey::Relevance;
    }
    return RecommendationSortKey::Id;
}

int RecommendationTableModel::columnOf(RecommendationSortKey key)
{
    for (int column = 0; column < ColumnCount; ++column) {
        if (sortKeyFor(column) == key)
            return column;
    }
    return -1;
}

void RecommendationTableModel::sort(int column, Qt::SortOrder order)
{
    const RecommendationSortKey key = column < 0 ? RecommendationSortKey::Id : sortKeyFor(column);
    const RecommendationOrder before = RecommendationOrder::effective(m_sortKey, m_sortOrder, m_searching);
    const RecommendationOrder after = RecommendationOrder::effective(key, order, m_searching);
    if (before == after) {
        // Relevance chosen with no search yet (or given up): the same rows.
        m_sortKey = key;
        m_sortOrder = order;
        return;
    }
    // Same rows, new order: a layout change that keeps every persistent
    // index (the selection, expanded to one index per row by now) on its
    // record. The rows' ids are read in the old order, ranked in the new.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    QList<int> unknownRows;
    QHash<int, qint64> idAtRow;
    for (const QModelIndex &index : from) {
        if (idAtRow.contains(index.row()))
            continue;
        const qint64 id = cachedIdAt(index.row());
        idAtRow.insert(index.row(), id);
        if (id == 0)
            unknownRows << index.row();
    }
    std::sort(unknownRows.begin(), unknownRows.end());
    for (const auto &run : runsOf(unknownRows)) {
        const QList<qint64> ids = m_listing.idsInRange(m_filter, m_sortKey, m_sortOrder, run.first,
                                                       run.second - run.first + 1, m_total)
                                      .value_or(QList<qint64>());
        for (int i = 0; i < ids.size(); ++i)
            idAtRow.insert(run.first + i, ids.at(i));
    }
    m_sortKey = key;
    m_sortOrder = order;
    forgetCachedRows();
    m_known.clear();
    m_knownCount = 0;
    QList<qint64> ids;
    for (qint64 id : std::as_const(idAtRow)) {
        if (id)
            ids << id;
    }
    const std::optional<QHash<qint64, int>> ranks = m_listing.ranksOf(ids, m_filter, m_sortKey, m_sortOrder);
    if (!ranks)
        failed();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &index : from) {
        const int row = ranks ? ranks->value(idAtRow.value(index.row()), -1) : -1;
        to << (row >= 0 ? createIndex(row, index.column()) : createIndex(index.row(), index.column()));
    }
    changePersistentIndexList(from, to);
    if (ranks) {
        for (auto rank = ranks->cbegin(); rank != ranks->cend(); ++rank)
            remember(rank.value(), {rank.key()});
    }
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

// --- Presentation ------------------------------------------------------------

int RecommendationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int RecommendationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<double> RecommendationTableModel::relevanceAt(int row) const
{
    if (!m_searching || row < 0 || row >= m_count || m_transition.active())
        return std::nullopt;
    const ListedRecommendation *listed = rowAt(row);
    if (listed && !listed->relevance && !m_pages.value(row / pageSize).relevanceLoaded)
        scheduleRelevance(); // sorted by something else: the page has no scores yet
    return listed ? listed->relevance : std::nullopt;
}

void RecommendationTableModel::scheduleRelevance() const
{
    // Scoring waits until the rows are on screen: a filter change shows its
    // rows at once, their relevance follows from the event loop.
    if (m_relevanceScheduled)
        return;
    m_relevanceScheduled = true;
    QMetaObject::invokeMethod(const_cast<RecommendationTableModel *>(this),
                              [this] { const_cast<RecommendationTableModel *>(this)->loadRelevance(); },
                              Qt::QueuedConnection);
}

void RecommendationTableModel::loadRelevance()
{
    m_relevanceScheduled = false;
    if (!m_searching)
        return;
    if (!m_bestRelevance) {
        const std::optional<double> best = m_listing.bestRelevance(m_filter);
        if (!best) {
            failed();
            return;
        }
        m_bestRelevance = *best;
    }
    for (auto page = m_pages.begin(); page != m_pages.end(); ++page) {
        if (page->relevanceLoaded || page->rows.isEmpty() || page->rows.first().relevance)
            continue;
        page->relevanceLoaded = true;
        QList<qint64> ids;
        for (const ListedRecommendation &row : std::as_const(page->rows))
            ids << row.summary.id;
        const std::optional<QHash<qint64, double>> scores = m_listing.relevanceOf(ids, m_filter);
        if (!scores) {
            failed();
            return;
        }
        for (ListedRecommendation &row : page->rows) {
            if (scores->contains(row.summary.id))
                row.relevance = scores->value(row.summary.id);
        }
    }
    // Every shown cell of the column may have waited for the best match.
    if (m_count > 0)
        emit dataChanged(index(0, RelevanceColumn), index(m_count - 1, RelevanceColumn));
}

QVariant RecommendationTableModel::relevanceText(int row) const
{
    const std::optional<double> relevance = relevanceAt(row);
    if (!relevance)
        return QVariant();
    if (!m_bestRelevance) {
        // Sorted best first, the best match is at hand; otherwise it is
        // looked up once per filter and edit, after the first screen.
        if (m_sortKey == RecommendationSortKey::Relevance && m_sortOrder == Qt::DescendingOrder
            && m_pages.contains(0)) {
            m_bestRelevance = relevanceAt(0);
        } else {
            scheduleRelevance();
            return QVariant();
        }
    }
    return relevanceText(*relevance, *m_bestRelevance);
}

QString RecommendationTableModel::relevanceText(double relevance, double best)
{
    // A share of the best match, which is what a reader can compare: BM25
    // scores themselves have no scale.
    const int percent = best > 0 ? int(std::lround(100 * relevance / best)) : 0;
    return QLocale().toString(std::clamp(percent, 0, 100)) + QLocale().percent();
}

QString RecommendationTableModel::displayText(const RecommendationSummary &summary, int column)
{
    switch (column) {
    case SymbolColumn: return summary.symbol;
    case ParagraphColumn: return summary.paragraph;
    case MechanismColumn: {
        const Mechanism *mechanism = MechanismCatalog::find(summary.mechanism);
        return mechanism ? mechanism->abbreviation() : summary.mechanism;
    }
    case DateColumn: return formatDate(summary.documentDate);
    case StateColumn: return summary.stateUnderReview;
    case RecommendedByColumn: return summary.recommendedBy.join(QStringLiteral("; "));
    case ThemesColumn: return summary.themes.join(QStringLiteral("; "));
    case StatusColumn: return StatusInfo::label(summary.status);
    case DueDateColumn: return formatDate(summary.dueDate);
    default: return QString();
    }
}

QVariant RecommendationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    if (role == IdRole)
        return idAt(index.row());
    if (index.column() == RelevanceColumn) {
        switch (role) {
        case Qt::DisplayRole: return relevanceText(index.row());
        case RelevanceRole: {
            const std::optional<double> relevance = relevanceAt(index.row());
            return relevance ? QVariant(*relevance) : QVariant();
        }
        case Qt::TextAlignmentRole: return int(Qt::AlignRight | Qt::AlignVCenter);
        default: break;
        }
    }
    const ListedRecommendation *listed = rowAt(index.row());
    if (!listed)
        return QVariant();
    const RecommendationSummary *summary = &listed->summary;
    switch (role) {
    case Qt::DisplayRole: return displayText(*summary, index.column());
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
    if (orientation == Qt::Horizontal && section == RelevanceColumn && role == Qt::ToolTipRole)
        return tr("How well the text, symbol and paragraph match the search words, as a share of the best match");
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
    case RelevanceColumn: return tr("Relevance");
    }
    return QVariant();
}
