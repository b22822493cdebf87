// CI guard for classification quality: runs `inspraak eval` on every gold set named in
// tests/gold/baseline.json and fails when a figure drops below the one recorded there.
// When the classifier gets better, raise the recorded figures (rounded down to 3 decimals) in the
// same commit, so the gain cannot silently be lost again.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "test_support/run_command.hpp"
#include "test_support/temp_dir.hpp"

namespace inspraak {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const fs::path source_dir = INSPRAAK_SOURCE_DIR;
const fs::path gold_dir = source_dir / "tests/gold";

// The figures `inspraak eval --format json` reports that the baseline records.
const std::vector<std::string> guarded_figures = {"top1", "top2", "macro_f1", "route_accuracy"};

// Measured figures may differ from the recorded ones by floating-point noise only.
constexpr double tolerance = 1e-9;

json read_json(const fs::path& file) {
    std::ifstream in(file);
    if (!in) throw std::runtime_error(file.string() + ": not readable");
    return json::parse(in);
}

// One message per figure that is missing or below its baseline; empty when all hold.
std::vector<std::string> regressions(const std::string& set, const json& baseline, const json& measured) {
    std::vector<std::string> found;
    for (const auto& figure : guarded_figures) {
        if (!baseline.contains(figure) || !baseline[figure].is_number()) {
            found.push_back(set + ": baseline.json has no number for " + figure);
            continue;
        }
        if (!measured.contains(figure) || !measured[figure].is_number()) {
            found.push_back(set + ": eval reported no number for " + figure);
            continue;
        }
        double recorded = baseline[figure].get<double>();
        double now = measured[figure].get<double>();
        if (now < recorded - tolerance)
            found.push_back(set + ": " + figure + " dropped to " + std::to_string(now) + " (baseline " +
                            std::to_string(recorded) + ")");
    }
    return found;
}

TEST(EvalGuard, EveryGoldSetKeepsItsRecordedFigures) {
    json baseline = read_json(gold_dir / "baseline.json");
    ASSERT_TRUE(baseline.is_object() && !baseline.empty()) << "baseline.json must be an object of gold sets";
    TempDir scratch;
    for (const auto& [set, recorded] : baseline.items()) {
        SCOPED_TRACE(set);
        ASSERT_TRUE(recorded.contains("round") && recorded["round"].is_string()) << set << ": no \"round\" folder";
        std::string gold = "tests/gold/" + set + ".jsonl";
        std::string round = recorded["round"].get<std::string>();
        auto run = run_command(INSPRAAK_BINARY, {"eval", gold, "--round", round, "--format", "json"}, scratch.path(),
                               source_dir);
        ASSERT_EQ(run.exit_code, 0) << "inspraak eval " << gold << " --round " << round << " failed:\n" << run.err;
        json measured = json::parse(run.out, nullptr, false);
        ASSERT_FALSE(measured.is_discarded()) << "eval output is not JSON:\n" << run.out;
        for (const auto& message : regressions(set, recorded, measured)) ADD_FAILURE() << message;
        std::cout << "[ guard    ] " << set;
        for (const auto& figure : guarded_figures)
            std::cout << " " << figure << "=" << measured.value(figure, -1.0) << " (baseline "
                      << recorded.value(figure, -1.0) << ")";
        std::cout << "\n";
        EXPECT_TRUE(measured.value("unknown_chapters", json::array()).empty())
            << set << ": gold names chapters the framework does not have: " << measured["unknown_chapters"].dump();
    }
}

// A gold set without a baseline entry would not be guarded at all.
TEST(EvalGuard, EveryGoldSetHasABaseline) {
    json baseline = read_json(gold_dir / "baseline.json");
    for (const auto& entry : fs::directory_iterator(gold_dir)) {
        if (entry.path().extension() != ".jsonl") continue;
        EXPECT_TRUE(baseline.contains(entry.path().stem().string()))
            << entry.path().filename() << " has no entry in tests/gold/baseline.json";
    }
}

TEST(EvalGuard, ReportsAFigureBelowItsBaseline) {
    json recorded = {{"top1", 0.8}, {"top2", 0.9}, {"macro_f1", 0.7}, {"route_accuracy", 0.6}};
    json same = recorded;
    EXPECT_TRUE(regressions("x", recorded, same).empty());

    json better = {{"top1", 0.85}, {"top2", 0.9 + 1e-12}, {"macro_f1", 0.7 - 1e-12}, {"route_accuracy", 1.0}};
    EXPECT_TRUE(regressions("x", recorded, better).empty()) << "noise within the tolerance is no drop";

    json worse = same;
    worse["top2"] = 0.89;
    auto found = regressions("x", recorded, worse);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_NE(found[0].find("top2 dropped to 0.89"), std::string::npos) << found[0];
    EXPECT_NE(found[0].find("baseline 0.9"), std::string::npos) << found[0];
}

TEST(EvalGuard, ReportsAMissingFigure) {
    json recorded = {{"top1", 0.8}, {"top2", 0.9}, {"macro_f1", 0.7}};
    json measured = {{"top1", 0.8}, {"top2", 0.9}, {"macro_f1", 0.7}, {"route_accuracy", "n/a"}};
    auto found = regressions("x", recorded, measured);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_NE(found[0].find("baseline.json has no number for route_accuracy"), std::string::npos) << found[0];

    recorded["route_accuracy"] = 0.5;
    found = regressions("x", recorded, measured);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_NE(found[0].find("eval reported no number for route_accuracy"), std::string::npos) << found[0];
}

}  // namespace
}  // namespace inspraak
