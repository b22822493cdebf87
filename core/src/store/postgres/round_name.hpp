// A round's name in PostgreSQL: each round is a schema of that name, so many rounds share one
// database. The name goes into SQL as an identifier, so it is checked strictly first.
#pragma once

#include "app/message.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace inspraak::core::postgres {

// Why `name` cannot name a round, or nothing when it can: 1 to 50 of a-z, 0-9, '_' and '-', and not
// a name PostgreSQL keeps for itself (pg_*, public, information_schema).
std::optional<Message> round_name_problem(std::string_view name);

// `name` as a quoted SQL identifier ("kader-2025": the hyphen needs the quotes).
std::string quoted_identifier(std::string_view name);

}  // namespace inspraak::core::postgres
