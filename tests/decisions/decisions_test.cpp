// `inspraak set` and `inspraak approve` with the real binary on a copy of the demo round: each
// changed field is audited, the same decision twice changes nothing, wrong input is exit 2 with
// one line, and the machine leaves decided points alone (classify --again, draft).
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdlib>

#include "store/store.hpp"
#include "test_support/run_command.hpp"
#include "test_support/temp_dir.hpp"

namespace inspraak {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

struct AuditRow {
    std::string who, entity_id, field, old_value, new_value;
    bool operator==(const AuditRow&) const = default;
};

void PrintTo(const AuditRow& row, std::ostream* out) {
    *out << row.who << "|" << row.entity_id << "|" << row.field << "|" << row.old_value << "|" << row.new_value;
}

class Decisions : public ::testing::Test {
protected:
    void SetUp() override {
        setenv("USER", "ria", 1);
        fs::copy(fs::path(INSPRAAK_SOURCE_DIR) / "inputs/demo", round_, fs::copy_options::recursive);
        auto run = inspraak({"run", round_.string(), "--out", out_.string()});
        ASSERT_EQ(run.exit_code, 0) << run.err;
        report_ = json::parse(slurp(out_ / "reactienota.json"));
    }

    CommandResult inspraak(std::vector<std::string> args) { return run_command(INSPRAAK_BINARY, args, dir_.path()); }
    // A command on the round's store: ROUND_DIR and --out added.
    CommandResult on_round(const std::string& command, std::vector<std::string> args) {
        args.insert(args.begin(), {command, round_.string()});
        args.insert(args.end(), {"--out", out_.string()});
        return inspraak(args);
    }

    const json& point(const std::string& id) const {
        for (const auto& p : report_["points"])
            if (p["id"] == id) return p;
        throw std::runtime_error("no point " + id);
    }

    std::vector<AuditRow> audit_since(int64_t after) {
        auto store = core::Store::open(out_ / "round.db");
        std::vector<AuditRow> rows;
        core::AuditQuery since;
        since.after_id = after;
        for (const auto& e : store.audit_log(since))
            rows.push_back({e.who, e.entity_id, e.field, e.old_value, e.new_value});
        return rows;
    }
    int64_t audit_count() { return core::Store::open(out_ / "round.db").audit_count(); }

    TempDir dir_;
    fs::path round_ = dir_.path() / "demo";
    fs::path out_ = dir_.path() / "out";
    json report_;
};

TEST_F(Decisions, SetRecordsEachChangedFieldAndTheSameDecisionAgainChangesNothing) {
    const std::string id = "I001.1";
    const std::string old_route = point(id)["route"];
    const std::string old_reaction = point(id)["reaction"];
    ASSERT_NE(old_route, "public-affairs");
    std::string old_chapters;
    for (const auto& c : point(id)["chapters"]) old_chapters += (old_chapters.empty() ? "" : ",") + c["id"].get<std::string>();

    int64_t before = audit_count();
    auto set = on_round("set", {id, "--chapter", "B1", "--chapter", "1", "--route", "public-affairs", "--reaction",
                                "Dit nemen we mee in de lobby.", "--who", "piet"});
    ASSERT_EQ(set.exit_code, 0) << set.err;
    EXPECT_NE(set.out.find(id + ": route: " + old_route + " -> public-affairs"), std::string::npos) << set.out;
    EXPECT_NE(set.out.find(id + ": hoofdstukken: " + old_chapters + " -> b1,h1"), std::string::npos) << set.out;
    EXPECT_NE(set.out.find(id + ": besloten door piet"), std::string::npos) << set.out;
    EXPECT_EQ(audit_since(before),
              (std::vector<AuditRow>{{"piet", id, "chapters", old_chapters, "b1,h1"},
                                     {"piet", id, "route", old_route, "public-affairs"},
                                     {"piet", id, "reaction", old_reaction, "Dit nemen we mee in de lobby."},
                                     {"piet", id, "decided_by", "", "piet"}}));
    {
        auto store = core::Store::open(out_ / "round.db");
        auto classification = store.classifications()[id];
        EXPECT_EQ(classification.decided_by, "piet");
        EXPECT_EQ(classification.classification.route, "public-affairs");
        auto reaction = store.reactions()[id];
        EXPECT_EQ(reaction.author, "piet");
        EXPECT_EQ(reaction.status, "draft");
        auto decided = store.decided_points();
        ASSERT_EQ(decided.size(), 1U);
        EXPECT_EQ(decided[0].chapter_ids, (std::vector<std::string>{"b1", "h1"}));
        EXPECT_EQ(decided[0].route, "public-affairs");
    }

    int64_t after = audit_count();
    auto again = on_round("set", {id, "--chapter", "B1", "--chapter", "h1", "--route", "public-affairs", "--reaction",
                                  "Dit nemen we mee in de lobby."});
    EXPECT_EQ(again.exit_code, 0) << again.err;
    EXPECT_EQ(again.out, id + ": niets gewijzigd (was al zo)\n");
    EXPECT_EQ(audit_count(), after);
}

TEST_F(Decisions, WhoIsTheUserWithoutWho) {
    auto set = on_round("set", {"I001.2", "--route", "kader"});
    ASSERT_EQ(set.exit_code, 0) << set.err;
    EXPECT_EQ(core::Store::open(out_ / "round.db").classifications()["I001.2"].decided_by, "ria");
    unsetenv("USER");
    ASSERT_EQ(on_round("set", {"I001.3", "--route", "kader"}).exit_code, 0);
    EXPECT_EQ(core::Store::open(out_ / "round.db").classifications()["I001.3"].decided_by, "onbekend");
}

TEST_F(Decisions, ConfirmingTheMachinesProposalMarksThePointDecidedOnce) {
    const std::string route = point("I001.1")["route"];
    int64_t before = audit_count();
    auto set = on_round("set", {"I001.1", "--route", route});
    ASSERT_EQ(set.exit_code, 0) << set.err;
    EXPECT_EQ(audit_since(before), (std::vector<AuditRow>{{"ria", "I001.1", "decided_by", "", "ria"}}));
    EXPECT_EQ(on_round("set", {"I001.1", "--route", route}).out, "I001.1: niets gewijzigd (was al zo)\n");
}

TEST_F(Decisions, WrongInputIsExitTwoWithOneLineNamingIt) {
    int64_t before = audit_count();
    auto unknown = on_round("set", {"I999.9", "--route", "kader"});
    EXPECT_EQ(unknown.exit_code, 2);
    EXPECT_EQ(unknown.err, "inspraak: onbekend punt 'I999.9' (de punt-id's staan in de reactienota, bijv. I003.2)\n");

    auto route = on_round("set", {"I001.1", "--route", "lobby"});
    EXPECT_EQ(route.exit_code, 2);
    EXPECT_EQ(route.err, "inspraak: onbekende route 'lobby' (kies uit: kader, economische-strategie, public-affairs, "
                         "accountmanagement, geen)\n");

    auto english = inspraak({"--lang", "en", "set", round_.string(), "I001.1", "--route", "lobby", "--out", out_.string()});
    EXPECT_EQ(english.exit_code, 2);
    EXPECT_NE(english.err.find("unknown route 'lobby' (choose from: kader"), std::string::npos) << english.err;

    // The demo's framework has two chapters numbered 5.
    auto ambiguous = on_round("set", {"I001.1", "--chapter", "5"});
    EXPECT_EQ(ambiguous.exit_code, 2);
    EXPECT_NE(ambiguous.err.find("hoofdstuk '5' is niet eenduidig: h5 (5 "), std::string::npos) << ambiguous.err;
    EXPECT_NE(ambiguous.err.find(" of h5-2 (5 "), std::string::npos) << ambiguous.err;

    auto chapter = on_round("set", {"I001.1", "--chapter", "9"});
    EXPECT_EQ(chapter.exit_code, 2);
    EXPECT_NE(chapter.err.find("onbekend hoofdstuk '9' (het kader kent: 1, 2, 3, 4, 5, B1, B2, B3)"), std::string::npos)
        << chapter.err;

    auto section = on_round("set", {"I001.1", "--chapter", "h5-2", "--section", "5.1"});
    EXPECT_EQ(section.exit_code, 2);
    EXPECT_NE(section.err.find("paragraaf 5.1 hoort niet bij hoofdstuk 5 "), std::string::npos) << section.err;

    auto status = on_round("set", {"I001.1", "--status", "klaar"});
    EXPECT_EQ(status.exit_code, 2);
    EXPECT_EQ(status.err, "inspraak: onbekende status 'klaar' (kies concept of goedgekeurd)\n");

    auto nothing = on_round("set", {"I001.1"});
    EXPECT_EQ(nothing.exit_code, 2);
    EXPECT_EQ(std::count(nothing.err.begin(), nothing.err.end(), '\n'), 1);

    for (const auto* result : {&unknown, &route, &english, &ambiguous, &chapter, &section, &status, &nothing})
        EXPECT_EQ(std::count(result->err.begin(), result->err.end(), '\n'), 1) << result->err;
    EXPECT_EQ(audit_count(), before);
}

TEST_F(Decisions, ASectionTakesItsChapterAlongAndTheReactionMayComeFromAFile) {
    std::ofstream(dir_.path() / "reactie.txt") << "Over de criteria:\nwe passen ze aan.\n";
    auto set = on_round("set", {"I001.1", "--section", "5.1", "--reaction-file", (dir_.path() / "reactie.txt").string()});
    ASSERT_EQ(set.exit_code, 0) << set.err;
    auto store = core::Store::open(out_ / "round.db");
    const auto chapters = store.classifications()["I001.1"].classification.chapters;
    ASSERT_FALSE(chapters.empty());
    EXPECT_EQ(chapters[0].section_id, "h5");
    EXPECT_EQ(chapters[0].best_section_id, "h5.1");
    EXPECT_EQ(store.reactions()["I001.1"].text, "Over de criteria:\nwe passen ze aan.");
}

TEST_F(Decisions, ApproveMarksReactionsApprovedOnceAndRefusesUnknownPoints) {
    int64_t before = audit_count();
    auto approve = on_round("approve", {"I001.1", "I001.2", "--who", "piet"});
    ASSERT_EQ(approve.exit_code, 0) << approve.err;
    EXPECT_EQ(approve.out, "Goedgekeurd: 2 punten (0 waren al goedgekeurd)\n");
    auto rows = audit_since(before);
    EXPECT_NE(std::find(rows.begin(), rows.end(), AuditRow{"piet", "I001.1", "status", "draft", "approved"}), rows.end());
    EXPECT_NE(std::find(rows.begin(), rows.end(), AuditRow{"piet", "I001.2", "decided_by", "", "piet"}), rows.end());
    EXPECT_EQ(rows.size(), 4U);
    {
        auto store = core::Store::open(out_ / "round.db");
        EXPECT_EQ(store.reactions()["I001.1"].status, "approved");
        EXPECT_EQ(store.reactions()["I001.1"].author, "piet");
    }

    int64_t after = audit_count();
    EXPECT_EQ(on_round("approve", {"I001.1"}).out, "Goedgekeurd: 0 punten (1 waren al goedgekeurd)\n");
    EXPECT_EQ(audit_count(), after);

    auto unknown = on_round("approve", {"I001.3", "I999.9"});
    EXPECT_EQ(unknown.exit_code, 2);
    EXPECT_EQ(unknown.err, "inspraak: onbekend punt 'I999.9' (er is niets goedgekeurd)\n");
    EXPECT_EQ(core::Store::open(out_ / "round.db").reactions()["I001.3"].status, "draft");

    EXPECT_EQ(on_round("approve", {}).exit_code, 2);

    auto all = on_round("approve", {"--all"});
    ASSERT_EQ(all.exit_code, 0) << all.err;
    auto store = core::Store::open(out_ / "round.db");
    for (const auto& [id, reaction] : store.reactions()) EXPECT_EQ(reaction.status, "approved") << id;
}

TEST_F(Decisions, SettingTheStatusBackToDraft) {
    ASSERT_EQ(on_round("approve", {"I001.1"}).exit_code, 0);
    auto set = on_round("set", {"I001.1", "--status", "concept"});
    ASSERT_EQ(set.exit_code, 0) << set.err;
    EXPECT_NE(set.out.find("I001.1: status: goedgekeurd -> concept"), std::string::npos) << set.out;
    EXPECT_EQ(core::Store::open(out_ / "round.db").reactions()["I001.1"].status, "draft");
}

TEST_F(Decisions, ClassifyAgainProposesOnlyForUndecidedPoints) {
    ASSERT_EQ(on_round("set", {"I001.1", "--chapter", "B2", "--route", "public-affairs"}).exit_code, 0);
    int64_t before = audit_count();
    auto classify = on_round("classify", {"--again"});
    ASSERT_EQ(classify.exit_code, 0) << classify.err;
    EXPECT_NE(classify.out.find("(1 ongewijzigd)"), std::string::npos) << classify.out;
    for (const auto& row : audit_since(before)) EXPECT_NE(row.entity_id, "I001.1");
    auto store = core::Store::open(out_ / "round.db");
    auto decided = store.classifications()["I001.1"];
    EXPECT_EQ(decided.classification.route, "public-affairs");
    ASSERT_EQ(decided.classification.chapters.size(), 1U);
    EXPECT_EQ(decided.classification.chapters[0].section_id, "b2");
}

TEST_F(Decisions, TheMachineDraftFollowsADecidedRouteButAPersonsReactionStays) {
    const std::string before_text = point("I001.1")["reaction"];
    ASSERT_EQ(on_round("set", {"I001.1", "--route", "public-affairs"}).exit_code, 0);
    ASSERT_EQ(on_round("set", {"I001.2", "--route", "public-affairs", "--reaction", "Eigen tekst."}).exit_code, 0);
    auto draft = on_round("draft", {"--again"});
    ASSERT_EQ(draft.exit_code, 0) << draft.err;
    auto store = core::Store::open(out_ / "round.db");
    auto reactions = store.reactions();
    EXPECT_NE(reactions["I001.1"].text, before_text);  // redrafted for public affairs
    EXPECT_EQ(reactions["I001.1"].author, "inspraak");
    EXPECT_EQ(reactions["I001.2"].text, "Eigen tekst.");
    // Drafting again without a new decision changes nothing.
    int64_t count = store.audit_count();
    ASSERT_EQ(on_round("draft", {}).exit_code, 0);
    EXPECT_EQ(core::Store::open(out_ / "round.db").audit_count(), count);
}

TEST_F(Decisions, ApprovedReactionsSurviveDraftAgain) {
    ASSERT_EQ(on_round("approve", {"I001.1"}).exit_code, 0);
    const std::string text = point("I001.1")["reaction"];
    ASSERT_EQ(on_round("draft", {"--again", "--who", "iemand"}).exit_code, 0);
    auto reaction = core::Store::open(out_ / "round.db").reactions()["I001.1"];
    EXPECT_EQ(reaction.text, text);
    EXPECT_EQ(reaction.status, "approved");
}

}  // namespace
}  // namespace inspraak
