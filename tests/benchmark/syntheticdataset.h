#pragma once
// A realistic synthetic set of recommendations for benchmarks, the same for
// the same seed and reference date: every mechanism of the catalogue with the
// UPR weighted as in real data, all UN member states (Kazakhstan more often,
// with some Russian and Kazakh texts), UPR sessions, cycles, report symbols
// and dates as the calendar has them, treaty body concluding observations,
// themes, recommending states, and one to four dated status changes after the
// document date. Records come one at a time, so any number fits in memory.
// No two records are the same recommendation for the import's duplicate
// check, so importing N of them adds N.
#include "recommendationrecord.h"
#include "syntheticrandom.h"

#include <QDate>
#include <QHash>
#include <QSet>

class SyntheticDataset
{
public:
    // Raised whenever the records a seed gives change, so that cached
    // datasets are made again.
    static constexpr int version = 1;

    enum class Scope {
        AllMechanisms,
        UprOnly, // what the UPR Info database holds
    };

    // asOf: the "today" of the data (no date after it); from earliestAsOf() on.
    SyntheticDataset(quint64 seed, Scope scope, const QDate &asOf);

    // Every state has had its first review by then (session 12 ended in October 2011).
    static QDate earliestAsOf();

    RecommendationRecord next();

private:
    struct Document {
        QString symbol;
        QString paragraph;
        QDate date;
        int uprSession = 0;
    };

    QString chooseMechanism();
    int chooseState();
    int periodicReviewSession(int state);
    Document periodicReviewDocument(int state, int session);
    Document treatyBodyDocument(int state, const QString &mechanism);
    QStringList recommendingStates(int state);
    QString nextParagraph(const QString &symbol, int first, int step);

    SyntheticRandom m_random;
    Scope m_scope;
    QDate m_asOf;
    int m_kazakhstan = -1;
    QSet<quint64> m_identities;          // of the records given so far
    QHash<QString, int> m_paragraphs;    // per document: paragraphs given so far
};
