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

}  // namespace
}  // namespace inspraak::core::group
