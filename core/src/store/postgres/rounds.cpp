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
    return in_transaction(connection, round, "kan niet nagaan of de ronde bestaat",
                          [&](pqxx::work& work) { return schema_version_in(work, round).has_value(); });
}

void create_round(PostgresConnection& connection, std::string_view round) {
    connection.check_round_name(round);
    in_transaction(connection, round, "kan de ronde niet aanmaken", [&](pqxx::work& work) {
        lock_round(work, round);
        if (schema_version_in(work, round).has_value())
            throw PostgresError(fmt::format("{}: de ronde bestaat al", describe(connection.address(), round)));
        if (schema_exists(work, round))
            throw PostgresError(fmt::format("{}: er is al een schema met deze naam dat geen inspraak-ronde is",
                                            describe(connection.address(), round)));
        std::string schema = quoted_identifier(round);
        work.exec("CREATE SCHEMA " + schema);
        work.exec(fmt::format("CREATE TABLE {}.{} (version INTEGER PRIMARY KEY, "
                              "migrated_at TIMESTAMPTZ NOT NULL DEFAULT now())",
                              schema, version_table));
    });
    migrate(connection, round);
}

}  // namespace inspraak::core::postgres
