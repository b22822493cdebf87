// The SQLite backend's door: what Store::open/create use, without SQLite's types. One file per
// round, `round.db` (WAL, foreign keys on); see docs/store.md.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "store/store_backend.hpp"

namespace inspraak::core {

// Opens the round's SQLite file (creating it and its folder with `create`) and brings its schema
// up to date. A missing file (without `create`), a damaged one or one from a newer inspraak is a
// StoreError.
std::unique_ptr<StoreBackend> open_sqlite_backend(const std::filesystem::path& file, bool create);

// Runs an SQL script on a round's SQLite file outside any Store, like the sqlite3 shell would:
// for tests that must build an old or broken store, and for repairs by hand. Never with user data.
void run_sqlite_script(const std::filesystem::path& file, const std::string& sql);

}  // namespace inspraak::core
