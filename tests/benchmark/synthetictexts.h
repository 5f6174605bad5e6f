#pragma once
// Recommendation texts that read like the real ones: an operative phrase
// ("take effective measures to prevent torture ...") in the voice of the
// mechanism ("The State party should ..."), extended by the clauses UN
// bodies add, 80 to 600 characters, with the themes (UPR Info issue names)
// the phrase is about. Word families vary (torture, tortured; discrimination,
// discriminatory) so that searching by the beginning of a word means
// something. A small share is written in Russian or Kazakh.
#include <QString>
#include <QStringList>

class SyntheticRandom;

struct SyntheticText {
    QString text;
    QStringList themes;
};

namespace SyntheticTexts {

enum class Language { English, Russian, Kazakh };
enum class Voice { PeriodicReview, TreatyBody, SpecialProcedure, Other };

SyntheticText compose(SyntheticRandom &random, Language language, Voice voice);
// Every theme a text can be given, in UPR Info's words.
const QStringList &themeVocabulary();

} // namespace SyntheticTexts
