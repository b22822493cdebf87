// Backups of a round's store (docs/store.md, "Backups"). Store::backup_to writes one file that
// holds the round as it was at one moment while others go on working: for SQLite a SQLite file
// made with SQLite's online backup API, for PostgreSQL pg_dump's custom format of the round's
// schema (pg_restore reads it). restore_backup puts such a file back into a store of its kind.
#pragma once

#include <filesystem>
#include <string>

#include "store/store_location.hpp"

namespace inspraak::core {

enum class BackupFormat { sqlite, pg_dump };

// What `file` holds, by its first bytes. Anything else is a StoreError (internal) naming the file.
BackupFormat backup_format(const std::filesystem::path& file);

// Restores the backup in `file` into `target` (a SQLite file, made when it does not exist, or a
// PostgreSQL round, made likewise), then brings its schema up to date. A target that holds files
// or points is refused (ErrorKind::invalid, nothing written) unless `replace`; a backup of the
// other kind of store is refused too. A damaged file is a StoreError (internal) naming it, and the
// target is left as it was.
void restore_backup(const std::filesystem::path& file, const StoreLocation& target, bool replace);

class Store;
// Throws `message` (ErrorKind::invalid; its arguments the target's name, its files and its points)
// when `store` holds files or points: restoring or copying onto it would lose them.
void refuse_non_empty_target(Store& store, const std::string& target_name, const char* message);

}  // namespace inspraak::core
