#include <gtest/gtest.h>

#include <stdexcept>

#include "classify_bm25/workstream_router.hpp"
#include "test_framework.hpp"

namespace inspraak::classify_bm25 {
namespace {

class Router : public ::testing::Test {
protected:
    Tokenizer tokenizer{Language::dutch};
    WorkstreamRouter router{testing::make_test_workstreams(), tokenizer};

    RouteDecision route(const std::string& text) const { return router.route(tokenizer.tokenize(text)); }
};

TEST_F(Router, KeywordInAnyInflectionRoutes) {
    auto decision = route("De krapte op de arbeidsmarkt hoort in een andere nota thuis.");
    EXPECT_EQ(decision.route, "economische-strategie");
    EXPECT_EQ(decision.keywords, (std::vector<std::string>{"arbeidsmarkt"}));
    EXPECT_EQ(route("Spreek de accountmanagers van de gemeente aan.").route, "accountmanagement");
}

TEST_F(Router, MultiWordKeywordMustAppearAsAPhrase) {
    EXPECT_EQ(route("Dit is een zaak voor public affairs.").route, "public-affairs");
    // Both words of "economische strategie", but not together: no keyword hit, and one
    // description word (0.25) stays under the threshold.
    auto apart = route("Een strategie die economisch verstandig is.");
    EXPECT_EQ(apart.route, no_route);
    // Stop words between the words of a phrase do not break it.
    EXPECT_EQ(route("Werk aan de economische en de strategie van de regio.").route, "economische-strategie");
}

TEST_F(Router, KeywordInsideACompoundCountsHalf) {
    auto decision = route("Het arbeidsmarktbeleid verdient aandacht.");
    EXPECT_EQ(decision.route, "economische-strategie");
    EXPECT_DOUBLE_EQ(decision.score, WorkstreamRouter::compound_weight);
}

TEST_F(Router, DescriptionWordsAloneCanRouteWhenSpecific) {
    // "provincie" and "Brussel" occur only in the public-affairs description.
    auto decision = route("Zoek steun bij de provincie en in Brussel.");
    EXPECT_EQ(decision.route, "public-affairs");
    EXPECT_TRUE(decision.keywords.empty());
    EXPECT_EQ(decision.words, (std::vector<std::string>{"provincie", "Brussel"}));
}

TEST_F(Router, NothingFittingGivesGeen) {
    auto decision = route("Mooi document, complimenten aan de opstellers.");
    EXPECT_EQ(decision.route, no_route);
    EXPECT_EQ(route("").route, no_route);
}

TEST_F(Router, StrongestWorkstreamWins) {
    // One keyword for public affairs, two for economische-strategie.
    EXPECT_EQ(route("Lobby voor het vestigingsklimaat en de arbeidsmarkt.").route, "economische-strategie");
}

TEST(RouterInput, RejectsMissingAndDuplicateIds) {
    Tokenizer tokenizer(Language::dutch);
    EXPECT_THROW(WorkstreamRouter({{"", "Naamloos", "", {}}}, tokenizer), std::invalid_argument);
    EXPECT_THROW(WorkstreamRouter({{"a", "A", "", {}}, {"a", "B", "", {}}}, tokenizer), std::invalid_argument);
    WorkstreamRouter empty({}, tokenizer);
    EXPECT_EQ(empty.route(tokenizer.tokenize("lobby")).route, no_route);
}

}  // namespace
}  // namespace inspraak::classify_bm25
