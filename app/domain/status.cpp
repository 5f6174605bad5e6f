#include "status.h"

#include <QCoreApplication>

namespace StatusInfo {

const QList<Status> &all()
{
    static const QList<Status> statuses{Status::Pending, Status::Accepted, Status::Rejected,
                                        Status::PartiallyImplemented, Status::Implemented};
    return statuses;
}

QString key(Status status)
{
    switch (status) {
    case Status::Pending: return QStringLiteral("pending");
    case Status::Accepted: return QStringLiteral("accepted");
    case Status::Rejected: return QStringLiteral("rejected");
    case Status::PartiallyImplemented: return QStringLiteral("partially_implemented");
    case Status::Implemented: return QStringLiteral("implemented");
    }
    return QString();
}

std::optional<Status> fromKey(const QString &text)
{
    for (Status status : all()) {
        if (key(status) == text)
            return status;
    }
    return std::nullopt;
}

QString label(Status status)
{
    switch (status) {
    case Status::Pending: return QCoreApplication::translate("Status", "Pending");
    case Status::Accepted: return QCoreApplication::translate("Status", "Accepted (supported)");
    case Status::Rejected: return QCoreApplication::translate("Status", "Rejected (noted)");
    case Status::PartiallyImplemented:
        return QCoreApplication::translate("Status", "Partially implemented");
    case Status::Implemented: return QCoreApplication::translate("Status", "Implemented");
    }
    return QString();
}

QString keyList()
{
    QStringList keys;
    for (Status status : all())
        keys << key(status);
    return keys.join(QStringLiteral(", "));
}

} // namespace StatusInfo
