#pragma once
// The identity keys (see RecordIdentity) of every stored recommendation, read
// in one query, so an import can tell which of its records are already there.
#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <optional>

class Database;

namespace IdentityQuery {
// The keys, or nothing with *error set.
std::optional<QSet<QString>> storedKeys(Database &database, QString *error);
}
