#include "statushistorymodel.h"

#include "localeformats.h"

#include "languagechangewatcher.h"
#include "recommendationrepository.h"
#include "recordnotifier.h"
#include "statuspresentation.h"

#include <QFont>
#include <QLocale>

StatusHistoryModel::StatusHistoryModel(RecommendationRepository &repository,
                                       RecordNotifier &notifier, QObject *parent)
    : QAbstractTableModel(parent), m_repository(repository)
{
    connect(&notifier, &RecordNotifier::historyChanged, this, [this](const QList<qint64> &ids) {
        if (ids.contains(m_recommendationId))
            reload();
    });
    connect(&notifier, &RecordNotifier::recordsRemoved, this, [this](const QList<qint64> &ids) {
        if (ids.contains(m_recommendationId))
            setRecommendation(0);
    });
    connect(&notifier, &RecordNotifier::recordsAdded, this, [this](const QList<qint64> &ids) {
        if (ids.contains(m_recommendationId))
            reload(); // undo of a delete brings the history back
    });
    new LanguageChangeWatcher([this] { retranslate(); }, this);
}

void StatusHistoryModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_changes.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

void StatusHistoryModel::setRecommendation(qint64 id)
{
    m_recommendationId = id;
    reload();
}

void StatusHistoryModel::reload()
{
    beginResetModel();
    m_changes = m_recommendationId > 0 ? m_repository.history(m_recommendationId) : QList<StatusChange>();
    endResetModel();
}

int StatusHistoryModel::currentRow() const
{
    // history() is ordered by effective date, then recording time: the last
    // entry is the one that defines the current status.
    return int(m_changes.size()) - 1;
}

int StatusHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int StatusHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatusHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const StatusChange &change = m_changes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case EffectiveDateColumn: return LocaleFormats::date(change.effectiveDate);
        case StatusColumn: return StatusInfo::label(change.status);
        case NoteColumn: return change.note;
        case EvidenceColumn: return change.evidenceLink;
        case AuthorColumn: return change.author;
        case RecordedAtColumn:
            return LocaleFormats::dateTime(change.recordedAt.toLocalTime());
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return StatusPresentation::icon(change.status);
        break;
    case Qt::FontRole:
        if (index.row() == currentRow()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ToolTipRole:
        if (index.row() == currentRow())
            return tr("This entry defines the current status.");
        if (index.column() == NoteColumn)
            return change.note;
        break;
    default: break;
    }
    return QVariant();
}

QVariant StatusHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EffectiveDateColumn: return tr("Effective");
    case StatusColumn: return tr("Status");
    case NoteColumn: return tr("Note");
    case EvidenceColumn: return tr("Evidence");
    case AuthorColumn: return tr("Author");
    case RecordedAtColumn: return tr("Recorded");
    }
    return QVariant();
}
