#pragma once
// The one door through which the GUI and the command line change data. Each
// call validates its input (addValidRecords() takes records its caller has
// checked one by one), becomes one undo command on the stack and is
// written to the database at once in a transaction; on failure nothing is
// changed, nothing is pushed and lastError() says why.
#include "editcontext.h"
#include "recommendationrecord.h"
#include "recordnotifier.h"

#include <QObject>
#include <QUndoStack>
#include <optional>

class RecommendationRepository;
class DatabaseCommand;

class RecommendationEdits : public QObject
{
    Q_OBJECT
public:
    RecommendationEdits(RecommendationRepository &repository, QObject *parent = nullptr);
    ~RecommendationEdits() override;

    RecordNotifier *notifier() { return &m_notifier; }
    QUndoStack *undoStack() { return &m_undoStack; }
    RecommendationRepository &repository() { return m_context.repository; }
    QString lastError() const { return m_context.lastError; }

    // Who is recorded as the author of status changes (the system user name by default).
    QString author() const { return m_author; }
    void setAuthor(const QString &author) { m_author = author; }
    // How each edit's database work runs (see EditContext::runWork).
    void setWorkRunner(EditContext::WorkRunner runner) { m_context.runWork = std::move(runner); }

    std::optional<qint64> addRecommendation(const RecommendationRecord &record);
    // Adds many records as one undoable step (the sample data, imports).
    std::optional<QList<qint64>> addRecords(const QList<RecommendationRecord> &records,
                                            const QString &undoText);
    // The same, handing the records over rather than copying them: the
    // undo command keeps them (an import holds 250,000).
    std::optional<QList<qint64>> addRecords(QList<RecommendationRecord> &&records, const QString &undoText);
    // Records each of which the caller has found valid (an import checks every
    // row, to name the ones it cannot take), handed over and not checked again.
    std::optional<QList<qint64>> addValidRecords(QList<RecommendationRecord> &&records, const QString &undoText);
    bool updateRecommendation(const Recommendation &recommendation);
    // Copies of the fields (not the history) under new ids.
    std::optional<QList<qint64>> duplicate(const QList<qint64> &ids);
    bool deleteRecommendations(const QList<qint64> &ids);
    // Appends the same status entry to every recommendation in ids.
    bool assignStatus(const QList<qint64> &ids, Status status, const QDate &effectiveDate,
                      const QString &note = QString(), const QString &evidenceLink = QString());

signals:
    // An undo or redo could not be written (the database became unwritable,
    // say); the message says what happened.
    void editFailed(const QString &message);

private:
    std::optional<QList<qint64>> add(QList<RecommendationRecord> &&records, const QString &undoText, bool check);
    bool push(DatabaseCommand *command);
    bool fail(const QString &message);
    // Without their histories; ids without repeats.
    std::optional<QList<RecommendationRecord>> loadRecords(const QList<qint64> &ids);

    RecordNotifier m_notifier;
    EditContext m_context;
    QUndoStack m_undoStack;
    QString m_author;
    bool m_pushing = false;
};
