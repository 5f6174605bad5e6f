#pragma once
// The status history of one recommendation, oldest effective date first, with
// the entry that defines the current status marked. A history is a handful
// of rows, so it is simply read again when the notifier says it changed.
// Headers, labels and dates follow a change of language without a reset.
#include "statuschange.h"

#include <QAbstractTableModel>
#include <QList>

class RecommendationRepository;
class RecordNotifier;

class StatusHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { EffectiveDateColumn, StatusColumn, NoteColumn, EvidenceColumn, AuthorColumn,
                  RecordedAtColumn, ColumnCount };

    StatusHistoryModel(RecommendationRepository &repository, RecordNotifier &notifier,
                       QObject *parent = nullptr);

    void setRecommendation(qint64 id); // 0 shows nothing
    qint64 recommendation() const { return m_recommendationId; }
    StatusChange changeAt(int row) const { return m_changes.value(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void reload();
    void retranslate();
    int currentRow() const;

    RecommendationRepository &m_repository;
    qint64 m_recommendationId = 0;
    QList<StatusChange> m_changes;
};
