// End to end: bad input, broken plugins, a missing round and a damaged store, as docs/command-line.md
// says: a bad file is a warning and the round completes; a bad command, a missing round or a
// damaged store is one line on stderr and a non-zero exit.
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

const fs::path demo = fs::path(INSPRAAK_SOURCE_DIR) / "inputs/demo";

size_t lines(const std::string& s) { return static_cast<size_t>(std::count(s.begin(), s.end(), '\n')); }

// A copy of the demo round that a test may change.
fs::path copy_of_demo(const TempDir& dir) {
    auto round = dir.path() / "round";
    fs::copy(demo, round, fs::copy_options::recursive);
    return round;
}

TEST(Robustness, ABrokenPluginIsNamedAndTheRunSucceedsWithTheOthers) {
    TempDir dir;
    auto plugins = dir.path() / "plugins";
    fs::create_directories(plugins);
    for (const auto& entry : fs::directory_iterator(INSPRAAK_PLUGIN_DIR))
        if (entry.path().extension() == ".so") fs::create_symlink(entry.path(), plugins / entry.path().filename());
    for (const char* broken : {"libfixture-other-api.so", "libfixture-throws.so", "libfixture-no-entry.so"})
        fs::copy_file(fs::path(FIXTURE_PLUGIN_DIR) / broken, plugins / broken);

    auto run = run_command(INSPRAAK_BINARY, {"--plugins", plugins.string(), "run", demo.string(), "--out",
                                             (dir.path() / "out").string()}, dir.path());
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_THAT(run.err, HasSubstr("libfixture-other-api.so"));
    EXPECT_THAT(run.err, HasSubstr("andere API-versie"));
    EXPECT_THAT(run.err, HasSubstr("libfixture-throws.so"));
    EXPECT_THAT(run.err, HasSubstr("libfixture-no-entry.so"));
    EXPECT_EQ(lines(run.err), 3u) << run.err;
    EXPECT_TRUE(fs::exists(dir.path() / "out/reactienota.md"));

    auto listed = run_command(INSPRAAK_BINARY, {"--plugins", plugins.string(), "plugins"}, dir.path());
    ASSERT_EQ(listed.exit_code, 0);
    EXPECT_THAT(listed.out, HasSubstr("classify-bm25"));
    EXPECT_THAT(listed.out, HasSubstr("init mislukt"));
    EXPECT_THAT(listed.out, HasSubstr("geen ingangspunt"));
}

TEST(Robustness, BadFilesAreWarningsRecordedAndListedAndTheRoundGoesOn) {
    TempDir dir;
    auto round = copy_of_demo(dir);
    std::ofstream(round / "submissions/kapot.eml") << "dit is geen e-mail\n";
    std::ofstream(round / "submissions/leeg.txt") << "";
    std::ofstream(round / "submissions/tekening.dwg") << "binary";
    // Office files cut off half-way (an interrupted download): one line each, also from the
    // libraries that read them.
    for (const char* name : {"transportbedrijf.pdf", "brief-inwoner-scan.png", "werkgeversvereniging.docx"}) {
        std::string whole = slurp(round / "submissions" / name);
        std::ofstream(round / "submissions" / (std::string("half-") + name), std::ios::binary) << whole.substr(0, whole.size() / 2);
    }
    auto out = dir.path() / "out";
    auto run = run_command(INSPRAAK_BINARY, {"run", round.string(), "--out", out.string()}, dir.path());
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(lines(run.err), 6u) << run.err;
    for (const char* name : {"half-transportbedrijf.pdf: ", "half-brief-inwoner-scan.png: ", "half-werkgeversvereniging.docx: "})
        EXPECT_THAT(run.err, HasSubstr(std::string("submissions/") + name));
    EXPECT_THAT(run.err, HasSubstr("submissions/kapot.eml: "));
    EXPECT_THAT(run.err, HasSubstr("submissions/leeg.txt: "));
    EXPECT_THAT(run.err, HasSubstr("submissions/tekening.dwg: geen ingest-plugin"));
    std::string md = slurp(out / "reactienota.md");
    EXPECT_THAT(md, HasSubstr("kapot.eml"));
    EXPECT_THAT(md, HasSubstr("tekening.dwg"));
    // The good files all went through.
    auto report = nlohmann::json::parse(slurp(out / "reactienota.json"));
    EXPECT_GE(report["points"].size(), 25u);

    // The originals of failed files are kept: the second run reads nothing again.
    auto again = run_command(INSPRAAK_BINARY, {"run", round.string(), "--out", out.string()}, dir.path());
    EXPECT_EQ(again.exit_code, 0);
    EXPECT_THAT(again.out, HasSubstr("0 nieuwe bestanden"));

    auto strict = run_command(INSPRAAK_BINARY, {"run", round.string(), "--out", (dir.path() / "strict").string(), "--strict"},
                              dir.path());
    EXPECT_EQ(strict.exit_code, 3);
    EXPECT_THAT(strict.err, HasSubstr("--strict"));
}

TEST(Robustness, AChangedFileReplacesItsEarlierVersion) {
    TempDir dir;
    auto round = copy_of_demo(dir);
    auto out = dir.path() / "out";
    ASSERT_EQ(run_command(INSPRAAK_BINARY, {"run", round.string(), "--out", out.string()}, dir.path()).exit_code, 0);
    std::ofstream(round / "submissions/inwoner-brief.txt", std::ios::trunc)
        << "Beste gemeente,\n\nOok zou ik graag zien dat de gemeente de stedenband met Polen nieuw leven inblaast.\n\n"
           "Met vriendelijke groet,\nA. Inwoner\n";
    auto run = run_command(INSPRAAK_BINARY, {"run", round.string(), "--out", out.string()}, dir.path());
    ASSERT_EQ(run.exit_code, 0) << run.err;
    std::string json = slurp(out / "reactienota.json");
    EXPECT_THAT(json, HasSubstr("stedenband met Polen"));
    // The old version's points are gone, not doubled.
    auto report = nlohmann::json::parse(json);
    int parking = 0;
    for (const auto& p : report["points"]) parking += p["text"].get<std::string>().find("parkeren") != std::string::npos;
    EXPECT_EQ(parking, 0);
}

TEST(Robustness, AMissingRoundIsOneLineAndNonZero) {
    TempDir dir;
    auto run = run_command(INSPRAAK_BINARY, {"run", (dir.path() / "nope").string()}, dir.path());
    EXPECT_NE(run.exit_code, 0);
    EXPECT_EQ(lines(run.err), 1u) << run.err;
    EXPECT_THAT(run.err, HasSubstr("nope"));

    auto no_json = run_command(INSPRAAK_BINARY, {"run", dir.path().string(), "--out", (dir.path() / "o").string()}, dir.path());
    EXPECT_EQ(no_json.exit_code, 1);
    EXPECT_EQ(lines(no_json.err), 1u) << no_json.err;
    EXPECT_THAT(no_json.err, HasSubstr("round.json"));
}

TEST(Robustness, AStageWithoutAStoreIsOneLineAndNonZero) {
    TempDir dir;
    auto run = run_command(INSPRAAK_BINARY, {"classify", demo.string(), "--out", (dir.path() / "none").string()}, dir.path());
    EXPECT_EQ(run.exit_code, 1);
    EXPECT_EQ(lines(run.err), 1u) << run.err;
    EXPECT_THAT(run.err, HasSubstr("round.db"));
}

TEST(Robustness, ADamagedStoreIsOneLineAndNonZero) {
    TempDir dir;
    auto out = dir.path() / "out";
    fs::create_directories(out);
    std::ofstream(out / "round.db") << std::string(4096, 'x');
    auto run = run_command(INSPRAAK_BINARY, {"report", demo.string(), "--out", out.string()}, dir.path());
    EXPECT_EQ(run.exit_code, 1);
    EXPECT_EQ(lines(run.err), 1u) << run.err;
    EXPECT_THAT(run.err, HasSubstr("round.db"));
}

TEST(Robustness, ABadRoundJsonNamesTheFile) {
    TempDir dir;
    auto round = copy_of_demo(dir);
    std::ofstream(round / "round.json") << "{\"title\": \"x\", ";
    auto run = run_command(INSPRAAK_BINARY, {"run", round.string(), "--out", (dir.path() / "o").string()}, dir.path());
    EXPECT_EQ(run.exit_code, 1);
    EXPECT_EQ(lines(run.err), 1u) << run.err;
    EXPECT_THAT(run.err, HasSubstr("round.json"));
}

TEST(Robustness, ABadCommandIsOneLineAndExitTwo) {
    TempDir dir;
    auto unknown = run_command(INSPRAAK_BINARY, {"frobnicate"}, dir.path());
    EXPECT_EQ(unknown.exit_code, 2);
    EXPECT_EQ(lines(unknown.err), 1u) << unknown.err;
    auto no_round = run_command(INSPRAAK_BINARY, {"run"}, dir.path());
    EXPECT_EQ(no_round.exit_code, 2);
    EXPECT_EQ(lines(no_round.err), 1u) << no_round.err;
}

TEST(Robustness, EverySubcommandHasHelp) {
    TempDir dir;
    for (const char* sub : {"run", "init", "ingest", "classify", "draft", "report", "plugins", "eval"}) {
        auto run = run_command(INSPRAAK_BINARY, {sub, "--help"}, dir.path());
        EXPECT_EQ(run.exit_code, 0) << sub;
        EXPECT_THAT(run.out, HasSubstr(sub)) << sub;
    }
    auto english = run_command(INSPRAAK_BINARY, {"--lang", "en", "run", "--help"}, dir.path());
    EXPECT_THAT(english.out, HasSubstr("the whole round"));
}

TEST(Robustness, EvalPrintsTheFiguresForTheDemoGoldSet) {
    TempDir dir;
    auto gold = fs::path(INSPRAAK_SOURCE_DIR) / "tests/gold/demo.jsonl";
    auto run = run_command(INSPRAAK_BINARY, {"eval", gold.string(), "--round", demo.string(), "--format", "json"}, dir.path());
    ASSERT_EQ(run.exit_code, 0) << run.err;
    auto figures = nlohmann::json::parse(run.out);
    EXPECT_GE(figures["points"].get<int>(), 25);
    for (const char* key : {"top1", "top2", "macro_f1", "route_accuracy"}) {
        double value = figures[key];
        EXPECT_GE(value, 0.0) << key;
        EXPECT_LE(value, 1.0) << key;
    }
    EXPECT_GE(figures["top2"].get<double>(), figures["top1"].get<double>());
    auto text = run_command(INSPRAAK_BINARY, {"eval", gold.string(), "--round", demo.string()}, dir.path());
    EXPECT_THAT(text.out, HasSubstr("top-1 hoofdstuk"));
    EXPECT_THAT(text.out, HasSubstr("verwarringsmatrix"));
}

TEST(CommandLine, SenderDetailsForOneFileComeFromTheCommandLine) {
    TempDir dir;
    auto round = copy_of_demo(dir);
    auto out = dir.path() / "out";
    ASSERT_EQ(run_command(INSPRAAK_BINARY, {"run", round.string(), "--out", out.string()}, dir.path()).exit_code, 0);
    auto letter = round / "submissions/los-briefje.txt";
    std::ofstream(letter) << "Beste gemeente,\n\nNeem de stedenband met Polen op in hoofdstuk 5.\n\nGroet,\nKees\n";
    auto ingest = run_command(INSPRAAK_BINARY, {"ingest", round.string(), letter.string(), "--out", out.string(),
                                                "--organisation", "Stichting Polen-Maasbergen", "--group", "partners"},
                              dir.path());
    ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
    EXPECT_THAT(ingest.out, HasSubstr("1 nieuwe bestanden van 1"));
    for (const char* stage : {"classify", "draft"})
        ASSERT_EQ(run_command(INSPRAAK_BINARY, {stage, round.string(), "--out", out.string()}, dir.path()).exit_code, 0);
    ASSERT_EQ(run_command(INSPRAAK_BINARY, {"report", round.string(), "--out", out.string(), "--format", "md"}, dir.path())
                  .exit_code, 0);
    std::string md = slurp(out / "reactienota.md");
    EXPECT_THAT(md, HasSubstr("Stichting Polen-Maasbergen"));
    EXPECT_THAT(md, HasSubstr("stedenband met Polen"));

    auto outside = run_command(INSPRAAK_BINARY, {"ingest", round.string(), (fs::path(INSPRAAK_SOURCE_DIR) / "README.md").string(),
                                                 "--out", out.string()}, dir.path());
    EXPECT_EQ(outside.exit_code, 1);
    EXPECT_THAT(outside.err, HasSubstr("rondemap"));
}

}  // namespace
}  // namespace inspraak
