#pragma once
// What an analyst adds to a recommendation beyond its text: sometimes a
// further theme, the persons affected and the Sustainable Development Goals
// its themes point to, responsible institutions, and for treaty body
// follow-up paragraphs a due date a year on.
#include "recommendation.h"

class SyntheticRandom;

namespace SyntheticClassification {
// Completes recommendation, whose mechanism, document date and themes are set.
void classify(SyntheticRandom &random, Recommendation &recommendation);
}
