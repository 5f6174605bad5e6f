#pragma once
// The JSON form of recommendations: the format of `rectracker list --json`,
// of the bundled sample, and of the full export. Field names are stable and
// snake_case; dates are ISO (YYYY-MM-DD), absent values null.
#include "recommendationrecord.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <optional>

class RecommendationJson
{
    Q_DECLARE_TR_FUNCTIONS(RecommendationJson)

public:
    // A record's fields, with "id" when it has one, "status" when given, and
    // "history" when includeHistory is set.
    static QJsonObject toJson(const RecommendationRecord &record, std::optional<Status> status,
                              bool includeHistory);
    // Reads one record; on a missing or malformed field fills *error with a
    // sentence naming the field and returns nothing.
    static std::optional<RecommendationRecord> fromJson(const QJsonObject &object, QString *error);

    struct Document {
        QString label;
        QList<RecommendationRecord> records;
    };
    // A whole file {"format": "rectracker-recommendations", "recommendations": [...]}.
    static std::optional<Document> readDocument(const QByteArray &bytes, QString *error);
};
