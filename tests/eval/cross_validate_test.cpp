// `inspraak eval GOLD --round R --cross-validate K`: each fold in turn given to the classifier as
// the officer's decided points, the other points measured, with and without those examples.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "test_support/run_command.hpp"
#include "test_support/temp_dir.hpp"

namespace inspraak {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const fs::path source_dir = INSPRAAK_SOURCE_DIR;

json eval_json(const std::vector<std::string>& args, const fs::path& scratch) {
    std::vector<std::string> all = {"eval"};
    all.insert(all.end(), args.begin(), args.end());
    all.push_back("--format");
    all.push_back("json");
    auto run = run_command(INSPRAAK_BINARY, all, scratch, source_dir);
    EXPECT_EQ(run.exit_code, 0) << run.err;
    json out = json::parse(run.out, nullptr, false);
    EXPECT_FALSE(out.is_discarded()) << run.out;
    return out;
}

TEST(CrossValidate, ReportsBothSidesAndTheGainOnAGoldSet) {
    TempDir scratch;
    json out = eval_json({"tests/gold/demo.jsonl", "--round", "inputs/demo", "--cross-validate", "4"}, scratch.path());
    ASSERT_TRUE(out.contains("cross_validation")) << out.dump(2);
    const json& cv = out["cross_validation"];
    EXPECT_EQ(cv["folds"], 4);
    const json& without = cv["without_examples"];
    const json& with = cv["with_examples"];
    // Every point is held out in K - 1 of the K folds.
    EXPECT_EQ(without["points"].get<int>(), 3 * out["points"].get<int>());
    EXPECT_EQ(with["points"], without["points"]);
    for (const char* figure : {"top1", "top2", "macro_f1", "route_accuracy"}) {
        EXPECT_NEAR(cv["gain"][figure].get<double>(), with[figure].get<double>() - without[figure].get<double>(), 1e-12)
            << figure;
        EXPECT_GE(with[figure].get<double>(), 0.0);
        EXPECT_LE(with[figure].get<double>(), 1.0);
    }
    // Without examples the held-out points score as in a plain run: the pooled figure is the
    // plain figure (each point counted K - 1 times).
    EXPECT_NEAR(without["top1"].get<double>(), out["top1"].get<double>(), 1e-9);
}

TEST(CrossValidate, DecidedNearDuplicatesRaiseTheOthersAccuracy) {
    // Pairs of nearly identical points, decided differently from what the framework text alone
    // suggests (as an officer may); with K = 2 the members of a pair fall in different folds, so
    // each is measured while its twin is a decided example.
    TempDir scratch;
    const fs::path gold = scratch.path() / "pairs.jsonl";
    {
        std::ofstream out(gold);
        const std::vector<std::pair<std::string, std::string>> pairs = {
            {"Wij willen vaker mee met een handelsmissie naar Duitsland, met de hele sector erbij.", "B3"},
            {"Het stedenbandbeleid met Polen moet opnieuw bekeken worden door de raad.", "B1"},
            {"Maak de criteria voor nieuwe activiteiten strenger en toetsbaar voor de raad.", "3"},
            {"Talent uit het buitenland vasthouden vraagt om woningen en goede scholen.", "B2"},
        };
        for (const auto& [text, chapter] : pairs) {
            out << json{{"text", text}, {"chapters", {chapter}}, {"route", "kader"}}.dump() << '\n';
            out << json{{"text", text + " Graag!"}, {"chapters", {chapter}}, {"route", "kader"}}.dump() << '\n';
        }
    }
    json out = eval_json({gold.string(), "--round", (source_dir / "inputs/demo").string(), "--cross-validate", "2"},
                         scratch.path());
    const json& cv = out["cross_validation"];
    EXPECT_GT(cv["with_examples"]["top1"].get<double>(), cv["without_examples"]["top1"].get<double>()) << cv.dump(2);
    EXPECT_DOUBLE_EQ(cv["with_examples"]["top1"].get<double>(), 1.0) << cv.dump(2);
    EXPECT_GT(cv["gain"]["top1"].get<double>(), 0.0);
}

TEST(CrossValidate, TextOutputShowsTheComparison) {
    TempDir scratch;
    auto run = run_command(INSPRAAK_BINARY,
                           {"eval", "tests/gold/demo.jsonl", "--round", "inputs/demo", "--cross-validate", "3"},
                           scratch.path(), source_dir);
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_NE(run.out.find("kruisvalidatie (3 delen"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("winst"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("top-1"), std::string::npos) << run.out;
}

TEST(CrossValidate, ImpossibleFoldCountsAreErrors) {
    TempDir scratch;
    auto one = run_command(INSPRAAK_BINARY, {"eval", "tests/gold/demo.jsonl", "--round", "inputs/demo", "--cross-validate", "1"},
                           scratch.path(), source_dir);
    EXPECT_NE(one.exit_code, 0);
    auto too_many = run_command(INSPRAAK_BINARY,
                                {"eval", "tests/gold/demo.jsonl", "--round", "inputs/demo", "--cross-validate", "500"},
                                scratch.path(), source_dir);
    EXPECT_NE(too_many.exit_code, 0);
    EXPECT_NE(too_many.err.find("500"), std::string::npos) << too_many.err;
}

TEST(EvalExamples, AGoldFileAsDecidedPointsAndTheSectionFigure) {
    TempDir scratch;
    const fs::path examples = scratch.path() / "examples.jsonl";
    const fs::path gold = scratch.path() / "gold.jsonl";
    {
        std::ofstream(examples) << json{{"text", "De fietsenstalling bij het gemeentehuis is altijd vol."},
                                        {"chapters", {"B3"}}, {"section", ""}, {"route", "accountmanagement"}}
                                       .dump()
                                << '\n';
        std::ofstream(gold) << json{{"text", "De fietsenstalling bij het gemeentehuis is altijd vol!"}, {"chapters", {"B3"}},
                                    {"route", "accountmanagement"}}
                                   .dump()
                            << '\n'
                            << json{{"text", "De criteria voor activiteiten zijn te vaag."}, {"chapters", {"5"}},
                                    {"section", "5.1"}}
                                   .dump()
                            << '\n';
    }
    const std::string round = (source_dir / "inputs/demo").string();
    json plain = eval_json({gold.string(), "--round", round}, scratch.path());
    json taught = eval_json({gold.string(), "--round", round, "--examples", examples.string()}, scratch.path());
    EXPECT_DOUBLE_EQ(taught["top1"].get<double>(), 1.0) << taught.dump(2);
    EXPECT_DOUBLE_EQ(taught["route_accuracy"].get<double>(), 1.0) << taught.dump(2);
    EXPECT_LT(plain["top1"].get<double>(), 1.0) << plain.dump(2);
    EXPECT_EQ(taught["sections_known"], 1);
    EXPECT_TRUE(taught.contains("section_accuracy"));
}

}  // namespace
}  // namespace inspraak
