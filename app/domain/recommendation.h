#pragma once
// A recommendation as analysts record it: who issued it (mechanism, document,
// paragraph), to whom, what it says, and how it is classified. Its status is
// not a field here: it follows from the status history (see StatusChange).
#include "status.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

struct Recommendation {
    Q_DECLARE_TR_FUNCTIONS(Recommendation)

public:
    qint64 id = 0;                 // 0 until stored
    QString mechanism;             // a MechanismCatalog key
    QString stateUnderReview;
    QString symbol;                // document symbol, e.g. "A/HRC/14/10"
    QString paragraph;             // e.g. "97.1"
    QString text;
    int uprCycle = 0;              // 0 when not a UPR recommendation or unknown
    int uprSession = 0;
    QDate documentDate;
    QStringList recommendedBy;     // recommending states (UPR)
    QStringList themes;
    QStringList affectedPersons;
    QList<int> sdgs;               // Sustainable Development Goals, 1..17
    QStringList institutions;      // responsible national institutions
    QDate dueDate;
    QString notes;

    // Problems that make the record unfit to store, as translated sentences;
    // empty when the record is valid.
    QStringList validationErrors() const;

    // Same record content, ignoring the id.
    bool sameContent(const Recommendation &other) const;
};

// A recommendation together with its current status, as the table shows it.
struct RecommendationSummary {
    qint64 id = 0;
    QString mechanism;
    QString stateUnderReview;
    QString symbol;
    QString paragraph;
    QString text;
    QDate documentDate;
    QStringList recommendedBy;
    QStringList themes;
    Status status = Status::Pending;
    QDate dueDate;
};
