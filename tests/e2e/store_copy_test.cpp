// End to end: `inspraak store copy` moves the demo round from its round.db to a PostgreSQL round
// and from there to a new SQLite file; the reactienota written from each is the original's.
#include <gtest/gtest.h>

#include "test_support/run_command.hpp"
#include "test_support/test_stores.hpp"

namespace inspraak {
namespace {

namespace fs = std::filesystem;

const fs::path demo = fs::path(INSPRAAK_SOURCE_DIR) / "inputs/demo";

TEST(StoreCopyCommand, TheDemoRoundCopiedToPostgresqlAndBackGivesTheSameReactienota) {
    INSPRAAK_SKIP_WITHOUT_POSTGRES(StoreBackendKind::postgres);
    const TestStore postgres(StoreBackendKind::postgres);
    const fs::path scratch = postgres.dir().path();
    const fs::path out = scratch / "out";
    const fs::path back = scratch / "back" / "round.db";

    auto run = run_command(INSPRAAK_BINARY, {"run", demo.string(), "--out", out.string(), "--format", "json"}, scratch);
    ASSERT_EQ(run.exit_code, 0) << run.err;
    const std::string expected = slurp(out / "reactienota.json");
    ASSERT_FALSE(expected.empty());

    auto there = run_command(INSPRAAK_BINARY, {"store", "copy", (out / "round.db").string(), postgres.text()}, scratch);
    ASSERT_EQ(there.exit_code, 0) << there.err;
    EXPECT_EQ(there.err, "");
    EXPECT_NE(there.out.find("Ronde gekopieerd van "), std::string::npos) << there.out;
    EXPECT_EQ(there.out.find('\n'), there.out.size() - 1) << there.out;

    auto report_there = run_command(INSPRAAK_BINARY, {"report", demo.string(), "--store", postgres.text(), "--out",
                                                      (scratch / "other1").string(), "--format", "json"},
                                    scratch);
    ASSERT_EQ(report_there.exit_code, 0) << report_there.err;
    EXPECT_EQ(slurp(scratch / "other1" / "reactienota.json"), expected);

    auto home = run_command(INSPRAAK_BINARY, {"store", "copy", postgres.text(), back.string(), "--lang", "en"}, scratch);
    ASSERT_EQ(home.exit_code, 0) << home.err;
    EXPECT_NE(home.out.find("Round copied from "), std::string::npos) << home.out;
    EXPECT_EQ(home.out.find("password"), std::string::npos) << home.out;

    auto report_back = run_command(INSPRAAK_BINARY, {"report", demo.string(), "--store", back.string(), "--out",
                                                     (scratch / "other2").string(), "--format", "json"},
                                   scratch);
    ASSERT_EQ(report_back.exit_code, 0) << report_back.err;
    EXPECT_EQ(slurp(scratch / "other2" / "reactienota.json"), expected);

    // Copying again onto a round that now has files is refused: a bad request, nothing written.
    auto again = run_command(INSPRAAK_BINARY, {"store", "copy", (out / "round.db").string(), back.string()}, scratch);
    EXPECT_EQ(again.exit_code, 2);
    EXPECT_NE(again.err.find(back.string()), std::string::npos) << again.err;
    EXPECT_EQ(again.err.find('\n'), again.err.size() - 1) << again.err;
}

TEST(StoreCopyCommand, AMissingSourceIsAFailureOfTheStoreInOneLine) {
    TempDir scratch;
    const fs::path missing = scratch.path() / "nergens" / "round.db";
    const fs::path target = scratch.path() / "doel.db";
    auto result = run_command(INSPRAAK_BINARY, {"store", "copy", missing.string(), target.string()}, scratch.path());
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.err.find(missing.string()), std::string::npos) << result.err;
    EXPECT_EQ(result.err.find('\n'), result.err.size() - 1) << result.err;
    EXPECT_FALSE(fs::exists(target));  // no target made for nothing
}

TEST(StoreCopyCommand, WithoutSubcommandOrArgumentsItIsABadCommandLine) {
    TempDir scratch;
    EXPECT_EQ(run_command(INSPRAAK_BINARY, {"store"}, scratch.path()).exit_code, 2);
    EXPECT_EQ(run_command(INSPRAAK_BINARY, {"store", "copy", "a.db"}, scratch.path()).exit_code, 2);
}

}  // namespace
}  // namespace inspraak
