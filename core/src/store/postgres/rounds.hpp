// Rounds in a PostgreSQL database: each round is a schema of its own name holding the round's
// tables, so many rounds share one database and never one another's rows.
#pragma once

#include "store/postgres/connection.hpp"

#include <string_view>

namespace inspraak::core::postgres {

// Whether the database holds the round: a schema of that name with inspraak's version table.
bool round_exists(PostgresConnection& connection, std::string_view round);

// Makes the round's schema with its version table (one transaction), then migrates it to the
// current version. Refused when the round exists, or when a schema of that name exists that is
// not a round.
void create_round(PostgresConnection& connection, std::string_view round);

}  // namespace inspraak::core::postgres
