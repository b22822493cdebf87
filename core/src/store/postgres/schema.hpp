// The tables of a round in PostgreSQL and their migrations: the SQLite store's schema
// (store/schema.cpp) in PostgreSQL's dialect, step for step, in the round's own schema.
// The version is the highest row of the round's schema_migrations table.
#pragma once

#include "store/postgres/connection.hpp"

#include <pqxx/transaction>

#include <optional>
#include <string_view>

namespace inspraak::core::postgres {

// Keeps step with store_schema_version: migration N here makes the tables of SQLite's step N.
inline constexpr int postgres_schema_version = 9;

// The table in each round's schema that records the migrations done, one row each.
inline constexpr std::string_view version_table = "schema_migrations";

// The round's schema version (0 before its first migration). Throws when the round does not exist.
int schema_version(PostgresConnection& connection, std::string_view round);

// The same inside a transaction: nothing when the round does not exist.
std::optional<int> schema_version_in(pqxx::work& work, std::string_view round);

// Brings the round (made by create_round) up to postgres_schema_version, each step in one
// transaction under the round's lock. A round written by a newer inspraak is refused.
void migrate(PostgresConnection& connection, std::string_view round);

}  // namespace inspraak::core::postgres
