// PostgreSQL's client programs (pg_dump, pg_restore, psql from Debian's postgresql-client), run
// as child processes for backups (pg_dump.hpp). The password goes to them in PGPASSWORD, never on
// their command line, where `ps` would show it.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "store/postgres/address.hpp"

namespace inspraak::core::postgres {

// The address's connection as libpq's keyword=value pairs, without the password: what the client
// programs take as `--dbname`.
std::string client_conninfo(const PostgresAddress& address);

// Runs `program` with `args` (stdin and stdout /dev/null, PGPASSWORD from the address when it has
// a password) and waits for it. Throws a StoreError naming `file` when the program cannot be
// started or exits with an error: its first line of stderr, the password masked.
void run_client_tool(const std::string& program, const std::vector<std::string>& args, const PostgresAddress& address,
                     const std::filesystem::path& file);

}  // namespace inspraak::core::postgres
