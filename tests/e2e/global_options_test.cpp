// End to end: the global options (--plugins, -q/--quiet, --lang) work before and after the
// subcommand, as docs/command-line.md says.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "test_support/run_command.hpp"
#include "test_support/temp_dir.hpp"

namespace inspraak {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::Not;

const fs::path demo = fs::path(INSPRAAK_SOURCE_DIR) / "inputs/demo";

TEST(GlobalOptions, QuietWorksAfterTheSubcommand) {
    TempDir dir;
    auto out = (dir.path() / "out").string();
    auto loud = run_command(INSPRAAK_BINARY, {"init", demo.string(), "--out", out}, dir.path());
    ASSERT_EQ(loud.exit_code, 0) << loud.err;
    EXPECT_THAT(loud.out, HasSubstr("Store: "));
    auto after = run_command(INSPRAAK_BINARY, {"init", demo.string(), "--out", out, "-q"}, dir.path());
    ASSERT_EQ(after.exit_code, 0) << after.err;
    EXPECT_EQ(after.out, "");
    auto before = run_command(INSPRAAK_BINARY, {"--quiet", "init", demo.string(), "--out", out}, dir.path());
    ASSERT_EQ(before.exit_code, 0) << before.err;
    EXPECT_EQ(before.out, "");
}

TEST(GlobalOptions, PluginsWorksAfterTheSubcommand) {
    TempDir dir;
    auto empty = dir.path() / "no-plugins";
    fs::create_directories(empty);
    for (const auto& args : {std::vector<std::string>{"plugins", "--plugins", empty.string()},
                             std::vector<std::string>{"--plugins", empty.string(), "plugins"}}) {
        auto run = run_command(INSPRAAK_BINARY, args, dir.path());
        ASSERT_EQ(run.exit_code, 0) << run.err;
        EXPECT_THAT(run.out, HasSubstr("geen plugins gevonden")) << args[0];
        EXPECT_THAT(run.out, Not(HasSubstr("classify-bm25"))) << args[0];
    }
    auto missing = run_command(INSPRAAK_BINARY, {"plugins", "--plugins", (dir.path() / "nope").string()}, dir.path());
    EXPECT_EQ(missing.exit_code, 2);
}

TEST(GlobalOptions, LangWorksAfterTheSubcommand) {
    TempDir dir;
    auto after = run_command(INSPRAAK_BINARY, {"plugins", "--lang", "en"}, dir.path());
    ASSERT_EQ(after.exit_code, 0) << after.err;
    EXPECT_THAT(after.out, HasSubstr("NAME"));
    auto equals = run_command(INSPRAAK_BINARY, {"plugins", "--lang=en"}, dir.path());
    ASSERT_EQ(equals.exit_code, 0) << equals.err;
    EXPECT_THAT(equals.out, HasSubstr("NAME"));
    auto bad = run_command(INSPRAAK_BINARY, {"plugins", "--lang", "fr"}, dir.path());
    EXPECT_EQ(bad.exit_code, 2);
}

}  // namespace
}  // namespace inspraak
