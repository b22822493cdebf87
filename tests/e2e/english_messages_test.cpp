// End to end: with --lang en what the host itself says comes out in English (round.json errors, a
// missing round, the plugins table, the framework command, eval, the stages' warnings and errors,
// the store's); without it, Dutch as before. The reactienota lists the problems in its own language,
// the round's, whatever the language of the command line.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

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
    EXPECT_THAT(english.out, HasSubstr("built for API"));
    EXPECT_THAT(english.out, Not(HasSubstr("verwacht")));
    auto dutch = inspraak(dir, args, false);
    EXPECT_THAT(dutch.out, HasSubstr("VERSIE"));
    EXPECT_THAT(dutch.out, HasSubstr("andere API-versie"));
    EXPECT_THAT(dutch.out, HasSubstr("gebouwd voor API"));
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

// A small round of our own: one letter and a file no plugin reads.
fs::path small_round(const TempDir& dir, const std::string& language) {
    auto round = dir.path() / "round";
    fs::create_directories(round / "submissions");
    std::ofstream(round / "round.json") << R"({"title": "T", "framework": "kader.md", "language": ")" << language
                                        << R"(", "colour": "blue"})";
    std::ofstream(round / "kader.md") << "# Kader\n\n## 1 Inleiding\n\nOver de samenwerking in de regio.\n";
    std::ofstream(round / "submissions/brief.txt") << "Beste gemeente,\n\nWerk meer samen in de regio.\n\nGroet,\nKees\n";
    std::ofstream(round / "submissions/tekening.dwg") << "binary";
    return round;
}

// Words of the host's Dutch messages that have no place in an English line.
void expect_no_dutch(const std::string& text) {
    for (const char* word : {"waarschuwing", "geen ", "niet ", "bestand", "onbekende", "rondemap", "voer eerst"})
        EXPECT_THAT(text, Not(HasSubstr(word))) << text;
}

TEST(EnglishMessages, ABadFileWarningAndTheRoundJsonWarning) {
    TempDir dir;
    auto round = small_round(dir, "nl");
    std::vector<std::string> args = {"run", round.string(), "--out", (dir.path() / "out").string(), "--format", "json"};
    auto english = inspraak(dir, args, true);
    ASSERT_EQ(english.exit_code, 0) << english.err;
    EXPECT_THAT(english.err, HasSubstr("/round.json: unknown key 'colour' ignored"));
    EXPECT_THAT(english.err, HasSubstr("warning: submissions/tekening.dwg: no ingest plugin for .dwg files\n"));
    EXPECT_EQ(lines(english.err), 2u) << english.err;
    expect_no_dutch(english.err);
    // The round is Dutch, so is its reactienota, problems included.
    auto report = nlohmann::json::parse(slurp(dir.path() / "out/reactienota.json"));
    EXPECT_EQ(report["problems"], nlohmann::json::array({"submissions/tekening.dwg: geen ingest-plugin voor .dwg-bestanden"}));

    TempDir other;
    auto dutch = inspraak(other, {"run", small_round(other, "nl").string(), "--out", (other.path() / "out").string()}, false);
    ASSERT_EQ(dutch.exit_code, 0) << dutch.err;
    EXPECT_THAT(dutch.err, HasSubstr("/round.json: onbekende sleutel 'colour' genegeerd"));
    EXPECT_THAT(dutch.err, HasSubstr("waarschuwing: submissions/tekening.dwg: geen ingest-plugin voor .dwg-bestanden\n"));
}

TEST(EnglishMessages, AnEnglishRoundListsItsProblemsInEnglish) {
    TempDir dir;
    auto round = small_round(dir, "en");
    auto dutch = inspraak(dir, {"run", round.string(), "--out", (dir.path() / "out").string(), "--format", "json"}, false);
    ASSERT_EQ(dutch.exit_code, 0) << dutch.err;
    EXPECT_THAT(dutch.err, HasSubstr("waarschuwing: submissions/tekening.dwg: geen ingest-plugin voor .dwg-bestanden"));
    auto report = nlohmann::json::parse(slurp(dir.path() / "out/reactienota.json"));
    EXPECT_EQ(report["problems"], nlohmann::json::array({"submissions/tekening.dwg: no ingest plugin for .dwg files"}));
}

TEST(EnglishMessages, AMissingStore) {
    TempDir dir;
    auto round = small_round(dir, "nl");
    auto store = (dir.path() / "out/round.db").string();
    for (const char* stage : {"ingest", "classify", "draft", "report"}) {
        std::vector<std::string> args = {stage, round.string(), "--out", (dir.path() / "out").string()};
        auto english = inspraak(dir, args, true);
        EXPECT_EQ(english.exit_code, 1) << stage;
        EXPECT_THAT(english.err, HasSubstr("inspraak: " + store + ": no store found (run 'inspraak init' or 'inspraak run' first)\n"))
            << stage;
        expect_no_dutch(english.err.substr(english.err.find("inspraak: ")));
        auto dutch = inspraak(dir, args, false);
        EXPECT_THAT(dutch.err, HasSubstr(store + ": geen store gevonden (voer eerst 'inspraak init' of 'inspraak run' uit)"))
            << stage;
    }
}

TEST(EnglishMessages, AStageThatCannotGoOn) {
    TempDir dir;
    auto round = small_round(dir, "nl");
    auto out = (dir.path() / "out").string();
    ASSERT_EQ(inspraak(dir, {"init", round.string(), "--out", out}, true).exit_code, 0);
    auto classifier = inspraak(dir, {"classify", round.string(), "--out", out, "--classifier", "nope"}, true);
    EXPECT_EQ(classifier.exit_code, 1);
    EXPECT_THAT(classifier.err, HasSubstr("inspraak: classify plugin 'nope' not loaded\n"));
    auto format = inspraak(dir, {"report", round.string(), "--out", out, "--format", "xyz"}, true);
    EXPECT_EQ(format.exit_code, 1);
    EXPECT_THAT(format.err, HasSubstr("inspraak: no report plugin for format 'xyz'\n"));
    auto outside = inspraak(dir, {"ingest", round.string(), (fs::path(INSPRAAK_SOURCE_DIR) / "README.md").string(), "--out", out},
                            true);
    EXPECT_EQ(outside.exit_code, 1);
    EXPECT_THAT(outside.err, HasSubstr("README.md: does not lie inside the round folder"));
    fs::remove_all(round / "submissions");
    auto no_folder = inspraak(dir, {"ingest", round.string(), "--out", out}, true);
    EXPECT_EQ(no_folder.exit_code, 1);
    EXPECT_THAT(no_folder.err, HasSubstr("submissions: submissions folder not found"));
    for (const auto* result : {&classifier, &format, &outside, &no_folder})
        expect_no_dutch(result->err.substr(result->err.find("inspraak: ")));
    auto dutch = inspraak(dir, {"classify", round.string(), "--out", out, "--classifier", "nope"}, false);
    EXPECT_THAT(dutch.err, HasSubstr("inspraak: classify-plugin 'nope' niet geladen\n"));
}

}  // namespace
}  // namespace inspraak
