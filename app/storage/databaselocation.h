#pragma once
// Where the default database lives: a SQLite file in the user's data folder
// (QStandardPaths::AppDataLocation), created on first start.
#include <QString>

namespace DatabaseLocation {
// The path of the default database; creates its folder when missing.
QString defaultPath();
}
