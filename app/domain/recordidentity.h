#pragma once
// When two recommendations are the same one, so that importing a file twice
// adds nothing: the document symbol and paragraph where both are known,
// otherwise the text (normalised) with the state under review, the
// recommending states and the UPR session.
#include "recommendation.h"

#include <QString>
#include <QStringList>

namespace RecordIdentity {
// A key equal for the same recommendation however it was typed: case,
// accents kept but spacing and punctuation runs normalised.
QString keyOf(const QString &symbol, const QString &paragraph, const QString &text, const QString &stateUnderReview,
              const QStringList &recommendedBy, int uprSession);
QString keyOf(const Recommendation &recommendation);
// keyOf(recommendation) written into *key, reusing its capacity: an import
// makes a key for each of its rows only to hash it and look it up.
void writeKey(const Recommendation &recommendation, QString *key);
}
