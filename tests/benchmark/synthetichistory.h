#pragma once
// A recommendation's status history as it typically unfolds: the state's
// response (supported or noted for the UPR, within months; for a treaty
// body often pending first), then, year after year, progress towards
// implementation, and now and then a step back. One to four entries, each
// dated after the document and after the one before, none after asOf.
#include "recommendation.h"
#include "statuschange.h"

#include <QDate>
#include <QList>

class SyntheticRandom;

namespace SyntheticHistory {
QList<StatusChange> draw(SyntheticRandom &random, const Recommendation &recommendation, const QDate &asOf);
}
