// Which links the annex publishes and how a campaign shares them: confirmed links and likely
// proposals count, removed ones never; a group's members take their lead's links unless an
// officer decided on the member itself; the annex names the lead's published row.
#include <gtest/gtest.h>

#include "pipeline/change_annex.hpp"
#include "revise/linked_changes.hpp"

namespace inspraak::core {
namespace {

ChangeLink link(const std::string& point, int64_t change, double score, std::string_view state) {
    return ChangeLink{point, change, score, std::string(state), {}, {}};
}

const std::map<std::string, PointGroup> campaign{
    {"I001.1", PointGroup{"I001.1", "I001.1", 1}},
    {"I002.1", PointGroup{"I002.1", "I001.1", 0.9}},
    {"I003.1", PointGroup{"I003.1", "I001.1", 0.9}},
};

TEST(LinkedChanges, ConfirmedAndLikelyLinksAnswerAPoint) {
    EXPECT_TRUE(answers_point(link("a", 1, 0, change_link_confirmed)));
    EXPECT_TRUE(answers_point(link("a", 1, likely_change_link, change_link_proposed)));
    EXPECT_FALSE(answers_point(link("a", 1, 0.3, change_link_proposed)));
    EXPECT_FALSE(answers_point(link("a", 1, 0.9, change_link_removed)));
}

TEST(LinkedChanges, MembersTakeTheLeadsLinksUnlessDecidedThemselves) {
    const auto shared = share_with_campaigns({link("I001.1", 7, 0, change_link_confirmed),
                                              link("I002.1", 7, 0.4, change_link_proposed),
                                              link("I003.1", 7, 0, change_link_removed)},
                                             campaign);
    std::map<std::string, std::string> state;
    for (const auto& l : shared) state[l.point_id] = l.state;
    EXPECT_EQ(shared.size(), 3u);
    EXPECT_EQ(state["I001.1"], change_link_confirmed);
    EXPECT_EQ(state["I002.1"], change_link_confirmed) << "the lead's decision over the machine's proposal";
    EXPECT_EQ(state["I003.1"], change_link_removed) << "the officer's decision on the member wins";
}

TEST(LinkedChanges, TheAnnexNamesThePublishedRowOfAnsweringPointsOnly) {
    FrameworkChange added;
    added.id = 7;
    added.kind = "added";
    added.chapter = "5";
    added.new_text = "Er komt **een nieuwe** regeling\nvoor de haven.";
    FrameworkChange unasked;
    unasked.id = 9;
    unasked.kind = "removed";
    unasked.old_text = "Weg ermee.";
    ReportPoint lead;
    lead.id = "I001.1";
    lead.label = "Bewoners";
    lead.group_size = 3;
    ReportPoint other;
    other.id = "I004.1";
    other.label = "Haven BV";
    // Confirmed on a member, a weak proposal for another point: the lead's row answers, I004.1 not.
    const auto annex = change_annex({added, unasked},
                                    {link("I002.1", 7, 0, change_link_confirmed), link("I004.1", 7, 0.2, change_link_proposed)},
                                    campaign, {lead, other});
    ASSERT_EQ(annex.size(), 2u);
    EXPECT_EQ(annex[0].number, 1);
    EXPECT_EQ(annex[0].new_text, "Er komt een nieuwe regeling voor de haven.") << "Markdown marks and wrapping left out";
    ASSERT_EQ(annex[0].diff.size(), 1u);
    EXPECT_EQ(annex[0].diff[0].op, "ins");
    ASSERT_EQ(annex[0].points.size(), 1u);
    EXPECT_EQ(annex[0].points[0].id, "I001.1");
    EXPECT_EQ(annex[0].points[0].label, "Bewoners");
    EXPECT_EQ(annex[0].points[0].group_size, 3);
    EXPECT_TRUE(annex[1].points.empty());
    EXPECT_EQ(annex[1].diff[0].op, "del");
}

}  // namespace
}  // namespace inspraak::core
