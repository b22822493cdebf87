// End to end: "inspraak revise" compares the demo round's revised framework (inputs/demo/
// kader-herzien.md) with its draft, stores the changes and proposes the points they answer;
// "inspraak changes" lists them, records an officer's confirm or remove (which a new revise
// keeps) and measures the links against the gold file tests/gold/links/demo.jsonl.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <map>

#include "test_support/run_command.hpp"
#include "test_support/temp_dir.hpp"
#include "test_support/zip_entries.hpp"

namespace inspraak {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const fs::path demo = fs::path(INSPRAAK_SOURCE_DIR) / "inputs/demo";

class ReviseCommand : public ::testing::Test {
protected:
    void SetUp() override {
        auto run = inspraak({"-q", "run", demo.string(), "--out", out()});
        ASSERT_EQ(run.exit_code, 0) << run.err;
    }
    std::string out() const { return (dir_.path() / "out").string(); }
    CommandResult inspraak(const std::vector<std::string>& args) { return run_command(INSPRAAK_BINARY, args, dir_.path()); }
    CommandResult revise(const std::string& file, bool english = false) {
        std::vector<std::string> args{"revise", demo.string(), file, "--out", out(), "--who", "anna"};
        if (english) args.insert(args.begin(), {"--lang", "en"});
        return inspraak(args);
    }
    json changes_json(const std::vector<std::string>& extra = {}) {
        std::vector<std::string> args{"changes", demo.string(), "--out", out(), "--json"};
        args.insert(args.end(), extra.begin(), extra.end());
        auto listed = inspraak(args);
        EXPECT_EQ(listed.exit_code, 0) << listed.err;
        return json::parse(listed.out, nullptr, false);
    }

    TempDir dir_;
};

TEST_F(ReviseCommand, FindsTheChangesOfTheDemoFrameworkWithAMove) {
    auto dutch = revise((demo / "kader-herzien.md").string());
    ASSERT_EQ(dutch.exit_code, 0) << dutch.err;
    EXPECT_NE(dutch.out.find("Herzien kader kader-herzien.md vergeleken met het concept: 18 wijzigingen "
                             "(10 toegevoegd, 6 herschreven, 1 verwijderd, 1 verplaatst)"),
              std::string::npos)
        << dutch.out;
    EXPECT_NE(dutch.out.find("  hoofdstuk B3 Organisatie en budget: 0 toegevoegd, 2 herschreven, 0 verwijderd, 0 verplaatst"),
              std::string::npos)
        << dutch.out;
    auto english = revise((demo / "kader-herzien.md").string(), true);
    ASSERT_EQ(english.exit_code, 0) << english.err;
    EXPECT_NE(english.out.find("compared with the draft: 18 changes (10 added, 6 rewritten, 1 removed, 1 moved)"),
              std::string::npos)
        << english.out;

    const json listed = changes_json();
    ASSERT_TRUE(listed.is_object());
    ASSERT_EQ(listed["changes"].size(), 18u);
    int moves = 0;
    for (const auto& change : listed["changes"]) {
        if (change["kind"] != "moved") continue;
        ++moves;
        EXPECT_EQ(change["old_section"], "5.2");
        EXPECT_EQ(change["section"], "5.3");
        EXPECT_NE(change["new_text"].get<std::string>().find("**Projecten.**"), std::string::npos);
    }
    EXPECT_EQ(moves, 1);
}

TEST_F(ReviseCommand, LinksMostPointsToTheRightChangeFirst) {
    ASSERT_EQ(revise((demo / "kader-herzien.md").string()).exit_code, 0);
    const fs::path gold = fs::path(INSPRAAK_SOURCE_DIR) / "tests/gold/links/demo.jsonl";
    const json score = changes_json({"--gold", gold.string()});
    ASSERT_TRUE(score.is_object());
    EXPECT_EQ(score["points"], 21);
    EXPECT_EQ(score["unknown"], 0) << "every change the gold file names is found";
    EXPECT_GE(score["top1_accuracy"].get<double>(), 0.75) << score.dump();
    EXPECT_GE(score["recall"].get<double>(), 0.8) << score.dump();
}

TEST_F(ReviseCommand, AnOfficersDecisionOutlivesANewRunWithAnAuditEntry) {
    ASSERT_EQ(revise((demo / "kader-herzien.md").string()).exit_code, 0);
    const json before = changes_json({"--point", "I004.1"});
    ASSERT_FALSE(before["links"].empty());
    const int64_t first = before["links"][0]["change"];
    auto removed = inspraak({"changes", demo.string(), "--out", out(), "--point", "I004.1", "--remove",
                             std::to_string(first), "--who", "piet"});
    ASSERT_EQ(removed.exit_code, 0) << removed.err;
    EXPECT_NE(removed.out.find("I004.1: wijziging " + std::to_string(first) + " verwijderd"), std::string::npos)
        << removed.out;

    ASSERT_EQ(revise((demo / "kader-herzien.md").string()).exit_code, 0);
    const json after = changes_json({"--point", "I004.1"});
    ASSERT_FALSE(after["links"].empty());
    const json& last = after["links"].back();
    EXPECT_EQ(last["change"], first);
    EXPECT_EQ(last["state"], "removed");
    EXPECT_EQ(last["decided_by"], "piet");
    EXPECT_NE(after["links"][0]["change"], first) << "a removed link is ranked last";

    auto shown = inspraak({"show", demo.string(), "I004.1", "--out", out(), "--json"});
    ASSERT_EQ(shown.exit_code, 0) << shown.err;
    EXPECT_NE(shown.out.find("change_link"), std::string::npos) << "the audit entry";

    auto unknown = inspraak({"changes", demo.string(), "--out", out(), "--point", "I004.1", "--confirm", "99999"});
    EXPECT_EQ(unknown.exit_code, 2);
    EXPECT_NE(unknown.err.find("wijziging 99999 bestaat niet"), std::string::npos) << unknown.err;
}

TEST_F(ReviseCommand, AConfirmedChangeIsQuotedInTheDraftAndWhatIsLeftOpenIsListed) {
    ASSERT_EQ(revise((demo / "kader-herzien.md").string()).exit_code, 0);
    const json listed = changes_json();
    int64_t economy = 0;
    for (const auto& change : listed["changes"])
        if (change["new_text"].get<std::string>().find("weegt de\nversterking") != std::string::npos ||
            change["new_text"].get<std::string>().find("weegt de versterking") != std::string::npos)
            economy = change["id"];
    ASSERT_GT(economy, 0);
    auto confirmed = inspraak({"changes", demo.string(), "--out", out(), "--point", "I004.1", "--confirm",
                               std::to_string(economy)});
    ASSERT_EQ(confirmed.exit_code, 0) << confirmed.err;
    auto drafted = inspraak({"draft", demo.string(), "--out", out(), "--again"});
    ASSERT_EQ(drafted.exit_code, 0) << drafted.err;
    auto shown = inspraak({"show", demo.string(), "I004.1", "--out", out(), "--json"});
    ASSERT_EQ(shown.exit_code, 0) << shown.err;
    const json point = json::parse(shown.out, nullptr, false);
    const std::string reaction = point["reaction"].is_string() ? point["reaction"].get<std::string>() : "";
    EXPECT_NE(reaction.find("In hoofdstuk 2 is toegevoegd: 'Van de vier motieven weegt de versterking van de economie"),
              std::string::npos)
        << reaction;

    auto text = inspraak({"changes", demo.string(), "--out", out()});
    ASSERT_EQ(text.exit_code, 0) << text.err;
    const auto open_at = text.out.find("Nog niet verwerkt in het kader: ");
    ASSERT_NE(open_at, std::string::npos) << text.out;
    const std::string open_line = text.out.substr(open_at, text.out.find('\n', open_at) - open_at);
    EXPECT_EQ(open_line.find("I004.1"), std::string::npos) << open_line;  // its change is confirmed
    EXPECT_NE(open_line.find("I002.2"), std::string::npos) << open_line;  // no change answers it
    EXPECT_NE(text.out.find("Wijzigingen waar geen punt om vroeg: "), std::string::npos) << text.out;
}

// The reactienota of the demo round after revise has the annex "Wijzigingen in het kader" in
// every format: each change with its old and new text, the difference marked (<del>/<ins> in
// HTML, tracked changes in Word), and the points that led to it; before revise none has it.
TEST_F(ReviseCommand, EveryReportFormatHasTheAnnexOfChangesOnlyAfterRevise) {
    const fs::path reports = out();
    const auto read = [&](const char* name) { return slurp(reports / name); };
    for (const char* name : {"reactienota.md", "reactienota.html", "reactienota.csv"})
        EXPECT_EQ(read(name).find("ijziging"), std::string::npos) << name << " before revise";
    EXPECT_EQ(json::parse(read("reactienota.json"))["framework_changes"], json::array());

    ASSERT_EQ(revise((demo / "kader-herzien.md").string()).exit_code, 0);
    auto report = inspraak({"-q", "report", demo.string(), "--out", out()});
    ASSERT_EQ(report.exit_code, 0) << report.err;

    const json published = json::parse(read("reactienota.json"));
    const json& changes = published["framework_changes"];
    ASSERT_EQ(changes.size(), 18u);
    const json* rewritten = nullptr;
    for (const auto& change : changes)
        if (change["kind"] == "rewritten" && !change["points"].empty() && rewritten == nullptr) rewritten = &change;
    ASSERT_NE(rewritten, nullptr);
    const std::string old_text = (*rewritten)["old_text"];
    const std::string new_text = (*rewritten)["new_text"];
    const std::string point = (*rewritten)["points"][0]["id"];
    std::string deleted, inserted;
    for (const auto& segment : (*rewritten)["diff"]) {
        if (segment["op"] == "del" && deleted.empty()) deleted = segment["text"];
        if (segment["op"] == "ins" && inserted.empty()) inserted = segment["text"];
    }
    ASSERT_FALSE(deleted.empty());
    ASSERT_FALSE(inserted.empty());
    const std::string number = "W" + std::to_string((*rewritten)["number"].get<int>());

    const std::string md = read("reactienota.md");
    EXPECT_NE(md.find(": Wijzigingen in het kader"), std::string::npos);
    EXPECT_NE(md.find("**Was:** " + old_text), std::string::npos) << old_text;
    EXPECT_NE(md.find("**Wordt:** " + new_text), std::string::npos) << new_text;
    EXPECT_NE(md.find("~~" + deleted + "~~"), std::string::npos);
    EXPECT_NE(md.find(point + " ("), std::string::npos);

    const std::string html = read("reactienota.html");
    EXPECT_NE(html.find("Wijzigingen in het kader</h2>"), std::string::npos);
    EXPECT_NE(html.find("<del>" + deleted + "</del>"), std::string::npos) << deleted;
    EXPECT_NE(html.find("<ins>" + inserted + "</ins>"), std::string::npos) << inserted;
    EXPECT_NE(html.find("<a href=\"#punt-" + point + "\">"), std::string::npos);

    const auto docx = read_zip_entries(read("reactienota.docx"));
    const std::string& document = zip_entry(docx, "word/document.xml");
    EXPECT_NE(document.find("Wijzigingen in het kader"), std::string::npos);
    EXPECT_NE(document.find("<w:delText xml:space=\"preserve\">" + deleted + "</w:delText>"), std::string::npos);
    EXPECT_NE(document.find("w:author=\"inspraak\""), std::string::npos);
    EXPECT_NE(document.find(">" + inserted + "</w:t></w:r></w:ins>"), std::string::npos);
    EXPECT_NE(document.find(point + " ("), std::string::npos);

    const std::string csv = read("reactienota.csv");
    EXPECT_NE(csv.find("\r\nwijziging,"), std::string::npos);
    EXPECT_NE(csv.find(point + " ("), std::string::npos);

    const auto xlsx = read_zip_entries(read("reactienota.xlsx"));
    EXPECT_NE(zip_entry(xlsx, "xl/workbook.xml").find("name=\"Wijzigingen\""), std::string::npos);
    // The points sheet (the first) names the change in the changes column; its strings are inline.
    EXPECT_NE(zip_entry(xlsx, "xl/worksheets/sheet1.xml").find(number + ": "), std::string::npos);
}

TEST_F(ReviseCommand, AnUnreadableFrameworkIsOneLineNamingIt) {
    const fs::path broken = dir_.path() / "kader-kapot.docx";
    std::ofstream(broken, std::ios::binary) << "dit is geen docx";
    auto result = revise(broken.string());
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.err.find("kader-kapot.docx"), std::string::npos) << result.err;
    EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
    auto missing = revise((dir_.path() / "bestaat-niet.md").string());
    EXPECT_EQ(missing.exit_code, 2);
}

}  // namespace
}  // namespace inspraak
