#pragma once
// The five statuses a recommendation can stand in, with their stable storage
// keys ("accepted") and their labels, which name both UN words where the
// wording changed between cycles ("Accepted (supported)").
#include <QString>
#include <QStringList>
#include <optional>

enum class Status {
    Pending,
    Accepted,
    Rejected,
    PartiallyImplemented,
    Implemented,
};

namespace StatusInfo {
// In display order, which is also the order of progress along the life of a recommendation.
const QList<Status> &all();
QString key(Status status);
std::optional<Status> fromKey(const QString &key);
QString label(Status status);
// All keys joined for messages such as "use one of: pending, accepted, ...".
QString keyList();
}
