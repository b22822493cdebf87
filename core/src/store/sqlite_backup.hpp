// SQLite's side of backups (store_backup.hpp): copying a database's pages into another file with
// the online backup API. Only files in core/src/store/ include this header.
#pragma once

#include <sqlite3.h>

#include <filesystem>

namespace inspraak::core {

// Writes a copy of `source` (an open connection) to `file`, replacing it only once the copy is
// whole: one read transaction on the source, so the copy is one consistent state while other
// processes write (WAL). The copy is a self-contained SQLite file (journal mode DELETE).
void write_sqlite_backup(sqlite3* source, const std::filesystem::path& file);

// Checks that `file` is an undamaged SQLite backup of a round this inspraak can read, then copies
// it over the round's SQLite file `target` (made when it does not exist; see restore_backup).
void restore_sqlite_backup(const std::filesystem::path& file, const std::filesystem::path& target, bool replace);

}  // namespace inspraak::core
