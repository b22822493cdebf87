// Backups of a PostgreSQL round (store_backup.hpp): pg_dump's custom format of the round's schema,
// restored through pg_restore and psql in one transaction.
#pragma once

#include <filesystem>

#include "store/postgres/address.hpp"

namespace inspraak::core::postgres {

// pg_dump --format=custom of the address's round (its schema, without owners or privileges) to
// `file`, replacing it only once the dump is whole. pg_dump reads one snapshot: the backup is one
// consistent state while others write.
void dump_round(const PostgresAddress& address, const std::filesystem::path& file);

// Restores a dump_round file into the address's round, whatever round it was taken of, in one
// transaction that holds the round's lock: the round is replaced whole or not at all. A round
// with files or points is refused unless `replace`; a schema of that name that is not a round
// is never touched.
void restore_round_dump(const std::filesystem::path& file, const PostgresAddress& address, bool replace);

}  // namespace inspraak::core::postgres
