// What each member of a campaign added to its common text: a sentence of its own, not a word
// changed, not a short greeting.
#include <gtest/gtest.h>

#include "group/campaign_text.hpp"

namespace inspraak::core::group {
namespace {

const std::string common =
    "Behoud de speeltuin aan het Kastanjeplein. Het is de enige veilige plek voor jonge kinderen in de buurt. "
    "Leg de parkeerplaatsen achter de sporthal aan.";

TEST(CampaignText, TwoMembersWithASentenceOfTheirOwn) {
    const std::string second = common + " Mijn dochter speelt daar elke middag na school.";
    const std::string third = "Ook de oude kastanjes moeten blijven staan vanwege de schaduw. " + common;
    const std::vector<std::string_view> members{common, second, third};
    const CampaignText text = campaign_text(members);
    EXPECT_EQ(text.common, common);
    ASSERT_EQ(text.added.size(), 3u);
    EXPECT_TRUE(text.added[0].empty());
    EXPECT_EQ(text.added[1], std::vector<std::string>{"Mijn dochter speelt daar elke middag na school."});
    EXPECT_EQ(text.added[2], std::vector<std::string>{"Ook de oude kastanjes moeten blijven staan vanwege de schaduw."});
}

TEST(CampaignText, AChangedWordOrAGreetingAddsNothing) {
    std::string reworded = common;
    reworded.replace(reworded.find("enige"), 5, "laatste");
    const std::string greeted = "Beste mensen, groet. " + common;
    const std::vector<std::string_view> members{common, reworded, greeted};
    const CampaignText text = campaign_text(members);
    for (const auto& added : text.added) EXPECT_TRUE(added.empty());
    EXPECT_EQ(text.common, common);
}

TEST(CampaignText, TheLeadsOwnSentenceIsLeftOutOfTheCommonText) {
    const std::string lead = "Ik woon al dertig jaar naast het plein. " + common;
    const std::vector<std::string_view> members{lead, common};
    const CampaignText text = campaign_text(members);
    EXPECT_EQ(text.common, common);
    EXPECT_EQ(text.added[0], std::vector<std::string>{"Ik woon al dertig jaar naast het plein."});
}

// What a report shows of a campaign, from campaign_text with all members at hand (what the lead
// would show: the common text, or its whole text when it added nothing or only additions).
std::string shown_by_campaign_text(const std::vector<std::string>& members) {
    if (members.size() < 2) return members.front();
    const std::vector<std::string_view> views(members.begin(), members.end());
    const CampaignText split = campaign_text(views);
    return split.added.front().empty() || split.common.empty() ? members.front() : split.common;
}

TEST(CommonText, ShowsWhatCampaignTextShowsWithMembersInAnyOrder) {
    const std::string lead_with_own = "Ik woon al dertig jaar naast het plein. " + common;
    const std::string only_own = "Ik woon al dertig jaar naast het plein en wil rust.";
    const std::string second = common + " Mijn dochter speelt daar elke middag na school.";
    const std::string reworded = "Behoud de speeltuin aan het Kastanjeplein. Het is de laatste veilige plek voor jonge "
                                 "kinderen in de buurt. Leg de parkeerplaatsen achter de sporthal aan.";
    const std::string half = "Behoud de speeltuin aan het Kastanjeplein. Een heel ander verhaal over fietsen en bomen.";
    const std::vector<std::vector<std::string>> campaigns{
        {common},
        {common, second},
        {lead_with_own, common},
        {lead_with_own, common, second, reworded},
        {lead_with_own, half},
        {only_own, common},
        {second, common, reworded, half},
        {"Kort.", "Kort."},
    };
    for (const auto& members : campaigns) {
        const std::string expected = shown_by_campaign_text(members);
        CommonText forward(members.front());
        for (std::size_t i = 1; i < members.size(); ++i) forward.add_member(members[i]);
        EXPECT_EQ(forward.shown(), expected) << members.front();
        EXPECT_EQ(forward.members(), members.size());
        CommonText backward(members.front());
        for (std::size_t i = members.size(); i-- > 1;) backward.add_member(members[i]);
        EXPECT_EQ(backward.shown(), expected) << members.front();
    }
    // The lead's own sentence is left out as campaign_text leaves it out.
    CommonText text(lead_with_own);
    text.add_member(common);
    EXPECT_EQ(text.shown(), common);
}

}  // namespace
}  // namespace inspraak::core::group
