// The review sheet's round trip the way a person makes it: the real binary writes
// reactienota.xlsx for a copy of the demo round, the sheet is edited (a reaction rewritten, a
// route changed, a row deleted, and a reaction that the officer meanwhile changed with
// `inspraak set`), and `inspraak import-review` reads it back.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <unistd.h>

#include "test_support/office.hpp"
#include "sheet_edit.hpp"
#include "store/store.hpp"
#include "test_support/run_command.hpp"
#include "test_support/temp_dir.hpp"

namespace inspraak {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

class ReviewRoundTrip : public ::testing::Test {
protected:
    void SetUp() override {
        fs::copy(fs::path(INSPRAAK_SOURCE_DIR) / "inputs/demo", round_, fs::copy_options::recursive);
        auto run = inspraak({"run", round_.string(), "--out", out_.string()});
        ASSERT_EQ(run.exit_code, 0) << run.err;
        auto report = json::parse(slurp(out_ / "reactienota.json"));
        for (const auto& point : report["points"]) {
            if (point["reaction"].get<std::string>().empty()) continue;
            ids_.push_back(point["id"]);
            routes_.push_back(point["route"]);
        }
        ASSERT_GE(ids_.size(), 4U);
    }

    CommandResult inspraak(std::vector<std::string> args) {
        return run_command(INSPRAAK_BINARY, args, dir_.path(), dir_.path());
    }
    CommandResult import_sheet(const fs::path& sheet, std::vector<std::string> extra = {}) {
        std::vector<std::string> args{"import-review", round_.string(), sheet.string(), "--out", out_.string()};
        args.insert(args.end(), extra.begin(), extra.end());
        return inspraak(args);
    }

    static std::string other_route(const std::string& route) {
        return route == "public-affairs" ? "kader" : "public-affairs";
    }

    TempDir dir_;
    fs::path round_ = dir_.path() / "demo";
    fs::path out_ = dir_.path() / "out";
    std::vector<std::string> ids_;
    std::vector<std::string> routes_;
};

TEST_F(ReviewRoundTrip, EditsComeBackConflictsAreReportedAndASecondImportChangesNothing) {
    const std::string& rewritten = ids_[0];
    const std::string& rerouted = ids_[1];
    const std::string& deleted = ids_[2];
    const std::string& conflicting = ids_[3];
    const std::string new_route = other_route(routes_[1]);

    // Meanwhile the officer rewrites one reaction on the command line.
    auto set = inspraak({"set", round_.string(), conflicting, "--reaction", "Door de ambtenaar herschreven.", "--who",
                         "ambtenaar", "--out", out_.string()});
    ASSERT_EQ(set.exit_code, 0) << set.err;

    review_test::SheetEditor sheet(review_test::unzip(out_ / "reactienota.xlsx"));
    sheet.set_cell("Punten", rewritten, "reactie", "Wij nemen dit over in het kader.\nMet dank.");
    sheet.set_cell("Punten", rerouted, "route", new_route);
    sheet.set_cell("Punten", conflicting, "reactie", "In het blad herschreven.");
    sheet.delete_row("Punten", deleted);
    sheet.set_last_modified_by("Ria Jansen");
    const fs::path edited = dir_.path() / "bewerkt.xlsx";
    review_test::write_zip(edited, sheet.entries());

    int64_t audit_before = 0;
    {
        auto store = core::Store::open(out_ / "round.db");
        audit_before = store.audit_count();
    }
    auto first = import_sheet(edited);
    ASSERT_EQ(first.exit_code, 0) << first.err;
    EXPECT_NE(first.out.find("(door Ria Jansen): 2 punten gewijzigd (2 velden), 1 conflicten"), std::string::npos) << first.out;
    EXPECT_NE(first.out.find("1 niet in het blad"), std::string::npos) << first.out;
    EXPECT_EQ(first.err, "conflict: " + conflicting + ": reactie is in de store gewijzigd sinds het blad is gemaakt\n");

    {
        auto store = core::Store::open(out_ / "round.db");
        auto reactions = store.reactions();
        EXPECT_EQ(reactions[rewritten].text, "Wij nemen dit over in het kader.\nMet dank.");
        EXPECT_EQ(reactions[rewritten].author, "Ria Jansen");
        EXPECT_EQ(reactions[conflicting].text, "Door de ambtenaar herschreven.");
        EXPECT_FALSE(reactions[deleted].text.empty());  // a deleted row deletes nothing
        auto classifications = store.classifications();
        EXPECT_EQ(classifications[rerouted].classification.route, new_route);
        EXPECT_EQ(classifications[rerouted].decided_by, "Ria Jansen");
        EXPECT_EQ(classifications[deleted].decided_by, "");

        std::vector<std::string> rows;
        core::AuditQuery since;
        since.after_id = audit_before;
        for (const auto& e : store.audit_log(since))
            rows.push_back(e.who + "|" + e.entity_id + "|" + e.field + "|" + e.old_value + "|" + e.new_value);
        EXPECT_NE(std::find(rows.begin(), rows.end(), "Ria Jansen|" + rerouted + "|route|" + routes_[1] + "|" + new_route),
                  rows.end());
        EXPECT_NE(std::find(rows.begin(), rows.end(), "Ria Jansen|" + rerouted + "|decided_by||Ria Jansen"), rows.end());
        EXPECT_EQ(rows.size(), 4U);  // reaction + decided_by, route + decided_by
    }

    // The same sheet again: the store holds its edits already; the conflict stays a conflict.
    auto second = import_sheet(edited, {"--strict"});
    EXPECT_EQ(second.exit_code, 3);
    EXPECT_NE(second.out.find("0 punten gewijzigd (0 velden), 1 conflicten"), std::string::npos) << second.out;
    {
        auto store = core::Store::open(out_ / "round.db");
        EXPECT_EQ(store.audit_count(), audit_before + 4);
    }

    // The reactienota follows the store; classify --again leaves the decided route alone.
    ASSERT_EQ(inspraak({"classify", round_.string(), "--again", "--out", out_.string()}).exit_code, 0);
    ASSERT_EQ(inspraak({"report", round_.string(), "--format", "json", "--out", out_.string()}).exit_code, 0);
    auto report = json::parse(slurp(out_ / "reactienota.json"));
    for (const auto& point : report["points"]) {
        if (point["id"] == rerouted) {
            EXPECT_EQ(point["route"], new_route);
        }
        if (point["id"] == rewritten) {
            EXPECT_EQ(point["reaction"], "Wij nemen dit over in het kader.\nMet dank.");
        }
    }
}

TEST_F(ReviewRoundTrip, ASheetReSavedByLibreOfficeCalcImportsTheSame) {
    const auto soffice = inspraak::find_soffice();
    if (soffice.empty()) GTEST_SKIP() << "LibreOffice (soffice) is not installed";
    review_test::SheetEditor sheet(review_test::unzip(out_ / "reactienota.xlsx"));
    sheet.set_cell("Punten", ids_[0], "reactie", "Via Calc bewerkt.");
    sheet.set_cell("Punten", ids_[1], "status", "goedgekeurd");
    review_test::write_zip(dir_.path() / "bewerkt.xlsx", sheet.entries());
    ASSERT_TRUE(inspraak::office_convert(soffice, dir_.path() / "bewerkt.xlsx", "xlsx", dir_.path() / "calc", dir_.path()));

    auto result = import_sheet(dir_.path() / "calc/bewerkt.xlsx", {"--who", "calc"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("2 punten gewijzigd (2 velden), 0 conflicten"), std::string::npos) << result.out << result.err;
    auto store = core::Store::open(out_ / "round.db");
    auto reactions = store.reactions();
    EXPECT_EQ(reactions[ids_[0]].text, "Via Calc bewerkt.");
    EXPECT_EQ(reactions[ids_[1]].status, "approved");
    EXPECT_EQ(reactions[ids_[1]].author, "calc");
}

// After inspraak revise the sheet has a column with each point's changes: reading it back
// ignores it, so an unedited sheet changes nothing.
TEST_F(ReviewRoundTrip, TheChangesColumnOfARevisedRoundIsIgnoredOnImport) {
    auto revised = inspraak({"revise", round_.string(), (round_ / "kader-herzien.md").string(), "--out", out_.string()});
    ASSERT_EQ(revised.exit_code, 0) << revised.err;
    auto report = inspraak({"report", round_.string(), "--out", out_.string(), "--format", "xlsx"});
    ASSERT_EQ(report.exit_code, 0) << report.err;
    auto imported = import_sheet(out_ / "reactienota.xlsx", {"--strict"});
    EXPECT_EQ(imported.exit_code, 0) << imported.err;
    EXPECT_NE(imported.out.find("0 punten gewijzigd (0 velden), 0 conflicten"), std::string::npos) << imported.out;
}

TEST_F(ReviewRoundTrip, AFileThatIsNoReviewSheetIsOneLineAndExitOne) {
    auto docx = import_sheet(out_ / "reactienota.json");
    EXPECT_EQ(docx.exit_code, 1);
    EXPECT_EQ(docx.err, "inspraak: " + (out_ / "reactienota.json").string() + ": geen xlsx-bestand (geen zip)\n");

    review_test::SheetEditor sheet(review_test::unzip(out_ / "reactienota.xlsx"));
    auto entries = sheet.entries();
    // Rename the points sheet: a workbook, but not the review sheet.
    auto& workbook = entries.at("xl/workbook.xml");
    workbook.replace(workbook.find("name=\"Punten\""), 13, "name=\"Blad1\"");
    review_test::write_zip(dir_.path() / "ander.xlsx", entries);
    auto other = import_sheet(dir_.path() / "ander.xlsx");
    EXPECT_EQ(other.exit_code, 1);
    EXPECT_NE(other.err.find("geen blad 'Punten'"), std::string::npos) << other.err;
    EXPECT_EQ(std::count(other.err.begin(), other.err.end(), '\n'), 1);
}

}  // namespace
}  // namespace inspraak
