// What each sender's letter holds: their own points in their order, a campaign member answered
// with the group's reaction, drafts found; and the Word body that lays it out, with the draft
// mark only where a reaction is not approved.
#include <gtest/gtest.h>

#include <pugixml.hpp>

#include "house_template.hpp"
#include "replies/letter_document.hpp"
#include "replies/letter_file.hpp"
#include "replies/reply_letters.hpp"
#include "store/store.hpp"
#include "styles.hpp"
#include "test_support/temp_dir.hpp"
#include "test_support/zip_entries.hpp"

namespace inspraak {
namespace {

class ReplyLetters : public ::testing::Test {
protected:
    void SetUp() override {
        store_.emplace(core::Store::create(dir_.path() / "round.db"));
        core::Store& s = *store_;
        const int64_t file = s.add_file("submissions/a.csv", "sha", "bytes", "ingest-webform", "ok", "");
        const Stakeholder anna{"Anna de Boer", "", "inwoner", "anna@example.nl", ""};
        const Stakeholder bond{"", "Fietsersbond", "maatschappelijk", "", ""};
        const Stakeholder cees{"Cees Klop", "", "inwoner", "cees@example.nl", ""};
        s.add_submission(file, 0, anna, IngestedSubmission{});
        s.add_submission(file, 1, bond, IngestedSubmission{});
        s.add_submission(file, 2, cees, IngestedSubmission{});
        s.add_point(Point{"I001.1", "I001", 1, "Meer fietsenstallingen bij het station.", "", ""});
        s.add_point(Point{"I001.2", "I001", 2, "Een oversteekplaats bij de school.", "", ""});
        s.add_point(Point{"I002.1", "I002", 1, "Maak de Dorpsstraat een fietsstraat.", "", ""});
        s.add_point(Point{"I003.1", "I003", 1, "Maak de Dorpsstraat een fietsstraat!", "", ""});
        s.save_reaction("I001.1", core::Reaction{"Wij plaatsen 200 extra **rekken**.", "approved", "ria"});
        s.save_reaction("I001.2", core::Reaction{"Dat onderzoeken wij.", "draft", "inspraak"});
        s.save_reaction("I002.1", core::Reaction{"De Dorpsstraat wordt in 2026 een fietsstraat.", "approved", "ria"});
        s.save_point_groups({core::PointGroup{"I002.1", "I002.1", 1}, core::PointGroup{"I003.1", "I002.1", 0.9}});
    }

    TempDir dir_;
    std::optional<core::Store> store_;
};

TEST_F(ReplyLetters, EverySenderGetsOwnPointsAndACampaignMemberTheGroupsAnswer) {
    const auto letters = core::collect_reply_letters(*store_);
    ASSERT_EQ(letters.size(), 3u);
    EXPECT_EQ(letters[0].sender.email, "anna@example.nl");
    ASSERT_EQ(letters[0].points.size(), 2u);
    EXPECT_EQ(letters[0].points[0].id, "I001.1");
    EXPECT_TRUE(letters[0].points[0].approved);
    EXPECT_FALSE(letters[0].points[1].approved);
    EXPECT_EQ(letters[1].sender.organisation, "Fietsersbond");
    ASSERT_EQ(letters[2].points.size(), 1u);
    EXPECT_EQ(letters[2].points[0].text, "Maak de Dorpsstraat een fietsstraat!");  // the member's own words
    EXPECT_EQ(letters[2].points[0].reaction, "De Dorpsstraat wordt in 2026 een fietsstraat.");
    EXPECT_TRUE(letters[2].points[0].approved);
    EXPECT_EQ(letters[2].points[0].group_size, 2);
    EXPECT_EQ(core::unapproved_points(letters), std::vector<std::string>{"I001.2"});
}

std::string document_text(const std::string& xml) {
    pugi::xml_document document;
    EXPECT_TRUE(document.load_string(xml.c_str()));
    std::string text;
    for (const auto& node : document.select_nodes("//w:p")) {
        for (const auto& run : node.node().select_nodes(".//w:t")) text += run.node().text().get();
        text += "\n";
    }
    return text;
}

TEST_F(ReplyLetters, TheLetterShowsEachPointWithItsReactionAndMarksOnlyDrafts) {
    const auto letters = core::collect_reply_letters(*store_);
    core::LetterWording wording;
    wording.salutation = "Geachte Anna de Boer,";
    wording.point_label = "Uw punt {}";
    wording.reaction_label = "Onze reactie";
    wording.draft_mark = "(CONCEPT)";
    wording.general_heading = "Algemene reactie";
    wording.general_reaction = "Dank aan **iedereen**.";
    wording.closing = "Met vriendelijke groet,";
    const auto styles = word_package::default_styles("nl", 1);
    const std::string text = document_text(core::letter_document_xml(letters[0], wording, styles, ""));
    for (const char* expected : {"Anna de Boer\n", "Geachte Anna de Boer,", "Uw punt 1\n", "Meer fietsenstallingen bij het station.",
                                 "Wij plaatsen 200 extra rekken.", "Uw punt 2\n", "Een oversteekplaats bij de school.",
                                 "Onze reactie: (CONCEPT)\nDat onderzoeken wij.", "Dank aan iedereen.", "Met vriendelijke groet,"})
        EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n---\n" << text;
    EXPECT_EQ(text.find("(CONCEPT)"), text.rfind("(CONCEPT)")) << "only the draft is marked";
    EXPECT_EQ(text.find("fietsstraat"), std::string::npos) << "another sender's point";

    const std::string campaign = document_text(core::letter_document_xml(letters[2], wording, styles, ""));
    EXPECT_NE(campaign.find("De Dorpsstraat wordt in 2026 een fietsstraat."), std::string::npos) << campaign;
}

// The letterhead is the municipality's: the house-style template's header and footer come along,
// and the letter's section refers to them.
TEST_F(ReplyLetters, TheHouseStyleTemplateGivesTheLetterItsLetterhead) {
    const auto dotx = dir_.path() / "huisstijl.dotx";
    docx_test::write_zip_file(dotx, docx_test::house_template_entries());
    auto file = core::LetterFile::prepare(dotx.string(), "nl");
    ASSERT_TRUE(file) << file.error().message;
    core::LetterWording wording;
    wording.point_label = "Uw punt {}";
    const auto letters = core::collect_reply_letters(*store_);
    const auto entries = read_zip_entries(file->docx(letters[0], wording, {"Betreft", "Reactie", "2025-04-01", "nl"}));
    ASSERT_TRUE(entries.contains("word/header1.xml"));
    EXPECT_NE(entries.at("word/header1.xml").find("Gemeente Testdorp"), std::string::npos);
    EXPECT_NE(entries.at("word/document.xml").find("w:headerReference"), std::string::npos);
    EXPECT_NE(entries.at("word/document.xml").find("Meer fietsenstallingen bij het station."), std::string::npos);

    EXPECT_FALSE(core::LetterFile::prepare((dir_.path() / "ontbreekt.dotx").string(), "nl"));
}

}  // namespace
}  // namespace inspraak
