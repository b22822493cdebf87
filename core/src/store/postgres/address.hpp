// Where a PostgreSQL store lives, from a connection string
//   postgresql://user[:password]@host[:port]/database?round=kader-2025[&libpq parameters]
// (postgres:// too). `round` is inspraak's own parameter: it is taken out and the rest goes to
// libpq as it was. A round is a schema, so many rounds share one database.
#pragma once

#include <string>
#include <string_view>

namespace inspraak::core::postgres {

struct PostgresAddress {
    std::string conninfo;  // for libpq only: the string without `round`; may hold the password
    std::string server;    // for messages: user@host:port/database, never the password
    std::string round;     // empty when the string names none
    std::string password;  // only to keep it out of messages
};

// Throws PostgresError (one line, no password) for a string libpq cannot read or a bad round name.
// Adds connect_timeout=10 unless the string sets one: an unreachable server is an error in
// seconds, not after the system's TCP timeout.
PostgresAddress parse_postgres_address(std::string_view connection_string);

// "PostgreSQL user@host:port/database", with "?round=<round>" when a round is given: how every
// message of the PostgreSQL store begins, the same in every language. Never the password.
std::string describe(const PostgresAddress& address, std::string_view round);

// The first line of a libpq or server message, without libpq's "ERROR:  " prefix and with the
// password (if any) masked: libpq's messages run over several lines.
std::string one_line(std::string_view message, const PostgresAddress& address);

}  // namespace inspraak::core::postgres
