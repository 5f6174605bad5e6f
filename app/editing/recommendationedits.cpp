#include "recommendationedits.h"

#include "addrecommendationscommand.h"
#include "assignstatuscommand.h"
#include "database.h"
#include "deleterecommendationscommand.h"
#include "isodate.h"
#include "recommendationrepository.h"
#include "recordreader.h"
#include "updaterecommendationcommand.h"

#include <QSet>

#include <algorithm>

namespace {

QString systemUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name;
}

QList<qint64> withoutDuplicates(const QList<qint64> &ids)
{
    QList<qint64> result;
    QSet<qint64> seen;
    for (qint64 id : ids) {
        if (!seen.contains(id)) {
            seen.insert(id);
            result << id;
        }
    }
    return result;
}

} // namespace

RecommendationEdits::RecommendationEdits(RecommendationRepository &repository, QObject *parent)
    : QObject(parent),
      m_context{repository, m_notifier, QString(),
                [this](const QString &message) { emit editFailed(message); }, {}},
      m_author(systemUserName())
{
}

RecommendationEdits::~RecommendationEdits()
{
    // The commands refer to the context; drop them before it goes.
    m_undoStack.clear();
}

bool RecommendationEdits::fail(const QString &message)
{
    m_context.lastError = message;
    return false;
}

bool RecommendationEdits::push(DatabaseCommand *command)
{
    if (m_context.repository.database().isReadOnly()) {
        delete command;
        return fail(tr("The database %1 is read-only; nothing was changed.")
                        .arg(m_context.repository.database().path()));
    }
    // The GUI's work runner keeps the event loop going while a command is
    // written, so a timer or a dialog could ask for another edit meanwhile;
    // QUndoStack must not be entered twice.
    if (m_pushing) {
        delete command;
        return fail(tr("Another change is still being saved; nothing else was changed. Try again when it is done."));
    }
    m_pushing = true;
    m_context.lastError.clear();
    // QUndoStack runs redo() inside push() and deletes a command that made
    // itself obsolete there (a failed first application); a command that
    // worked is the new current step.
    const int stepBefore = m_undoStack.index();
    m_undoStack.push(command);
    m_pushing = false;
    const bool recorded = m_undoStack.index() == stepBefore + 1;
    if (recorded)
        m_context.lastError.clear(); // a refused call made meanwhile left its own message here
    return recorded;
}

std::optional<QList<RecommendationRecord>> RecommendationEdits::loadRecords(const QList<qint64> &ids)
{
    // Thousands of records take a while to read: off the window's thread,
    // as the commands' work is.
    std::optional<QList<RecommendationRecord>> records;
    QString error;
    const auto work = [&] {
        records = RecordReader::read(m_context.repository.database(), ids, RecordReader::History::Left, &error);
        return records.has_value();
    };
    QString runError;
    const bool done = m_context.runWork ? m_context.runWork(tr("Reading %n recommendation(s)", nullptr, int(ids.size())),
                                                            true, work, &runError)
                                        : work();
    if (!done) {
        fail(!runError.isEmpty() ? runError : error);
        return std::nullopt;
    }
    return records;
}

std::optional<qint64> RecommendationEdits::addRecommendation(const RecommendationRecord &record)
{
    const std::optional<QList<qint64>> ids = addRecords({record}, tr("Add recommendation"));
    if (!ids)
        return std::nullopt;
    return ids->first();
}

std::optional<QList<qint64>> RecommendationEdits::addRecords(const QList<RecommendationRecord> &records,
                                                            const QString &undoText)
{
    // A copy that shares the caller's records until the ids are cleared below.
    return addRecords(QList<RecommendationRecord>(records), undoText);
}

std::optional<QList<qint64>> RecommendationEdits::addRecords(QList<RecommendationRecord> &&records,
                                                            const QString &undoText)
{
    return add(std::move(records), undoText, true);
}

std::optional<QList<qint64>> RecommendationEdits::addValidRecords(QList<RecommendationRecord> &&records,
                                                                 const QString &undoText)
{
    Q_ASSERT(std::all_of(records.cbegin(), records.cend(), [](const RecommendationRecord &record) {
        return record.recommendation.validationErrors().isEmpty();
    }));
    return add(std::move(records), undoText, false);
}

std::optional<QList<qint64>> RecommendationEdits::add(QList<RecommendationRecord> &&records, const QString &undoText,
                                                      bool check)
{
    if (records.isEmpty()) {
        fail(tr("There is nothing to add."));
        return std::nullopt;
    }
    for (RecommendationRecord &record : records) {
        const QStringList problems = check ? record.recommendation.validationErrors() : QStringList();
        if (!problems.isEmpty()) {
            fail(problems.join(QLatin1Char(' ')));
            return std::nullopt;
        }
        record.recommendation.id = 0;
        for (StatusChange &change : record.history) {
            change.id = 0;
            if (change.author.isEmpty())
                change.author = m_author;
        }
    }
    auto *command = new AddRecommendationsCommand(m_context, std::move(records), undoText);
    // The command may be deleted by a failed push; its ids are read after a success only.
    if (!push(command))
        return std::nullopt;
    return command->ids();
}

bool RecommendationEdits::updateRecommendation(const Recommendation &recommendation)
{
    const QStringList problems = recommendation.validationErrors();
    if (!problems.isEmpty())
        return fail(problems.join(QLatin1Char(' ')));
    const std::optional<Recommendation> before = m_context.repository.find(recommendation.id);
    if (!before)
        return fail(m_context.repository.lastError());
    if (before->sameContent(recommendation))
        return true; // nothing changed: no empty step on the undo stack
    return push(new UpdateRecommendationCommand(m_context, *before, recommendation,
                                                tr("Edit recommendation %1 %2")
                                                    .arg(recommendation.symbol, recommendation.paragraph)
                                                    .simplified()));
}

std::optional<QList<qint64>> RecommendationEdits::duplicate(const QList<qint64> &ids)
{
    const std::optional<QList<RecommendationRecord>> records = loadRecords(withoutDuplicates(ids));
    if (!records)
        return std::nullopt;
    return addRecords(*records, tr("Duplicate %n recommendation(s)", nullptr, int(records->size())));
}

bool RecommendationEdits::deleteRecommendations(const QList<qint64> &ids)
{
    QList<qint64> unique = withoutDuplicates(ids);
    if (unique.isEmpty())
        return fail(tr("No recommendation was selected."));
    const int count = int(unique.size());
    return push(new DeleteRecommendationsCommand(m_context, std::move(unique),
                                                 tr("Delete %n recommendation(s)", nullptr, count)));
}

bool RecommendationEdits::assignStatus(const QList<qint64> &ids, Status status,
                                       const QDate &effectiveDate, const QString &note,
                                       const QString &evidenceLink)
{
    if (!effectiveDate.isValid())
        return fail(tr("The effective date is missing or is not a real date."));
    const QList<qint64> unique = withoutDuplicates(ids);
    if (unique.isEmpty())
        return fail(tr("No recommendation was selected."));
    QList<StatusChange> changes;
    for (qint64 id : unique) {
        StatusChange change;
        change.recommendationId = id;
        change.status = status;
        change.effectiveDate = effectiveDate;
        change.note = note;
        change.evidenceLink = evidenceLink;
        change.author = m_author;
        changes << change;
    }
    return push(new AssignStatusCommand(
        m_context, changes,
        tr("Set %n recommendation(s) to %1", nullptr, int(changes.size())).arg(StatusInfo::label(status))));
}
