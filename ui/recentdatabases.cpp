#include "recentdatabases.h"

#include <QFileInfo>
#include <QSettings>

namespace {
const QString settingsKey = QStringLiteral("recentDatabases");
}

QStringList RecentDatabases::paths()
{
    QStringList paths = QSettings().value(settingsKey).toStringList();
    paths.removeAll(QString());
    return paths.mid(0, maximum);
}

QString RecentDatabases::canonical(const QString &path)
{
    const QFileInfo info(path);
    const QString resolved = info.canonicalFilePath();
    return resolved.isEmpty() ? info.absoluteFilePath() : resolved;
}

void RecentDatabases::add(const QString &path)
{
    const QString added = canonical(path);
    QStringList list = paths();
    list.removeAll(added);
    list.prepend(added);
    store(list.mid(0, maximum));
}

void RecentDatabases::remove(const QString &path)
{
    QStringList list = paths();
    // As listed, and as it resolves now (a missing file no longer resolves).
    list.removeAll(path);
    list.removeAll(canonical(path));
    store(list);
}

void RecentDatabases::clear()
{
    store({});
}

void RecentDatabases::store(const QStringList &paths)
{
    QSettings().setValue(settingsKey, paths);
}
