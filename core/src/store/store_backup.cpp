#include "store/store_backup.hpp"

#include <fstream>
#include <string_view>

#include "store/postgres/pg_dump.hpp"
#include "store/sqlite_backup.hpp"
#include "store/store.hpp"

namespace inspraak::core {
namespace {

constexpr std::string_view sqlite_magic{"SQLite format 3\0", 16};
constexpr std::string_view pg_dump_magic = "PGDMP";  // pg_dump's custom format

[[noreturn]] void wrong_kind(const std::filesystem::path& file, std::string_view kind, const StoreLocation& target) {
    throw StoreError(ErrorKind::invalid, Message{"backup.wrong_kind", {file.string(), std::string(kind), target.describe()}});
}

}  // namespace

BackupFormat backup_format(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::string start(sqlite_magic.size(), '\0');
    in.read(start.data(), static_cast<std::streamsize>(start.size()));
    start.resize(static_cast<size_t>(in.gcount()));
    if (start == sqlite_magic) return BackupFormat::sqlite;
    if (start.starts_with(pg_dump_magic)) return BackupFormat::pg_dump;
    throw StoreError(ErrorKind::internal, Message{"backup.not_a_backup", {file.string()}});
}

void restore_backup(const std::filesystem::path& file, const StoreLocation& target, bool replace) {
    switch (backup_format(file)) {
        case BackupFormat::sqlite:
            if (target.is_postgres()) wrong_kind(file, "SQLite", target);
            restore_sqlite_backup(file, target.file(), replace);
            return;
        case BackupFormat::pg_dump:
            if (!target.is_postgres()) wrong_kind(file, "PostgreSQL", target);
            postgres::restore_round_dump(file, target.postgres(), replace);
            return;
    }
}

void refuse_non_empty_target(Store& store, const std::string& target_name, const char* message) {
    auto files = store.files().size();
    auto points = store.count_points(PointQuery{});
    if (files > 0 || points > 0)
        throw StoreError(ErrorKind::invalid, Message{message, {target_name, std::to_string(files), std::to_string(points)}});
}

}  // namespace inspraak::core
