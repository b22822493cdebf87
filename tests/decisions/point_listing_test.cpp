// `inspraak points` and `inspraak show` with the real binary on a copy of the demo round: the
// list comes in round order, pages follow each other without gaps or repeats, each filter keeps
// exactly the points the store says match, and one point comes with its decision and history.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <set>

#include "store/store.hpp"
#include "test_support/run_command.hpp"
#include "test_support/temp_dir.hpp"

namespace inspraak {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

class PointListing : public ::testing::Test {
protected:
    void SetUp() override {
        setenv("USER", "ria", 1);
        fs::copy(fs::path(INSPRAAK_SOURCE_DIR) / "inputs/demo", round_, fs::copy_options::recursive);
        auto run = inspraak({"run", round_.string(), "--out", out_.string(), "-q"});
        ASSERT_EQ(run.exit_code, 0) << run.err;
        auto store = core::Store::open(out_ / "round.db");
        for (const auto& p : store.points()) all_.push_back(p.id);
        ASSERT_GT(all_.size(), 20U);
    }

    CommandResult inspraak(std::vector<std::string> args) { return run_command(INSPRAAK_BINARY, args, dir_.path()); }
    CommandResult on_round(const std::string& command, std::vector<std::string> args) {
        args.insert(args.begin(), {command, round_.string()});
        args.insert(args.end(), {"--out", out_.string()});
        return inspraak(args);
    }
    // `points --json` with the given filters: the parsed answer.
    json list(std::vector<std::string> args) {
        args.push_back("--json");
        auto r = on_round("points", args);
        EXPECT_EQ(r.exit_code, 0) << r.err;
        return json::parse(r.out);
    }
    static std::vector<std::string> ids(const json& page) {
        std::vector<std::string> out;
        for (const auto& p : page["points"]) out.push_back(p["id"]);
        return out;
    }

    TempDir dir_;
    fs::path round_ = dir_.path() / "demo";
    fs::path out_ = dir_.path() / "out";
    std::vector<std::string> all_;  // in round order, from the store
};

TEST_F(PointListing, ListsEveryPointInRoundOrderAndPagesFollowEachOther) {
    json everything = list({"--limit", "0"});
    EXPECT_EQ(everything["total"], all_.size());
    EXPECT_EQ(ids(everything), all_);

    std::vector<std::string> paged;
    for (size_t offset = 0; offset < all_.size(); offset += 7) {
        json page = list({"--limit", "7", "--offset", std::to_string(offset)});
        EXPECT_EQ(page["total"], all_.size());
        auto got = ids(page);
        EXPECT_LE(got.size(), 7U);
        paged.insert(paged.end(), got.begin(), got.end());
    }
    EXPECT_EQ(paged, all_);
}

TEST_F(PointListing, EachFilterKeepsExactlyThePointsThatMatch) {
    auto store = core::Store::open(out_ / "round.db");
    const auto classifications = store.classifications();
    // A chapter and a route that some points have and others do not.
    std::map<std::string, std::set<std::string>> by_chapter, by_route;
    for (const auto& [id, c] : classifications) {
        for (const auto& ch : c.classification.chapters) by_chapter[ch.section_id].insert(id);
        by_route[c.classification.route].insert(id);
    }
    ASSERT_GE(by_chapter.size(), 2U);
    ASSERT_GE(by_route.size(), 2U);
    for (const auto& [chapter, expected] : by_chapter) {
        auto got = ids(list({"--chapter", chapter, "--limit", "0"}));
        EXPECT_EQ(std::set<std::string>(got.begin(), got.end()), expected) << chapter;
    }
    for (const auto& [route, expected] : by_route) {
        auto got = ids(list({"--route", route, "--limit", "0"}));
        EXPECT_EQ(std::set<std::string>(got.begin(), got.end()), expected) << route;
    }

    // Confidence bounds: every point returned lies within them, and none outside is missed.
    std::set<std::string> confident;
    for (const auto& [id, c] : classifications)
        if (c.classification.confidence >= 0.5) confident.insert(id);
    auto got = ids(list({"--min-confidence", "0.5", "--limit", "0"}));
    EXPECT_EQ(std::set<std::string>(got.begin(), got.end()), confident);

    // Text search ignores case: a word of the first point, in capitals, finds it.
    std::string text = store.point(all_.front())->point.text;
    std::string word;
    for (char c : text) {
        if (std::isalpha(static_cast<unsigned char>(c))) {
            word += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        } else if (word.size() >= 5) {
            break;
        } else {
            word.clear();
        }
    }
    ASSERT_GE(word.size(), 5U) << text;
    got = ids(list({"--text", word, "--limit", "0"}));
    EXPECT_NE(std::find(got.begin(), got.end(), all_.front()), got.end()) << word;
    for (const auto& id : got) {
        std::string lower = store.point(id)->point.text;
        std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::toupper(c); });
        EXPECT_NE(lower.find(word), std::string::npos) << id;
    }
}

TEST_F(PointListing, StatusFollowsTheOfficersDecisions) {
    EXPECT_EQ(list({"--status", "goedgekeurd"})["total"], 0);
    ASSERT_EQ(on_round("approve", {all_.front()}).exit_code, 0);
    auto approved = ids(list({"--status", "approved", "--limit", "0"}));
    ASSERT_FALSE(approved.empty());
    EXPECT_EQ(approved.front(), all_.front());
    auto drafts = ids(list({"--status", "concept", "--limit", "0"}));
    EXPECT_EQ(std::find(drafts.begin(), drafts.end(), all_.front()), drafts.end());
}

TEST_F(PointListing, ACampaignListsItsMembersTogether) {
    // Two residents send the resident's letter again, word for word (the files differ only in
    // their trailing blank lines, so that neither is taken for the same file): a campaign of three.
    const std::string letter = slurp(round_ / "submissions/inwoner-brief.txt");
    std::ofstream(round_ / "submissions/inwoner-brief-2.txt", std::ios::binary) << letter << "\n";
    std::ofstream(round_ / "submissions/inwoner-brief-3.txt", std::ios::binary) << letter << "\n\n";
    ASSERT_EQ(inspraak({"run", round_.string(), "--out", out_.string(), "-q"}).exit_code, 0);
    auto store = core::Store::open(out_ / "round.db");
    const auto groups = store.group_members_by_lead();
    ASSERT_FALSE(groups.empty());
    const auto& [lead, members] = *groups.begin();
    ASSERT_GE(members.size(), 2U);
    auto got = ids(list({"--campaign", members.back(), "--limit", "0"}));
    std::vector<std::string> expected{lead};
    expected.insert(expected.end(), members.begin(), members.end());
    EXPECT_EQ(got, expected);
}

TEST_F(PointListing, AWrongFilterIsExit2WithOneLineNamingIt) {
    auto r = on_round("points", {"--chapter", "99"});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("'99'"), std::string::npos) << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    auto en = on_round("points", {"--status", "misschien", "--lang", "en"});
    EXPECT_EQ(en.exit_code, 2);
    EXPECT_EQ(en.err, "inspraak: unknown status 'misschien' (choose draft or approved)\n");
}

TEST_F(PointListing, ShowGivesThePointWithItsDecisionAndHistory) {
    const std::string id = all_.front();
    ASSERT_EQ(on_round("set", {id, "--route", "geen", "--who", "ria"}).exit_code, 0);
    auto r = on_round("show", {id, "--json"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    json shown = json::parse(r.out);
    EXPECT_EQ(shown["id"], id);
    EXPECT_EQ(shown["route"], "geen");
    EXPECT_EQ(shown["decided_by"], "ria");
    EXPECT_FALSE(shown["text"].get<std::string>().empty());
    bool route_in_history = false;
    for (const auto& e : shown["history"])
        if (e["field"] == "route" && e["new"] == "geen" && e["who"] == "ria") route_in_history = true;
    EXPECT_TRUE(route_in_history) << shown["history"].dump();

    auto text = on_round("show", {id, "--lang", "en"});
    ASSERT_EQ(text.exit_code, 0) << text.err;
    EXPECT_NE(text.out.find("Route: geen"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("Decided by: ria"), std::string::npos) << text.out;

    auto unknown = on_round("show", {"I999.9"});
    EXPECT_EQ(unknown.exit_code, 2);
    EXPECT_NE(unknown.err.find("I999.9"), std::string::npos) << unknown.err;
}

}  // namespace
}  // namespace inspraak
