// import_review on a small store made in the test and review sheets written with libxlsxwriter
// in report-xlsx's layout: edits are recorded with audit entries, a store that changed since the
// sheet was written is a conflict, a second import changes nothing.
#include <gtest/gtest.h>

#include <cstdlib>

#include "review/review_import.hpp"
#include "store/sqlite_store.hpp"
#include "test_support/review_sheet.hpp"
#include "test_support/review_store.hpp"
#include "test_support/temp_dir.hpp"

namespace inspraak::core {
namespace {

namespace fs = std::filesystem;

using SheetPoint = test::ReviewSheetPoint;
using Sheet = test::ReviewSheet;

const std::vector<Workstream> workstreams{{"kader", "Verwerken in het kader", "", {}, {}},
                                          {"economische-strategie", "Economische strategienota", "", {}, {}}};

class ReviewImport : public ::testing::Test {
protected:
    void SetUp() override {
        store_ = std::make_unique<Store>(Store::create(dir_.path() / "round.db"));
        test::fill_review_store(*store_);
        sheet_.points = test::review_store_rows();
        sheet_.original = sheet_.points;
        setenv("USER", "tester", 1);
    }

    // The summary with its conflicts rendered as the command line shows them.
    struct Imported : ReviewImportSummary {
        std::vector<std::string> conflicts;
    };

    Imported import(const std::string& who = "", bool english = false) {
        test::write_review_sheet(dir_.path() / "review.xlsx", sheet_);
        Imported imported{import_review(*store_, XlsxWorkbook::open(dir_.path() / "review.xlsx"), workstreams, who), {}};
        for (const auto& conflict : imported.ReviewImportSummary::conflicts)
            imported.conflicts.push_back(render(conflict, english));
        return imported;
    }

    SheetPoint& row(const std::string& id) {
        for (auto& p : sheet_.points)
            if (p.id == id) return p;
        throw std::runtime_error("no row " + id);
    }

    struct AuditRow {
        std::string who, entity_id, field, old_value, new_value;
        bool operator==(const AuditRow&) const = default;
    };
    std::vector<AuditRow> audit() {
        std::vector<AuditRow> rows;
        for (const auto& e : store_->audit_log()) rows.push_back({e.who, e.entity_id, e.field, e.old_value, e.new_value});
        return rows;
    }

    TempDir dir_;
    std::unique_ptr<Store> store_;
    Sheet sheet_;
};

TEST_F(ReviewImport, AnUneditedSheetChangesNothing) {
    int64_t before = store_->audit_count();
    auto summary = import();
    EXPECT_EQ(summary.changed_points, 0);
    EXPECT_EQ(summary.unchanged, 4);
    EXPECT_TRUE(summary.conflicts.empty());
    EXPECT_EQ(summary.not_in_sheet, 0);
    EXPECT_EQ(store_->audit_count(), before);
    EXPECT_TRUE(store_->decided_points().empty());
}

TEST_F(ReviewImport, EditsAreRecordedWithAuditEntriesAndMarkThePointDecided) {
    row("I001.1").reaction = "Dank; we nemen de haven op in hoofdstuk 1.";
    row("I001.1").status = "goedgekeurd";
    row("I002.1").route = "economische-strategie";
    row("I001.2").chapter = "B1 Partners";  // section 5.1 does not belong to B1: it goes
    row("I001.2").others = "1 Aanleiding";
    auto summary = import();
    EXPECT_TRUE(summary.conflicts.empty()) << summary.conflicts.front();
    EXPECT_EQ(summary.who, "Ria Jansen");
    EXPECT_EQ(summary.changed_points, 3);
    EXPECT_EQ(summary.changed_fields, 5);
    EXPECT_EQ(summary.unchanged, 1);

    auto reactions = store_->reactions();
    EXPECT_EQ(reactions["I001.1"].text, "Dank; we nemen de haven op in hoofdstuk 1.");
    EXPECT_EQ(reactions["I001.1"].status, "approved");
    EXPECT_EQ(reactions["I001.1"].author, "Ria Jansen");
    auto classifications = store_->classifications();
    EXPECT_EQ(classifications["I002.1"].classification.route, "economische-strategie");
    EXPECT_EQ(classifications["I002.1"].decided_by, "Ria Jansen");
    const auto& chapters = classifications["I001.2"].classification.chapters;
    ASSERT_EQ(chapters.size(), 2U);
    EXPECT_EQ(chapters[0].section_id, "b1");
    EXPECT_EQ(chapters[0].best_section_id, "");
    EXPECT_EQ(chapters[1].section_id, "h1");
    EXPECT_EQ(classifications["I002.2"].decided_by, "");  // untouched

    auto log = audit();
    auto has = [&](const AuditRow& wanted) { return std::find(log.begin(), log.end(), wanted) != log.end(); };
    EXPECT_TRUE(has({"Ria Jansen", "I001.1", "reaction", "Dank voor uw reactie.", "Dank; we nemen de haven op in hoofdstuk 1."}));
    EXPECT_TRUE(has({"Ria Jansen", "I001.1", "status", "draft", "approved"}));
    EXPECT_TRUE(has({"Ria Jansen", "I002.1", "route", "kader", "economische-strategie"}));
    EXPECT_TRUE(has({"Ria Jansen", "I001.2", "chapters", "h5", "b1,h1"}));
    EXPECT_TRUE(has({"Ria Jansen", "I001.2", "section", "h5.1", ""}));
    EXPECT_TRUE(has({"Ria Jansen", "I002.1", "decided_by", "", "Ria Jansen"}));

    auto decided = store_->decided_points();
    ASSERT_EQ(decided.size(), 3U);
    EXPECT_EQ(decided[1].point_id, "I001.2");
    EXPECT_EQ(decided[1].chapter_ids, (std::vector<std::string>{"b1", "h1"}));
    EXPECT_EQ(decided[1].text, "De criteria zijn te streng.");
}

TEST_F(ReviewImport, ImportingTheSameSheetTwiceChangesNothingTheSecondTime) {
    row("I001.1").reaction = "Nieuwe reactie.";
    row("I002.1").route = "economische-strategie";
    ASSERT_EQ(import().changed_points, 2);
    int64_t before = store_->audit_count();
    auto again = import();
    EXPECT_EQ(again.changed_points, 0);
    EXPECT_TRUE(again.conflicts.empty());
    EXPECT_EQ(again.unchanged, 4);
    EXPECT_EQ(store_->audit_count(), before);
}

TEST_F(ReviewImport, AStoreChangedSinceTheSheetWasWrittenIsAConflictAndNothingOfThatRowIsRecorded) {
    store_->save_reaction("I001.1", Reaction{"Intussen in de store herschreven.", "draft", "piet"});
    row("I001.1").reaction = "In het blad herschreven.";
    row("I001.1").route = "economische-strategie";
    row("I002.1").reaction = "Wel te verwerken.";
    int64_t before = store_->audit_count();
    auto summary = import();
    ASSERT_EQ(summary.conflicts.size(), 1U);
    EXPECT_EQ(summary.conflicts[0], "I001.1: reactie is in de store gewijzigd sinds het blad is gemaakt");
    EXPECT_EQ(store_->reactions()["I001.1"].text, "Intussen in de store herschreven.");
    EXPECT_EQ(store_->classifications()["I001.1"].classification.route, "kader");
    EXPECT_EQ(store_->reactions()["I002.1"].text, "Wel te verwerken.");
    EXPECT_EQ(summary.changed_points, 1);
    EXPECT_EQ(store_->audit_count(), before + 2);  // I002.1: reaction and decided_by
}

TEST_F(ReviewImport, UnknownPointsDuplicateRowsAndDeletedRows) {
    sheet_.points.push_back({"I009.1", "1 Aanleiding", "", "", "kader", "draft", "Wie ben ik?"});
    sheet_.points.push_back(sheet_.points[0]);
    sheet_.points.erase(sheet_.points.begin() + 2);  // I002.1 deleted from the sheet
    auto summary = import();
    ASSERT_EQ(summary.conflicts.size(), 2U);
    EXPECT_EQ(summary.conflicts[0], "I009.1: onbekend punt (niet in de store)");
    EXPECT_EQ(summary.conflicts[1], "I001.1: staat meer dan eens in het blad");
    EXPECT_EQ(summary.not_in_sheet, 1);
    EXPECT_EQ(summary.unchanged, 3);
    EXPECT_EQ(store_->reactions().size(), 3U);  // nothing deleted
}

TEST_F(ReviewImport, UnreadableValuesAreConflictsWithAReason) {
    row("I001.1").chapter = "7 Bestaat niet";
    row("I001.2").route = "lobby";
    row("I002.1").status = "misschien";
    row("I002.2").chapter = "5";
    auto summary = import();
    ASSERT_EQ(summary.conflicts.size(), 4U);
    EXPECT_EQ(summary.conflicts[0], "I001.1: onbekend hoofdstuk '7 Bestaat niet' (het kader kent: 1, 5, B1)");
    EXPECT_EQ(summary.conflicts[1], "I001.2: onbekende route 'lobby' (kies uit: kader, economische-strategie, geen)");
    EXPECT_EQ(summary.conflicts[2], "I002.1: onbekende status 'misschien' (kies concept of goedgekeurd)");
    EXPECT_NE(summary.conflicts[3].find("hoofdstuk '5' is niet eenduidig: h5 (5 Kader activiteiten) of h5-2"), std::string::npos)
        << summary.conflicts[3];
    EXPECT_EQ(summary.changed_points, 0);
}

TEST_F(ReviewImport, ChaptersAsPeopleTypeThemAndTheSectionOfTheChosenChapter) {
    row("I002.2").chapter = "5 activiteiten gewogen";  // the second chapter 5, by its title
    row("I002.2").section = "5.1";                     // the 5.1 inside it
    row("I002.2").route = "kader";
    row("I002.1").chapter = "hoofdstuk 1";
    row("I002.1").others = "Bijlage 1; h5";
    auto summary = import();
    EXPECT_TRUE(summary.conflicts.empty()) << summary.conflicts.front();
    auto classifications = store_->classifications();
    const auto& unclassified = classifications["I002.2"];
    ASSERT_EQ(unclassified.classification.chapters.size(), 1U);
    EXPECT_EQ(unclassified.classification.chapters[0].section_id, "h5-2");
    EXPECT_EQ(unclassified.classification.chapters[0].best_section_id, "h5-2.1");
    EXPECT_EQ(unclassified.classification.route, "kader");
    EXPECT_EQ(unclassified.decided_by, "Ria Jansen");
    const auto& chapters = classifications["I002.1"].classification.chapters;
    ASSERT_EQ(chapters.size(), 3U);
    EXPECT_EQ(chapters[0].section_id, "h1");
    EXPECT_EQ(chapters[1].section_id, "b1");
    EXPECT_EQ(chapters[2].section_id, "h5");
}

TEST_F(ReviewImport, ASectionOutsideTheFirstChapterIsAConflict) {
    row("I002.1").section = "1.2";
    row("I001.1").section = "5.1";
    auto summary = import();
    ASSERT_EQ(summary.conflicts.size(), 2U);
    EXPECT_EQ(summary.conflicts[0],
              "I001.1: paragraaf '5.1' is niet eenduidig (in 5 Kader activiteiten en 5 Activiteiten gewogen); geef het hoofdstuk");
    EXPECT_EQ(summary.conflicts[1], "I002.1: paragraaf 1.2 hoort niet bij hoofdstuk B1 Partners");
}

TEST_F(ReviewImport, AnEmptyReactionCannotBeApproved) {
    row("I002.1").reaction = "";
    row("I002.1").status = "approved";
    auto summary = import();
    ASSERT_EQ(summary.conflicts.size(), 1U);
    EXPECT_EQ(summary.conflicts[0], "I002.1: een lege reactie kan niet goedgekeurd worden");
    EXPECT_EQ(store_->reactions()["I002.1"].text, "Partners zijn belangrijk.");
}

TEST_F(ReviewImport, StatusWordsAndAnEnglishSheet) {
    sheet_.language = "en";
    row("I001.2").status = "Draft";
    row("I002.1").status = "approved";
    auto summary = import("", true);
    EXPECT_TRUE(summary.conflicts.empty()) << summary.conflicts.front();
    EXPECT_EQ(summary.changed_points, 2);
    EXPECT_EQ(store_->reactions()["I001.2"].status, "draft");
    EXPECT_EQ(store_->reactions()["I002.1"].status, "approved");
    store_->save_reaction("I001.1", Reaction{"Changed meanwhile.", "draft", "piet"});
    row("I001.1").reaction = "Sheet";
    auto later = import("", true);
    ASSERT_EQ(later.conflicts.size(), 1U);
    EXPECT_EQ(later.conflicts[0], "I001.1: reaction was changed in the store since the sheet was written");
}

TEST_F(ReviewImport, WhoIsGivenOrTheLastEditorOrTheUser) {
    row("I001.1").reaction = "Eerste.";
    EXPECT_EQ(import("Kees").who, "Kees");
    EXPECT_EQ(store_->reactions()["I001.1"].author, "Kees");
    sheet_.last_modified_by = "inspraak";  // the generator is nobody's edit
    row("I001.1").reaction = "Tweede.";
    sheet_.original[0].reaction = "Eerste.";
    EXPECT_EQ(import().who, "tester");
}

TEST_F(ReviewImport, AWorkbookWithoutThePointsOrOriginalSheetIsRefused) {
    sheet_.with_points = false;
    EXPECT_THROW(import(), XlsxError);
    sheet_.with_points = true;
    sheet_.with_original = false;
    try {
        import();
        FAIL() << "expected XlsxError";
    } catch (const XlsxError& e) {
        EXPECT_NE(std::string(e.what()).find("Origineel"), std::string::npos);
    }
}

TEST_F(ReviewImport, AFailureMidwayRecordsNothing) {
    // One transaction: a store error midway leaves the store as it was.
    row("I001.1").reaction = "Nieuw.";
    row("I002.1").reaction = "Ook nieuw.";
    run_sqlite_script(dir_.path() / "round.db", "CREATE TRIGGER refuse BEFORE INSERT ON audit WHEN NEW.entity_id = 'I002.1' "
                      "BEGIN SELECT RAISE(ABORT, 'geweigerd'); END;");
    EXPECT_ANY_THROW(import());
    EXPECT_EQ(store_->reactions()["I001.1"].text, "Dank voor uw reactie.");
}

}  // namespace
}  // namespace inspraak::core
