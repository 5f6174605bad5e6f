#include "statuswords.h"

#include <QHash>

namespace {

// Lower case, with "_", "-" and runs of spaces made one space, and the
// parentheses of our own labels dropped: "Accepted (supported)" reads as
// "accepted supported". (A loop rather than a regular expression: this runs
// for every row of an import.)
QString simplified(const QString &word)
{
    QString text = word.toLower();
    for (QChar &c : text) {
        switch (c.unicode()) {
        case u'_': case u'-': case u'(': case u')': case u'/': case u',': case u'.': c = u' '; break;
        default: break;
        }
    }
    return text.simplified();
}

const QHash<QString, StatusWords::Reading> &words()
{
    using S = Status;
    static const QHash<QString, StatusWords::Reading> table{
        {QStringLiteral("pending"), {S::Pending, false}},
        {QStringLiteral("no response"), {S::Pending, false}},
        {QStringLiteral("awaiting response"), {S::Pending, false}},
        {QStringLiteral("accepted"), {S::Accepted, false}},
        {QStringLiteral("accept"), {S::Accepted, false}},
        {QStringLiteral("supported"), {S::Accepted, false}},
        {QStringLiteral("support"), {S::Accepted, false}},
        {QStringLiteral("accepted supported"), {S::Accepted, false}},
        {QStringLiteral("supported in part"), {S::Accepted, true}},
        {QStringLiteral("partially supported"), {S::Accepted, true}},
        {QStringLiteral("partially accepted"), {S::Accepted, true}},
        {QStringLiteral("accepted in part"), {S::Accepted, true}},
        {QStringLiteral("rejected"), {S::Rejected, false}},
        {QStringLiteral("reject"), {S::Rejected, false}},
        {QStringLiteral("noted"), {S::Rejected, false}},
        {QStringLiteral("note"), {S::Rejected, false}},
        {QStringLiteral("not accepted"), {S::Rejected, false}},
        {QStringLiteral("not supported"), {S::Rejected, false}},
        {QStringLiteral("rejected noted"), {S::Rejected, false}},
        {QStringLiteral("partially implemented"), {S::PartiallyImplemented, false}},
        {QStringLiteral("implemented"), {S::Implemented, false}},
        {QStringLiteral("fully implemented"), {S::Implemented, false}},
    };
    return table;
}

} // namespace

namespace StatusWords {

std::optional<Reading> read(const QString &word)
{
    const QString key = simplified(word);
    if (key.isEmpty())
        return std::nullopt;
    const auto found = words().constFind(key);
    if (found == words().cend())
        return std::nullopt;
    return *found;
}

QString known()
{
    return QStringLiteral("pending, accepted/supported, rejected/noted, partially implemented, implemented");
}

QString userKey(const QString &word)
{
    return word.simplified().toLower();
}

} // namespace StatusWords
