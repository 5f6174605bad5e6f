#pragma once
// The bundled Kazakhstan sample (48 records with their histories) loaded
// into a database, for tests that need realistic data. Needs rt_editing,
// rt_exchange and rt_resources linked.
#include "database.h"

#include <QString>

namespace SampleDatabase {
// Returns false and sets *error when the sample could not be loaded.
bool fill(Database &database, QString *error);
}
