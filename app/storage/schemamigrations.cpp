#include "schemamigrations.h"

#include "database.h"
#include "mechanism.h"
#include "sqlstatement.h"
#include "transaction.h"
#include "uprcalendar.h"
#include "yearendstatuses.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

namespace {

bool runAll(const QSqlDatabase &db, const QStringList &statements, QString *error)
{
    for (const QString &sql : statements) {
        if (!SqlStatement::exec(db, sql, error))
            return false;
    }
    return true;
}

// Version 1: recommendations, their many-to-many lists and the append-only
// status history.
bool createCoreTables(const QSqlDatabase &db, QString *error)
{
    QStringList statements{
        QStringLiteral("PRAGMA application_id = %1").arg(SchemaMigrations::applicationId()),
        QStringLiteral(R"(CREATE TABLE recommendation (
            id INTEGER PRIMARY KEY,
            mechanism TEXT NOT NULL,
            state_under_review TEXT NOT NULL,
            symbol TEXT NOT NULL DEFAULT '',
            paragraph TEXT NOT NULL DEFAULT '',
            paragraph_sort_key TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL,
            upr_cycle INTEGER,
            upr_session INTEGER,
            document_date TEXT,
            due_date TEXT,
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE status_change (
            id INTEGER PRIMARY KEY,
            recommendation_id INTEGER NOT NULL REFERENCES recommendation(id) ON DELETE CASCADE,
            status TEXT NOT NULL CHECK (status IN ('pending', 'accepted', 'rejected',
                                                   'partially_implemented', 'implemented')),
            effective_date TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            evidence_link TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '',
            recorded_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX status_change_by_recommendation ON status_change "
                       "(recommendation_id, effective_date, recorded_at, id)"),
        // The history is append-only: an entry is never rewritten. (Undo of an
        // assignment deletes the entry it added; that is not an edit of history.)
        QStringLiteral("CREATE TRIGGER status_change_is_append_only BEFORE UPDATE ON status_change "
                       "BEGIN SELECT RAISE(ABORT, 'the status history is append-only'); END"),
        QStringLiteral("CREATE TABLE recommendation_sdg ("
                       "recommendation_id INTEGER NOT NULL REFERENCES recommendation(id) "
                       "ON DELETE CASCADE, "
                       "sdg INTEGER NOT NULL CHECK (sdg BETWEEN 1 AND 17), "
                       "PRIMARY KEY (recommendation_id, sdg)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX recommendation_by_date ON recommendation (document_date)"),
        QStringLiteral("CREATE INDEX recommendation_by_mechanism ON recommendation (mechanism)"),
        QStringLiteral("CREATE INDEX recommendation_by_state ON recommendation "
                       "(state_under_review COLLATE NOCASE)"),
        QStringLiteral("CREATE INDEX recommendation_by_symbol ON recommendation "
                       "(symbol, paragraph_sort_key)"),
        QStringLiteral("CREATE INDEX recommendation_by_due_date ON recommendation (due_date)"),
    };
    // Recommending states, themes, affected persons and institutions: each a
    // vocabulary table and a link table that keeps the order the user gave.
    const QList<QPair<QString, QString>> lists{
        {QStringLiteral("recommending_state"), QStringLiteral("state")},
        {QStringLiteral("theme"), QStringLiteral("theme")},
        {QStringLiteral("affected_group"), QStringLiteral("group")},
        {QStringLiteral("institution"), QStringLiteral("institution")},
    };
    for (const auto &list : lists) {
        const QString &vocabulary = list.first;
        statements << QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, "
                                     "name TEXT NOT NULL UNIQUE COLLATE NOCASE)")
                          .arg(vocabulary)
                   << QStringLiteral("CREATE TABLE recommendation_%1 ("
                                     "recommendation_id INTEGER NOT NULL REFERENCES "
                                     "recommendation(id) ON DELETE CASCADE, "
                                     "%1_id INTEGER NOT NULL REFERENCES %1(id), "
                                     "position INTEGER NOT NULL, "
                                     "PRIMARY KEY (recommendation_id, %1_id)) WITHOUT ROWID")
                          .arg(vocabulary)
                   << QStringLiteral("CREATE INDEX recommendation_%1_by_value ON "
                                     "recommendation_%1 (%1_id, recommendation_id)")
                          .arg(vocabulary);
    }
    return runAll(db, statements, error);
}

// The latest effective date wins; on a tie the later-recorded entry, then the
// later id (entries recorded in the same millisecond).
const char *const latestStatusOf =
    "(SELECT s.status FROM status_change s WHERE s.recommendation_id = %1 "
    "ORDER BY s.effective_date DESC, s.recorded_at DESC, s.id DESC LIMIT 1)";

// Version 2: reference data (UPR calendar, mechanisms) and the current status
// kept on the recommendation by triggers, so filtering on it is an index hit.
bool addReferenceDataAndCurrentStatus(const QSqlDatabase &db, QString *error)
{
    const QString latestForNew = QString::fromLatin1(latestStatusOf).arg(QStringLiteral("NEW.recommendation_id"));
    const QString latestForOld = QString::fromLatin1(latestStatusOf).arg(QStringLiteral("OLD.recommendation_id"));
    const QString latestForRow = QString::fromLatin1(latestStatusOf).arg(QStringLiteral("recommendation.id"));
    const QStringList statements{
        QStringLiteral("CREATE TABLE upr_session (number INTEGER PRIMARY KEY, "
                       "cycle INTEGER NOT NULL, start_date TEXT NOT NULL, end_date TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE mechanism (key TEXT PRIMARY KEY, code TEXT NOT NULL, "
                       "kind TEXT NOT NULL, treaty TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("ALTER TABLE recommendation ADD COLUMN current_status TEXT NOT NULL "
                       "DEFAULT 'pending'"),
        QStringLiteral("UPDATE recommendation SET current_status = coalesce(%1, 'pending')")
            .arg(latestForRow),
        QStringLiteral("CREATE INDEX recommendation_by_status ON recommendation (current_status)"),
        QStringLiteral("CREATE TRIGGER status_change_inserted AFTER INSERT ON status_change BEGIN "
                       "UPDATE recommendation SET current_status = %1 "
                       "WHERE id = NEW.recommendation_id; END")
            .arg(latestForNew),
        QStringLiteral("CREATE TRIGGER status_change_deleted AFTER DELETE ON status_change BEGIN "
                       "UPDATE recommendation SET current_status = coalesce(%1, 'pending') "
                       "WHERE id = OLD.recommendation_id; END")
            .arg(latestForOld),
    };
    if (!runAll(db, statements, error))
        return false;

    QSqlQuery session(db);
    session.prepare(QStringLiteral(
        "INSERT INTO upr_session (number, cycle, start_date, end_date) VALUES (?, ?, ?, ?)"));
    for (const UprSession &row : UprCalendar::sessions()) {
        session.addBindValue(row.number);
        session.addBindValue(row.cycle);
        session.addBindValue(row.start.toString(Qt::ISODate));
        session.addBindValue(row.end.toString(Qt::ISODate));
        if (!SqlStatement::exec(session, error))
            return false;
    }
    QSqlQuery mechanism(db);
    mechanism.prepare(
        QStringLiteral("INSERT INTO mechanism (key, code, kind, treaty) VALUES (?, ?, ?, ?)"));
    for (const Mechanism &row : MechanismCatalog::all()) {
        static const char *const kinds[] = {"periodic_review", "treaty_body", "special_procedure",
                                            "other"};
        mechanism.addBindValue(row.key);
        mechanism.addBindValue(row.code);
        mechanism.addBindValue(QString::fromLatin1(kinds[static_cast<int>(row.kind)]));
        mechanism.addBindValue(row.treaty.isEmpty() ? QStringLiteral("") : row.treaty);
        if (!SqlStatement::exec(mechanism, error))
            return false;
    }
    return true;
}

// Version 3: a full-text index over text, symbol and paragraph, kept in step
// with the table by triggers inside the same transaction as every edit.
bool addFullTextSearch(const QSqlDatabase &db, QString *error)
{
    const QStringList statements{
        QStringLiteral("CREATE VIRTUAL TABLE recommendation_search USING fts5("
                       "text, symbol, paragraph, content='recommendation', content_rowid='id', "
                       "tokenize='unicode61 remove_diacritics 2')"),
        QStringLiteral("CREATE TRIGGER recommendation_search_insert AFTER INSERT ON recommendation "
                       "BEGIN INSERT INTO recommendation_search (rowid, text, symbol, paragraph) "
                       "VALUES (NEW.id, NEW.text, NEW.symbol, NEW.paragraph); END"),
        QStringLiteral("CREATE TRIGGER recommendation_search_delete AFTER DELETE ON recommendation "
                       "BEGIN INSERT INTO recommendation_search "
                       "(recommendation_search, rowid, text, symbol, paragraph) "
                       "VALUES ('delete', OLD.id, OLD.text, OLD.symbol, OLD.paragraph); END"),
        QStringLiteral("CREATE TRIGGER recommendation_search_update "
                       "AFTER UPDATE OF text, symbol, paragraph ON recommendation BEGIN "
                       "INSERT INTO recommendation_search "
                       "(recommendation_search, rowid, text, symbol, paragraph) "
                       "VALUES ('delete', OLD.id, OLD.text, OLD.symbol, OLD.paragraph); "
                       "INSERT INTO recommendation_search (rowid, text, symbol, paragraph) "
                       "VALUES (NEW.id, NEW.text, NEW.symbol, NEW.paragraph); END"),
        QStringLiteral("INSERT INTO recommendation_search (recommendation_search) VALUES ('rebuild')"),
    };
    return runAll(db, statements, error);
}

// Whether an entry of the history (NEW or OLD in a trigger) has a later one:
// if not, it is (or was) the entry that sets the current status.
QString hasLaterEntry(const QString &entry)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM status_change s WHERE s.recommendation_id = %1.recommendation_id "
                          "AND (s.effective_date, s.recorded_at, s.id) > (%1.effective_date, %1.recorded_at, %1.id))")
        .arg(entry);
}

// Version 4: one narrow row per recommendation with what the statistics
// count and filter on, among it the status at the end of every year
// (yearendstatuses.h), so that the charts read neither the wide records nor
// the history. Triggers keep it inside the same transaction as every edit;
// a change of the history rewrites only the years between the changed entry
// and the next one, looking at those two entries and the one before. The
// current status triggers of version 2 are replaced by ones that do both.
bool addStatisticsRows(const QSqlDatabase &db, QString *error)
{
    using namespace YearEndStatuses;
    const QString statuses = QStringLiteral("recommendation_statistics.year_end_statuses");
    const QStringList statements{
        // The columns the filters use keep their names, so that a filter's
        // WHERE clause runs on these rows as it does on the records.
        QStringLiteral("CREATE TABLE recommendation_statistics ("
                       "id INTEGER PRIMARY KEY, "
                       "mechanism TEXT NOT NULL, "
                       "state_under_review TEXT NOT NULL, "
                       "document_date TEXT, "
                       "year_end_statuses TEXT NOT NULL DEFAULT '', "
                       "current_status TEXT GENERATED ALWAYS AS (coalesce(%1, 'pending')) VIRTUAL)")
            .arg(Sql::statusKeyOf(QStringLiteral("substr(year_end_statuses, -1)"))),
        QStringLiteral("INSERT INTO recommendation_statistics "
                       "(id, mechanism, state_under_review, document_date, year_end_statuses) "
                       "SELECT id, mechanism, state_under_review, document_date, %1 FROM recommendation")
            .arg(Sql::fromHistory(QStringLiteral("recommendation.id"))),
        QStringLiteral("CREATE TRIGGER recommendation_statistics_insert AFTER INSERT ON recommendation BEGIN "
                       "INSERT INTO recommendation_statistics (id, mechanism, state_under_review, document_date) "
                       "VALUES (NEW.id, NEW.mechanism, NEW.state_under_review, NEW.document_date); END"),
        QStringLiteral("CREATE TRIGGER recommendation_statistics_update "
                       "AFTER UPDATE OF id, mechanism, state_under_review, document_date ON recommendation "
                       "WHEN OLD.id IS NOT NEW.id OR OLD.mechanism IS NOT NEW.mechanism "
                       "OR OLD.state_under_review IS NOT NEW.state_under_review "
                       "OR OLD.document_date IS NOT NEW.document_date BEGIN "
                       "UPDATE recommendation_statistics SET id = NEW.id, mechanism = NEW.mechanism, "
                       "state_under_review = NEW.state_under_review, document_date = NEW.document_date "
                       "WHERE id = OLD.id; END"),
        // Before the record goes, so that the removal of its history (ON
        // DELETE CASCADE, which runs before AFTER triggers) finds no row here
        // to rewrite.
        QStringLiteral("CREATE TRIGGER recommendation_statistics_delete BEFORE DELETE ON recommendation BEGIN "
                       "DELETE FROM recommendation_statistics WHERE id = OLD.id; END"),
        QStringLiteral("DROP TRIGGER IF EXISTS status_change_inserted"),
        QStringLiteral("DROP TRIGGER IF EXISTS status_change_deleted"),
        // An entry with a later one does not set the current status, nor did it
        // before it was removed.
        QStringLiteral("CREATE TRIGGER status_change_inserted AFTER INSERT ON status_change BEGIN "
                       "UPDATE recommendation SET current_status = NEW.status "
                       "WHERE id = NEW.recommendation_id AND NOT %1; "
                       "UPDATE recommendation_statistics SET year_end_statuses = %2 "
                       "WHERE id = NEW.recommendation_id; END")
            .arg(hasLaterEntry(QStringLiteral("NEW")), Sql::afterInsert(statuses, QStringLiteral("NEW"))),
        QStringLiteral("CREATE TRIGGER status_change_deleted AFTER DELETE ON status_change BEGIN "
                       "UPDATE recommendation SET current_status = coalesce(%2, 'pending') "
                       "WHERE id = OLD.recommendation_id AND NOT %1; "
                       "UPDATE recommendation_statistics SET year_end_statuses = %3 "
                       "WHERE id = OLD.recommendation_id; END")
            .arg(hasLaterEntry(QStringLiteral("OLD")),
                 QString::fromLatin1(latestStatusOf).arg(QStringLiteral("OLD.recommendation_id")),
                 Sql::afterDelete(statuses, QStringLiteral("OLD"))),
    };
    return runAll(db, statements, error);
}

// Version 5: what the table sorts on, indexed, so that any sort of 250,000
// records shows its first screen at once: the first theme and the first
// recommending state stored on the record (kept by triggers on the link
// tables, whose first item has position 0), and indexes matching the sort
// expressions RecommendationListing uses (symbol and paragraph without
// case, status in progress order). RecommendationListing notices the
// columns and uses them.
bool addSortColumns(const QSqlDatabase &db, QString *error)
{
    const QStringList statements{
        QStringLiteral("ALTER TABLE recommendation ADD COLUMN first_theme TEXT"),
        QStringLiteral("ALTER TABLE recommendation ADD COLUMN first_recommending_state TEXT"),
        QStringLiteral("UPDATE recommendation SET "
                       "first_theme = (SELECT v.name FROM recommendation_theme l JOIN theme v ON v.id = l.theme_id "
                       "WHERE l.recommendation_id = recommendation.id ORDER BY l.position LIMIT 1), "
                       "first_recommending_state = (SELECT v.name FROM recommendation_recommending_state l "
                       "JOIN recommending_state v ON v.id = l.recommending_state_id "
                       "WHERE l.recommendation_id = recommendation.id ORDER BY l.position LIMIT 1)"),
        QStringLiteral("CREATE TRIGGER recommendation_theme_first_inserted AFTER INSERT ON recommendation_theme "
                       "WHEN NEW.position = 0 BEGIN UPDATE recommendation SET first_theme = "
                       "(SELECT name FROM theme WHERE id = NEW.theme_id) WHERE id = NEW.recommendation_id; END"),
        QStringLiteral("CREATE TRIGGER recommendation_theme_first_deleted AFTER DELETE ON recommendation_theme "
                       "WHEN OLD.position = 0 BEGIN UPDATE recommendation SET first_theme = NULL "
                       "WHERE id = OLD.recommendation_id; END"),
        QStringLiteral("CREATE TRIGGER recommendation_recommending_state_first_inserted AFTER INSERT ON "
                       "recommendation_recommending_state WHEN NEW.position = 0 BEGIN UPDATE recommendation SET "
                       "first_recommending_state = (SELECT name FROM recommending_state "
                       "WHERE id = NEW.recommending_state_id) WHERE id = NEW.recommendation_id; END"),
        QStringLiteral("CREATE TRIGGER recommendation_recommending_state_first_deleted AFTER DELETE ON "
                       "recommendation_recommending_state WHEN OLD.position = 0 BEGIN UPDATE recommendation SET "
                       "first_recommending_state = NULL WHERE id = OLD.recommendation_id; END"),
        QStringLiteral("CREATE INDEX recommendation_by_first_theme ON recommendation (first_theme COLLATE NOCASE)"),
        QStringLiteral("CREATE INDEX recommendation_by_first_recommending_state ON recommendation "
                       "(first_recommending_state COLLATE NOCASE)"),
        QStringLiteral("CREATE INDEX recommendation_by_paragraph ON recommendation (paragraph_sort_key)"),
        QStringLiteral("CREATE INDEX recommendation_by_symbol_nocase ON recommendation "
                       "(symbol COLLATE NOCASE, paragraph_sort_key)"),
        QStringLiteral("CREATE INDEX recommendation_by_status_order ON recommendation ((CASE current_status "
                       "WHEN 'pending' THEN 0 WHEN 'accepted' THEN 1 WHEN 'rejected' THEN 2 "
                       "WHEN 'partially_implemented' THEN 3 ELSE 4 END))"),
    };
    return runAll(db, statements, error);
}

// Version 6: each statistics row also lists its record's theme ids
// ("12 3 45", in no particular order), so that the charts count every
// figure, themes included, in one pass over the narrow rows
// (StatisticsQueries::forCharts) instead of a pass each and a lookup in the
// theme links per record. A new link appends its id; a removed one (an edit,
// rare) has the list read again from the links.
bool addThemeIdsToStatistics(const QSqlDatabase &db, QString *error)
{
    const QString themeIdsOf = QStringLiteral(
        "coalesce((SELECT group_concat(l.theme_id, ' ') FROM recommendation_theme l "
        "WHERE l.recommendation_id = %1), '')");
    const QStringList statements{
        QStringLiteral("ALTER TABLE recommendation_statistics ADD COLUMN theme_ids TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("UPDATE recommendation_statistics SET theme_ids = %1")
            .arg(themeIdsOf.arg(QStringLiteral("recommendation_statistics.id"))),
        QStringLiteral("CREATE TRIGGER recommendation_theme_statistics_inserted AFTER INSERT ON recommendation_theme "
                       "BEGIN UPDATE recommendation_statistics SET theme_ids = "
                       "theme_ids || (CASE theme_ids WHEN '' THEN '' ELSE ' ' END) || NEW.theme_id "
                       "WHERE id = NEW.recommendation_id; END"),
        QStringLiteral("CREATE TRIGGER recommendation_theme_statistics_deleted AFTER DELETE ON recommendation_theme "
                       "BEGIN UPDATE recommendation_statistics SET theme_ids = %1 "
                       "WHERE id = OLD.recommendation_id; END")
            .arg(themeIdsOf.arg(QStringLiteral("OLD.recommendation_id"))),
    };
    return runAll(db, statements, error);
}

using Step = bool (*)(const QSqlDatabase &, QString *);
const Step steps[] = {createCoreTables, addReferenceDataAndCurrentStatus, addFullTextSearch, addStatisticsRows,
                      addSortColumns, addThemeIdsToStatistics};

} // namespace

namespace SchemaMigrations {

int currentVersion()
{
    return int(std::size(steps));
}

qint32 applicationId()
{
    return 0x52545243; // "RTRC"
}

bool migrate(Database &database, QString *error, int targetVersion)
{
    if (targetVersion <= 0)
        targetVersion = currentVersion();
    const QSqlDatabase db = SqlStatement::connection(database.connectionName());
    for (int version = database.schemaVersion(); version < targetVersion; ++version) {
        Transaction transaction(database);
        QString stepError;
        if (!transaction.isActive() || !steps[version](db, &stepError)
            || !SqlStatement::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version + 1),
                                   &stepError)
            || !transaction.commit()) {
            if (stepError.isEmpty())
                stepError = transaction.error();
            if (error) {
                *error = QCoreApplication::translate(
                             "Database", "Upgrading the database to version %1 failed: %2")
                             .arg(version + 1)
                             .arg(stepError);
            }
            return false;
        }
    }
    return true;
}

} // namespace SchemaMigrations
