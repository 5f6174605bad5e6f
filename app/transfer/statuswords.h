#pragma once
// The many ways files spell a status ("Accepted", "Supported", "support",
// "noted", "Noted", "reject", our own keys and labels), read case-insensitively.
#include "status.h"

#include <QString>
#include <optional>

namespace StatusWords {
struct Reading {
    Status status = Status::Pending;
    bool inPart = false;   // "supported in part", "partially accepted": read as accepted, worth a warning
};
// Nothing for an unknown word; an empty cell is not a status either.
std::optional<Reading> read(const QString &word);
// The words understood, for messages.
QString known();
// The key under which a user's own reading of a word this table does not
// know is kept (ImportOptions::statusWords): spaces simplified, lower case.
QString userKey(const QString &word);
}
