// Where a round's store lives: a SQLite file (one file per round, the default <out>/round.db) or
// a round in a PostgreSQL database (postgresql://user@host[:port]/db?round=NAME, see
// postgres/address.hpp). What `--store` on the command line names; Store::open/create take it.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "store/postgres/address.hpp"

namespace inspraak::core {

class StoreLocation {
public:
    // The round's SQLite file.
    static StoreLocation sqlite(std::filesystem::path file);
    // The default: round.db in the round's output folder.
    static StoreLocation in_folder(const std::filesystem::path& out_dir);
    // A postgresql:// or postgres:// address (one libpq cannot read is a StoreError, one line,
    // without the password; opening one without a round is too), anything else a SQLite file's path.
    static StoreLocation parse(std::string_view text);

    bool is_postgres() const { return postgres_.has_value(); }
    // Only for a SQLite location.
    const std::filesystem::path& file() const { return file_; }
    // Only for a PostgreSQL location.
    const postgres::PostgresAddress& postgres() const { return *postgres_; }

    // For messages: the file's path, or "PostgreSQL user@host:port/db?round=NAME" (no password), the same in
    // every language.
    std::string describe() const;

private:
    std::filesystem::path file_;
    std::optional<postgres::PostgresAddress> postgres_;
};

}  // namespace inspraak::core
