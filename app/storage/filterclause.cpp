#include "filterclause.h"

#include "recommendationlists.h"
#include "sqlitestatement.h"
#include "yearendstatuses.h"

namespace {

QString listMembership(RecommendationList list)
{
    const QString table = RecommendationLists::vocabularyTable(list);
    return QStringLiteral("r.id IN (SELECT l.recommendation_id FROM recommendation_%1 l "
                          "JOIN %1 v ON v.id = l.%1_id WHERE v.name = ?)")
        .arg(table);
}

} // namespace

QString FilterClause::fullTextQuery(const QString &searchText)
{
    // unicode61 splits on everything that is not a letter or a digit; doing the
    // same here means each token is a plain word and a double quote can never
    // reach FTS5's query syntax. Tokens joined by punctuation within one typed
    // word ("A/HRC/14", "CCPR/C/KAZ") are a phrase, as they stand in the text:
    // a symbol finds itself, not every record with an "a" in it, and the
    // query stays fast. The last token of each word is a prefix, so "tortur"
    // finds "torture" and "tortured".
    QStringList terms;
    QStringList tokens;
    QString token;
    auto endToken = [&] {
        if (!token.isEmpty())
            tokens << token;
        token.clear();
    };
    auto endWord = [&] {
        endToken();
        if (!tokens.isEmpty())
            terms << QStringLiteral("\"%1\"*").arg(tokens.join(QLatin1Char(' ')));
        tokens.clear();
    };
    for (const QChar c : searchText) {
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing)
            token += c;
        else if (c.isSpace())
            endWord();
        else
            endToken();
    }
    endWord();
    return terms.join(QLatin1Char(' '));
}

FilterClause::Table FilterClause::cheaperToCount(const RecommendationFilter &filter)
{
    const auto given = [](const QString &text) { return !text.trimmed().isEmpty(); };
    bool membership = given(filter.theme) || given(filter.recommendedBy) || given(filter.institution)
                      || !fullTextQuery(filter.searchText).isEmpty() || !filter.statusesOnDates.isEmpty();
    for (const QString &theme : filter.alsoThemes)
        membership = membership || given(theme);
    const int indexedConditions = int(!filter.mechanisms.isEmpty()) + int(given(filter.stateUnderReview))
                                  + int(!filter.statuses.isEmpty()) + int(filter.yearFrom > 0 || filter.yearTo > 0);
    return membership || indexedConditions > 1 ? Table::Statistics : Table::Recommendation;
}

FilterClause FilterClause::build(const RecommendationFilter &filter, Table table)
{
    FilterClause clause;
    QStringList conditions;
    if (!filter.mechanisms.isEmpty()) {
        conditions << QStringLiteral("r.mechanism IN (%1)").arg(SqliteStatement::placeholders(filter.mechanisms.size()));
        for (const QString &mechanism : filter.mechanisms)
            clause.bindings << mechanism;
    }
    if (!filter.stateUnderReview.trimmed().isEmpty()) {
        conditions << QStringLiteral("r.state_under_review = ? COLLATE NOCASE");
        clause.bindings << filter.stateUnderReview.simplified();
    }
    if (!filter.statuses.isEmpty()) {
        conditions << QStringLiteral("r.current_status IN (%1)").arg(SqliteStatement::placeholders(filter.statuses.size()));
        for (Status status : filter.statuses)
            clause.bindings << StatusInfo::key(status);
    }
    for (const StatusOnDate &onDate : filter.statusesOnDates) {
        if (!onDate.date.isValid())
            continue;
        // As it stood at the end of that day: the latest entry effective by then
        // (the later recorded on a tie, as for the current status), or pending
        // when there is none; and only records issued by then.
        const QString day = onDate.date.toString(Qt::ISODate);
        conditions << QStringLiteral("r.document_date <= ?");
        clause.bindings << day;
        if (!onDate.statuses.isEmpty() && onDate.date.month() == 12 && onDate.date.day() == 31) {
            // On 31 December (what a click on the progress chart asks) the
            // year-end statuses kept with the record answer without reading
            // the history. The year is a number of ours, not text the user
            // typed, so it is written into the SQL.
            const QString year = QString::number(onDate.date.year());
            const QString letter = table == Table::Statistics
                ? YearEndStatuses::Sql::letterAtYearEnd(QStringLiteral("r.year_end_statuses"), year)
                : QStringLiteral("(SELECT %1 FROM recommendation_statistics y WHERE y.id = r.id)")
                      .arg(YearEndStatuses::Sql::letterAtYearEnd(QStringLiteral("y.year_end_statuses"), year));
            conditions << QStringLiteral("%1 IN (%2)").arg(letter, SqliteStatement::placeholders(onDate.statuses.size()));
            for (Status status : onDate.statuses)
                clause.bindings << QString(QChar::fromLatin1(YearEndStatuses::letter(status)));
        } else if (!onDate.statuses.isEmpty()) {
            const QString fromHistory = QStringLiteral("coalesce((SELECT s.status FROM status_change s "
                                                       "WHERE s.recommendation_id = r.id AND s.effective_date <= ? "
                                                       "ORDER BY s.effective_date DESC, s.recorded_at DESC, s.id DESC "
                                                       "LIMIT 1), 'pending')");
            clause.bindings << day;
            if (table == Table::Statistics) {
                // The history is read only for records with entries both
                // before and after that year.
                conditions << QStringLiteral("%1 IN (%2)")
                                  .arg(YearEndStatuses::Sql::letterOnDay(
                                           QStringLiteral("r.year_end_statuses"), QString::number(onDate.date.year()),
                                           YearEndStatuses::Sql::letterOf(fromHistory)),
                                       SqliteStatement::placeholders(onDate.statuses.size()));
                for (Status status : onDate.statuses)
                    clause.bindings << QString(QChar::fromLatin1(YearEndStatuses::letter(status)));
            } else {
                conditions << QStringLiteral("%1 IN (%2)").arg(fromHistory, SqliteStatement::placeholders(onDate.statuses.size()));
                for (Status status : onDate.statuses)
                    clause.bindings << StatusInfo::key(status);
            }
        }
    }
    if (filter.yearFrom > 0) {
        conditions << QStringLiteral("r.document_date >= ?");
        clause.bindings << QStringLiteral("%1-01-01").arg(filter.yearFrom, 4, 10, QLatin1Char('0'));
    }
    if (filter.yearTo > 0) {
        conditions << QStringLiteral("r.document_date <= ?");
        clause.bindings << QStringLiteral("%1-12-31").arg(filter.yearTo, 4, 10, QLatin1Char('0'));
    }
    const QList<QPair<RecommendationList, QString>> listFilters{
        {RecommendationList::Themes, filter.theme},
        {RecommendationList::RecommendingStates, filter.recommendedBy},
        {RecommendationList::Institutions, filter.institution},
    };
    for (const QString &theme : filter.alsoThemes) {
        if (!theme.trimmed().isEmpty()) {
            conditions << listMembership(RecommendationList::Themes);
            clause.bindings << theme.simplified();
        }
    }
    for (const auto &listFilter : listFilters) {
        if (listFilter.second.trimmed().isEmpty())
            continue;
        conditions << listMembership(listFilter.first);
        clause.bindings << listFilter.second.simplified();
    }
    const QString fullText = fullTextQuery(filter.searchText);
    if (!fullText.isEmpty()) {
        conditions << QStringLiteral("r.id IN (SELECT rowid FROM recommendation_search "
                                     "WHERE recommendation_search MATCH ?)");
        clause.bindings << fullText;
    }
    if (!conditions.isEmpty())
        clause.where = QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "));
    return clause;
}
