#include "databaselocation.h"

#include <QDir>
#include <QStandardPaths>

namespace DatabaseLocation {

QString defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("recommendations.sqlite"));
}

} // namespace DatabaseLocation
