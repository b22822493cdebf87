#include "app/store_backup_run.hpp"

#include <system_error>

#include "store/store.hpp"
#include "store/store_backup.hpp"
#include "store/store_location.hpp"

namespace inspraak::core {
namespace {

bool is_same_file(const StoreLocation& location, const std::filesystem::path& file) {
    if (location.is_postgres()) return false;
    std::error_code error;
    return std::filesystem::weakly_canonical(location.file(), error) == std::filesystem::weakly_canonical(file, error);
}

uintmax_t size_of(const std::filesystem::path& file) {
    std::error_code error;
    auto size = std::filesystem::file_size(file, error);
    return error ? 0 : size;
}

}  // namespace

AppResult<BackupSummary> back_up_round(const std::string& store, const std::filesystem::path& file) {
    return guarded([&]() -> AppResult<BackupSummary> {
        StoreLocation location = StoreLocation::parse(store);
        BackupSummary summary{location.describe(), file.string()};
        if (is_same_file(location, file)) return invalid_error("backup.same_file", {summary.file});
        Store::open(location).backup_to(file);
        summary.bytes = size_of(file);
        return summary;
    });
}

AppResult<BackupSummary> restore_round(const std::filesystem::path& file, const std::string& store, bool replace) {
    return guarded([&]() -> AppResult<BackupSummary> {
        StoreLocation location = StoreLocation::parse(store);
        BackupSummary summary{location.describe(), file.string(), size_of(file)};
        if (is_same_file(location, file)) return invalid_error("backup.same_file", {summary.file});
        restore_backup(file, location, replace);
        return summary;
    });
}

}  // namespace inspraak::core
