// The group stage on a store, and what the report makes of its groups: one row per group, led by
// its first point, with the count, the members and the lead's reaction for all of them.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>

#include "host/plugin_host.hpp"
#include "pipeline/pipeline.hpp"
#include "test_support/run_command.hpp"
#include "test_support/temp_dir.hpp"

namespace inspraak::core {
namespace {

namespace fs = std::filesystem;

const std::string letter =
    "Wij vragen de gemeente om de speeltuin aan het Kastanjeplein te behouden. Het is de enige plek in de "
    "buurt waar jonge kinderen veilig kunnen spelen, en ouders ontmoeten elkaar daar dagelijks. Verplaats "
    "de geplande parkeerplaatsen naar het terrein achter de sporthal, waar nu al ruimte genoeg is.";

class GroupStage : public ::testing::Test {
protected:
    void SetUp() override {
        round_ = dir_.path() / "ronde";
        fs::create_directories(round_ / "submissions");
        std::ofstream(round_ / "kader.md") << "# Kader\n\n## 1 Spelen\n\nSpeeltuinen en pleinen.\n";
        write_round(0.8);
    }

    void write_round(double threshold) {
        std::ofstream(round_ / "round.json")
            << nlohmann::json{{"title", "Ronde"}, {"date", "2024-01-01"}, {"framework", "kader.md"},
                              {"duplicate_threshold", threshold}}
                   .dump();
    }

    std::unique_ptr<Pipeline> pipeline(const PluginHost& host) {
        PipelineOptions options;
        options.round_dir = round_;
        options.out_dir = dir_.path() / "out";
        auto p = std::make_unique<Pipeline>(options, host);
        p->init();
        return p;
    }

    // Adds a submission with these points; returns its id.
    std::string add(Store& store, const std::vector<std::string>& points, std::vector<std::string> notes = {}) {
        return store.write([&](Store&) {
            const std::string n = std::to_string(++files_);
            int64_t file = store.add_file("submissions/f" + n + ".txt", "sha" + n, "x", "ingest-text", "ok", "");
            IngestedSubmission submission;
            submission.body = "x";
            submission.notes = std::move(notes);
            std::string id = store.add_submission(file, 0, Stakeholder{"", "", "inwoner", "", ""}, submission);
            for (std::size_t i = 0; i < points.size(); ++i)
                store.add_point(Point{id + "." + std::to_string(i + 1), id, static_cast<int>(i + 1), points[i], "", ""});
            return id;
        });
    }

    TempDir dir_;
    fs::path round_;
    int files_ = 0;
};

TEST_F(GroupStage, GroupsACampaignIsIdempotentAndLetsNewPointsJoin) {
    PluginHost host({});
    auto p = pipeline(host);
    Store& store = p->store();
    add(store, {"Een eigen punt over de fietsenstalling bij het station, die veel te klein is."});
    add(store, {"Ik woon hier sinds 1990.", letter});
    add(store, {letter});
    add(store, {"Aan het college. " + letter});

    auto first = p->group();
    EXPECT_EQ(first.groups, 1);
    EXPECT_EQ(first.grouped_points, 3);
    EXPECT_EQ(first.changed, 3);
    auto groups = store.point_groups();
    ASSERT_EQ(groups.size(), 3u);
    EXPECT_EQ(groups["I002.2"].group_id, "I002.2");
    EXPECT_EQ(groups["I003.1"].group_id, "I002.2");
    EXPECT_EQ(groups["I004.1"].group_id, "I002.2");
    EXPECT_LT(groups["I004.1"].similarity, 1.0);

    const auto audit_before = store.audit_count();
    auto again = p->group();
    EXPECT_EQ(again.changed, 0);
    EXPECT_EQ(again.groups, 1);
    EXPECT_EQ(store.audit_count(), audit_before);

    add(store, {letter});
    auto later = p->group();
    EXPECT_EQ(later.changed, 1);
    EXPECT_EQ(later.grouped_points, 4);
    EXPECT_EQ(store.point_groups()["I005.1"].group_id, "I002.2");
}

TEST_F(GroupStage, MembersTakeTheLeadsClassification) {
    PluginHost host({INSPRAAK_PLUGIN_DIR});
    if (!host.classifier("")) GTEST_SKIP() << "no classify plugin built";
    auto p = pipeline(host);
    Store& store = p->store();
    add(store, {letter});
    // "Kastanjehof" for "Kastanjeplein": classified alone, its `why` would lack "plein".
    std::string varied = letter;
    varied.replace(varied.find("Kastanjeplein"), 13, "Kastanjehof");
    add(store, {varied});
    add(store, {"Een eigen punt over de pleinen en de speeltuinen."});
    ASSERT_EQ(p->group().grouped_points, 2);

    auto count = p->classify();
    EXPECT_EQ(count.done, 3);
    auto classifications = store.classifications();
    ASSERT_TRUE(classifications.contains("I001.1") && classifications.contains("I002.1"));
    EXPECT_EQ(classifications["I002.1"].classification.why, classifications["I001.1"].classification.why);
    EXPECT_EQ(classifications["I002.1"].classification.route, classifications["I001.1"].classification.route);
    EXPECT_NE(classifications["I003.1"].classification.why, classifications["I001.1"].classification.why);
}

TEST_F(GroupStage, AStricterThresholdUndoesGroupsThatNoLongerHold) {
    PluginHost host({});
    {
        auto p = pipeline(host);
        add(p->store(), {letter});
        add(p->store(), {"Aan het college. " + letter});
        EXPECT_EQ(p->group().groups, 1);
    }
    write_round(1.0);
    auto p = pipeline(host);
    auto result = p->group();
    EXPECT_EQ(result.groups, 0);
    EXPECT_EQ(result.changed, 2);
    EXPECT_TRUE(p->store().point_groups().empty());
}

TEST_F(GroupStage, TheReportShowsEachGroupOnceWithTheLeadsReactionAndTheNotes) {
    PluginHost host({INSPRAAK_PLUGIN_DIR});
    if (!host.reporter("json")) GTEST_SKIP() << "report-json is not built";
    auto p = pipeline(host);
    Store& store = p->store();
    add(store, {"Een eigen punt over de fietsenstalling bij het station, die veel te klein is."});
    add(store, {letter}, {"uit OCR, zekerheid 71%"});
    add(store, {letter});
    add(store, {letter});
    p->group();
    store.save_reaction("I002.1", Reaction{"Wij behouden de speeltuin.", "approved", "ambtenaar"});
    store.save_reaction("I003.1", Reaction{"Een concept voor een lid.", "draft", "inspraak"});

    auto files = p->report({"json"});
    ASSERT_EQ(files.size(), 1u);
    auto report = nlohmann::json::parse(slurp(files.front()));
    ASSERT_EQ(report["points"].size(), 2u);
    const auto& alone = report["points"][0];
    EXPECT_EQ(alone["id"], "I001.1");
    EXPECT_EQ(alone["group_size"], 1);
    EXPECT_TRUE(alone["group_members"].empty());
    const auto& lead = report["points"][1];
    EXPECT_EQ(lead["id"], "I002.1");
    EXPECT_EQ(lead["group_size"], 3);
    EXPECT_EQ(lead["group_members"], (nlohmann::json{"I003.1", "I004.1"}));
    EXPECT_EQ(lead["reaction"], "Wij behouden de speeltuin.");
    EXPECT_EQ(lead["status"], "approved");
    EXPECT_EQ(lead["notes"], (nlohmann::json{"uit OCR, zekerheid 71%"}));
    // Every submission is still listed: the members' senders count.
    EXPECT_EQ(report["submissions"].size(), 4u);
}

}  // namespace
}  // namespace inspraak::core
