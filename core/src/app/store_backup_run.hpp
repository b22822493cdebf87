// Backups of a round: `inspraak store backup STORE --to FILE` and `inspraak store restore FILE
// --to STORE` (store/store_backup.hpp). The operations a front end calls.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "app/app_error.hpp"

namespace inspraak::core {

struct BackupSummary {
    std::string store;  // as messages name it (StoreLocation::describe)
    std::string file;
    uintmax_t bytes = 0;
};

// `store` as --store takes it. A missing store is not_found; `file` being the store itself is
// invalid (nothing written).
AppResult<BackupSummary> back_up_round(const std::string& store, const std::filesystem::path& file);

// Restores `file` into `store` (made when it does not exist). A store with files or points is
// refused (invalid) unless `replace`; so is a backup of the other kind of store. A file that is no
// backup, or a damaged one, is internal, and the store is left as it was.
AppResult<BackupSummary> restore_round(const std::filesystem::path& file, const std::string& store, bool replace);

}  // namespace inspraak::core
