#pragma once
// Announces what an edit changed, record by record, so that models update
// the affected rows instead of resetting. Emitted after the change is in the
// database, for redo and undo alike.
#include <QList>
#include <QObject>

class RecordNotifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

signals:
    void recordsAdded(const QList<qint64> &ids);
    void recordsChanged(const QList<qint64> &ids);
    void recordsRemoved(const QList<qint64> &ids);
    // The status history, and so possibly the current status, changed.
    void historyChanged(const QList<qint64> &ids);
};
