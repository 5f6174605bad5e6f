#pragma once
// File > Open Recent: the databases opened last, most recent first, kept in
// the user's settings. A path is stored canonical, so one file reached by
// two names is listed once.
#include <QStringList>

class RecentDatabases
{
public:
    static constexpr int maximum = 10;

    static QStringList paths();
    // Puts path first (moving it up when listed), keeping at most maximum.
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();

private:
    static void store(const QStringList &paths);
    static QString canonical(const QString &path);
};
