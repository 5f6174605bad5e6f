#include "recordidentity.h"

namespace {

// Lower case, every run of characters that are not letters or digits made a
// single space: "Ratify the OP-CAT." and "ratify the OP CAT" are one text.
QString normalised(const QString &text)
{
    QString result;
    result.reserve(text.size());
    bool gap = false;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            if (gap && !result.isEmpty())
                result += QLatin1Char(' ');
            result += c.toLower();
            gap = false;
        } else {
            gap = true;
        }
    }
    return result;
}

} // namespace

namespace RecordIdentity {

QString keyOf(const QString &symbol, const QString &paragraph, const QString &text, const QString &stateUnderReview,
              const QStringList &recommendedBy, int uprSession)
{
    // The unit separator cannot occur in normalised text, so parts never run together.
    const QChar separator(0x1F);
    if (!symbol.trimmed().isEmpty() && !paragraph.trimmed().isEmpty())
        return QStringLiteral("doc") + separator + normalised(symbol) + separator + normalised(paragraph);
    QStringList states;
    for (const QString &state : recommendedBy)
        states << normalised(state);
    states.sort();
    return QStringLiteral("text") + separator + normalised(text) + separator + normalised(stateUnderReview) + separator
        + states.join(QLatin1Char(',')) + separator + QString::number(uprSession);
}

QString keyOf(const Recommendation &recommendation)
{
    return keyOf(recommendation.symbol, recommendation.paragraph, recommendation.text,
                 recommendation.stateUnderReview, recommendation.recommendedBy, recommendation.uprSession);
}

} // namespace RecordIdentity
