#include "store-postgres/test_server.hpp"

#include <pqxx/nontransaction>
#include <unistd.h>

#include <cstdlib>

#include "store/postgres/round_name.hpp"

namespace inspraak::core::postgres::testing {
namespace {

void drop_schema(PostgresConnection& connection, const std::string& round) {
    pqxx::nontransaction session(connection.raw());
    session.exec("DROP SCHEMA IF EXISTS " + quoted_identifier(round) + " CASCADE");
}

}  // namespace

void PostgresTest::SetUp() {
    const char* server = std::getenv("INSPRAAK_TEST_POSTGRES");
    if (!server || !*server) {
        if (std::getenv("CI"))
            FAIL() << "INSPRAAK_TEST_POSTGRES is not set: scripts/test.sh starts a test server "
                      "(scripts/postgres-test-server.sh)";
        GTEST_SKIP() << "INSPRAAK_TEST_POSTGRES is not set: no PostgreSQL server to test against";
    }
    server_ = server;
}

void PostgresTest::TearDown() {
    if (rounds_.empty()) return;
    PostgresConnection connection(connection_string());
    for (const auto& round : rounds_) drop_schema(connection, round);
}

std::string PostgresTest::scratch_round(std::string_view suffix) {
    std::string round = "t" + std::to_string(::getpid()) + "-" + std::string(suffix);
    // A round of an earlier process with the same id, killed before its TearDown, goes first.
    PostgresConnection connection(connection_string());
    drop_schema(connection, round);
    rounds_.push_back(round);
    return round;
}

std::string PostgresTest::connection_string(std::string_view round) const {
    if (round.empty()) return server_;
    return server_ + (server_.find('?') == std::string::npos ? "?" : "&") + "round=" + std::string(round);
}

}  // namespace inspraak::core::postgres::testing
