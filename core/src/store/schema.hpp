// The store's schema and its migrations. The schema version lives in PRAGMA user_version.
#pragma once

#include "store/schema_version.hpp"
#include "store/sqlite.hpp"

namespace inspraak::core {

// Brings a new or older store up to store_schema_version, each step in one transaction.
// A store written by a newer inspraak is refused.
void migrate(Database& db);

}  // namespace inspraak::core
