// End to end: with --lang en what the host itself says comes out in English (round.json errors, a
// missing round, the plugins table, the framework command, eval); without it, Dutch as before.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>

#include "test_support/run_command.hpp"
#include "test_support/temp_dir.hpp"

namespace inspraak {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::Not;

const fs::path demo = fs::path(INSPRAAK_SOURCE_DIR) / "inputs/demo";

size_t lines(const std::string& s) { return static_cast<size_t>(std::count(s.begin(), s.end(), '\n')); }

CommandResult inspraak(const TempDir& dir, std::vector<std::string> args, bool english) {
    if (english) args.insert(args.end(), {"--lang", "en"});
    return run_command(INSPRAAK_BINARY, args, dir.path());
}

TEST(EnglishMessages, ABadRoundJson) {
    TempDir dir;
    fs::create_directories(dir.path() / "round");
    std::ofstream(dir.path() / "round/round.json") << R"({"title": "T", "framework": "k.md", "language": "fr"})";
    std::vector<std::string> args = {"init", (dir.path() / "round").string(), "--out", (dir.path() / "out").string()};
    auto english = inspraak(dir, args, true);
    EXPECT_EQ(english.exit_code, 1);
    EXPECT_EQ(lines(english.err), 1u) << english.err;
    EXPECT_THAT(english.err, HasSubstr("round.json: language 'fr' is not supported (nl or en)"));
    auto dutch = inspraak(dir, args, false);
    EXPECT_EQ(dutch.exit_code, 1);
    EXPECT_THAT(dutch.err, HasSubstr("round.json: taal 'fr' wordt niet ondersteund (nl of en)"));
}

TEST(EnglishMessages, AFolderWithoutRoundJson) {
    TempDir dir;
    std::vector<std::string> args = {"framework", dir.path().string()};
    auto english = inspraak(dir, args, true);
    EXPECT_EQ(english.exit_code, 1);
    EXPECT_EQ(lines(english.err), 1u) << english.err;
    EXPECT_THAT(english.err, HasSubstr("round.json: not found or not readable"));
    auto dutch = inspraak(dir, args, false);
    EXPECT_THAT(dutch.err, HasSubstr("round.json: niet gevonden of niet leesbaar"));
}

TEST(EnglishMessages, AMissingFrameworkFile) {
    TempDir dir;
    fs::create_directories(dir.path() / "round");
    std::ofstream(dir.path() / "round/round.json") << R"({"title": "T", "framework": "kader.md"})";
    std::vector<std::string> args = {"framework", (dir.path() / "round").string()};
    auto english = inspraak(dir, args, true);
    EXPECT_EQ(english.exit_code, 1);
    EXPECT_THAT(english.err, HasSubstr("kader.md: file not found"));
    EXPECT_THAT(inspraak(dir, args, false).err, HasSubstr("kader.md: bestand niet gevonden"));
}

TEST(EnglishMessages, ThePluginsTableAndABrokenPlugin) {
    TempDir dir;
    auto plugins = dir.path() / "plugins";
    fs::create_directories(plugins);
    fs::copy_file(fs::path(FIXTURE_PLUGIN_DIR) / "libfixture-other-api.so", plugins / "libfixture-other-api.so");
    std::vector<std::string> args = {"plugins", "--plugins", plugins.string()};
    auto english = inspraak(dir, args, true);
    ASSERT_EQ(english.exit_code, 0) << english.err;
    EXPECT_THAT(english.out, HasSubstr("VERSION"));
    EXPECT_THAT(english.out, HasSubstr("other API version"));
    EXPECT_THAT(english.out, HasSubstr("expects API"));
    EXPECT_THAT(english.out, Not(HasSubstr("verwacht")));
    auto dutch = inspraak(dir, args, false);
    EXPECT_THAT(dutch.out, HasSubstr("VERSIE"));
    EXPECT_THAT(dutch.out, HasSubstr("andere API-versie"));
    EXPECT_THAT(dutch.out, HasSubstr("verwacht API"));
}

TEST(EnglishMessages, TheFrameworkCommand) {
    TempDir dir;
    auto english = inspraak(dir, {"framework", demo.string()}, true);
    ASSERT_EQ(english.exit_code, 0) << english.err;
    EXPECT_THAT(english.out, HasSubstr("Framework: "));
    EXPECT_THAT(english.out, HasSubstr(" chapters"));
    auto dutch = inspraak(dir, {"framework", demo.string()}, false);
    EXPECT_THAT(dutch.out, HasSubstr("Kader: "));
    EXPECT_THAT(dutch.out, HasSubstr(" hoofdstukken"));
}

TEST(EnglishMessages, EvalOnTheDemo) {
    TempDir dir;
    auto gold = fs::path(INSPRAAK_SOURCE_DIR) / "tests/gold/demo.jsonl";
    auto english = inspraak(dir, {"eval", gold.string(), "--round", demo.string()}, true);
    ASSERT_EQ(english.exit_code, 0) << english.err;
    EXPECT_THAT(english.out, HasSubstr("top-1 chapter"));
    EXPECT_THAT(english.out, HasSubstr("confusion matrix"));
    EXPECT_THAT(english.out, Not(HasSubstr("verwarringsmatrix")));
    auto missing = inspraak(dir, {"eval", gold.string(), "--round", demo.string(), "--cross-validate", "999"}, true);
    EXPECT_EQ(missing.exit_code, 1);
    EXPECT_THAT(missing.err, HasSubstr("999 folds are not possible"));
}

TEST(EnglishMessages, StageSummaries) {
    TempDir dir;
    auto out = (dir.path() / "out").string();
    auto english = inspraak(dir, {"run", demo.string(), "--out", out}, true);
    ASSERT_EQ(english.exit_code, 0) << english.err;
    EXPECT_THAT(english.out, HasSubstr("Ingested: "));
    EXPECT_THAT(english.out, HasSubstr("Reactienota written:"));
    auto dutch = inspraak(dir, {"ingest", demo.string(), "--out", out}, false);
    EXPECT_THAT(dutch.out, HasSubstr("Ingelezen: "));
}

}  // namespace
}  // namespace inspraak
