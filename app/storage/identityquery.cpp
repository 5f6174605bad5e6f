#include "identityquery.h"

#include "database.h"
#include "recordidentity.h"
#include "sqlstatement.h"

#include <QSqlQuery>

namespace IdentityQuery {

std::optional<QSet<QString>> storedKeys(Database &database, QString *error)
{
    // The recommending states come joined by a separator no name holds (the
    // unit separator), one row per record, rather than one query per record.
    QSqlQuery query(SqlStatement::connection(database.connectionName()));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT r.symbol, r.paragraph, r.text, r.state_under_review, coalesce(r.upr_session, 0), "
        "(SELECT group_concat(v.name, char(31)) FROM recommendation_recommending_state l "
        " JOIN recommending_state v ON v.id = l.recommending_state_id WHERE l.recommendation_id = r.id) "
        "FROM recommendation r"));
    if (!SqlStatement::exec(query, error))
        return std::nullopt;
    QSet<QString> keys;
    while (query.next()) {
        const QString states = query.value(5).toString();
        keys.insert(RecordIdentity::keyOf(query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                          query.value(3).toString(),
                                          states.isEmpty() ? QStringList() : states.split(QChar(0x1F)),
                                          query.value(4).toInt()));
    }
    return keys;
}

} // namespace IdentityQuery
