#pragma once
// Reads and writes recommendations and their status history. Every method
// reports failure by its return value and leaves a translated sentence in
// lastError(); multi-table writes run in their own (nestable) transaction, so
// a failed call changes nothing.
#include "recommendation.h"
#include "recommendationfilter.h"
#include "recommendationlists.h"
#include "recommendationsort.h"
#include "statuschange.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <optional>

class Database;

class RecommendationRepository
{
    Q_DECLARE_TR_FUNCTIONS(RecommendationRepository)

public:
    explicit RecommendationRepository(Database &database);

    QString lastError() const; // of the last failed call on the calling thread
    Database &database() const { return m_database; }

    // Records. insert() assigns a new id unless the record carries one (undo
    // of a delete puts a record back under its old id).
    std::optional<qint64> insert(const Recommendation &recommendation);
    bool update(const Recommendation &recommendation);
    bool remove(qint64 id);
    std::optional<Recommendation> find(qint64 id);
    bool exists(qint64 id);

    // Status history, oldest effective date first (ties in recording order).
    QList<StatusChange> history(qint64 recommendationId);
    // Appends one entry; fills recordedAt with the current time when it is
    // not set. Like insert(), keeps a given id.
    std::optional<qint64> appendStatusChange(const StatusChange &change);
    bool removeStatusChange(qint64 changeId);
    std::optional<Status> currentStatus(qint64 recommendationId);

    // Listing.
    QList<qint64> matchingIds(const RecommendationFilter &filter,
                              RecommendationSortKey sortKey = RecommendationSortKey::Id,
                              Qt::SortOrder order = Qt::AscendingOrder);
    std::optional<int> count(const RecommendationFilter &filter);
    // Summaries of the given records, in the order of the ids; ids that no
    // longer exist are left out.
    QList<RecommendationSummary> summaries(const QList<qint64> &ids);
    // Every distinct value in use, for filter choices and completion.
    QStringList distinctValues(RecommendationList list);
    QStringList statesUnderReview();
    std::optional<int> totalCount();

private:
    bool writeLists(qint64 id, const Recommendation &recommendation);
    bool fail(const QString &message);

    Database &m_database;
    // An edit's work runs on a worker thread while the window's reads go on
    // through the same repository, so each thread has its own last error:
    // a call and the lastError() after it always agree.
    mutable QMutex m_errorMutex;
    QHash<Qt::HANDLE, QString> m_lastError;
};
