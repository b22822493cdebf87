// End to end on PostgreSQL: the real binary runs the demo round with --store naming a round on
// the PostgreSQL test server, and writes the same reactienota.json as with SQLite's round.db.
#include <gtest/gtest.h>

#include "test_support/run_command.hpp"
#include "test_support/test_stores.hpp"

namespace inspraak {
namespace {

namespace fs = std::filesystem;

const fs::path demo = fs::path(INSPRAAK_SOURCE_DIR) / "inputs/demo";

TEST(PostgresRound, TheDemoRoundGivesTheSameReactienotaAsOnSqlite) {
    INSPRAAK_SKIP_WITHOUT_POSTGRES(StoreBackendKind::postgres);
    const TestStore postgres(StoreBackendKind::postgres);
    const TempDir& scratch = postgres.dir();
    const fs::path sqlite_out = scratch.path() / "sqlite";
    const fs::path postgres_out = scratch.path() / "postgres";

    auto on_sqlite = run_command(INSPRAAK_BINARY, {"run", demo.string(), "--out", sqlite_out.string(), "--format", "json"},
                                 scratch.path());
    ASSERT_EQ(on_sqlite.exit_code, 0) << on_sqlite.err;
    auto on_postgres = run_command(INSPRAAK_BINARY, {"run", demo.string(), "--out", postgres_out.string(), "--format", "json",
                                                     "--store", postgres.text()},
                                   scratch.path());
    ASSERT_EQ(on_postgres.exit_code, 0) << on_postgres.err;
    EXPECT_EQ(on_postgres.err, "");
    // The store is the round on the server, named without a password; nothing lands in the out folder.
    EXPECT_NE(on_postgres.out.find("PostgreSQL "), std::string::npos) << on_postgres.out;
    EXPECT_FALSE(fs::exists(postgres_out / "round.db"));

    const std::string expected = slurp(sqlite_out / "reactienota.json");
    ASSERT_FALSE(expected.empty());
    EXPECT_EQ(slurp(postgres_out / "reactienota.json"), expected);

    // A second run on the same round changes nothing: the store is read back, not made anew.
    auto again = run_command(INSPRAAK_BINARY, {"run", demo.string(), "--out", postgres_out.string(), "--format", "json",
                                               "--store", postgres.text()},
                             scratch.path());
    ASSERT_EQ(again.exit_code, 0) << again.err;
    EXPECT_EQ(slurp(postgres_out / "reactienota.json"), expected);
}

TEST(PostgresRound, AnAddressWithoutARoundIsRefusedInOneLine) {
    TempDir scratch;
    auto result = run_command(INSPRAAK_BINARY, {"init", demo.string(), "--store", "postgresql://nobody@127.0.0.1:1/inspraak"},
                              scratch.path(), scratch.path());
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.err.find("?round="), std::string::npos) << result.err;
    EXPECT_EQ(result.err.find('\n'), result.err.size() - 1) << result.err;
}

}  // namespace
}  // namespace inspraak
