#include "store/postgres/rounds.hpp"

#include "store/postgres/error.hpp"
#include "store/postgres/round_name.hpp"
#include "store/postgres/schema.hpp"
#include "store/postgres/transaction.hpp"

#include <fmt/core.h>

#include <string>

namespace inspraak::core::postgres {
namespace {

bool schema_exists(pqxx::work& work, std::string_view round) {
    return work.exec_params1("SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1)", std::string(round))[0]
        .as<bool>();
}

}  // namespace

bool round_exists(PostgresConnection& connection, std::string_view round) {
    connection.check_round_name(round);
    return in_transaction(connection, round, Message{"pg.round_check_failed"},
                          [&](pqxx::work& work) { return schema_version_in(work, round).has_value(); });
}

void create_round(PostgresConnection& connection, std::string_view round) {
    connection.check_round_name(round);
    in_transaction(connection, round, Message{"pg.round_create_failed"}, [&](pqxx::work& work) {
        lock_round(work, round);
        if (schema_version_in(work, round).has_value())
            throw PostgresError(ErrorKind::conflict, Message{"pg.round_exists", {describe(connection.address(), round)}});
        if (schema_exists(work, round))
            throw PostgresError(ErrorKind::conflict,
                                Message{"pg.schema_not_a_round", {describe(connection.address(), round)}});
        std::string schema = quoted_identifier(round);
        work.exec("CREATE SCHEMA " + schema);
        work.exec(fmt::format("CREATE TABLE {}.{} (version INTEGER PRIMARY KEY, "
                              "migrated_at TIMESTAMPTZ NOT NULL DEFAULT now())",
                              schema, version_table));
    });
    migrate(connection, round);
}

}  // namespace inspraak::core::postgres
