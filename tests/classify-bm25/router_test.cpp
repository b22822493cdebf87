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
    // description word (0.5) stays under the threshold.
    auto apart = route("Een strategie die economisch verstandig is.");
    EXPECT_EQ(apart.route, no_route);
    // Stop words between the words of a phrase do not break it.
    EXPECT_EQ(route("Werk aan de economische en de strategie van de regio.").route, "economische-strategie");
}

TEST_F(Router, KeywordAsTheHeadOfACompoundCountsHalf) {
    // "zorgarbeidsmarkt" is a kind of arbeidsmarkt.
    auto decision = route("De zorgarbeidsmarkt verdient aandacht.");
    EXPECT_EQ(decision.route, "economische-strategie");
    EXPECT_DOUBLE_EQ(decision.score, WorkstreamRouter::compound_head_weight);
    EXPECT_EQ(decision.keywords, (std::vector<std::string>{"arbeidsmarkt"}));
}

TEST_F(Router, KeywordAsTheFirstPartOfACompoundDoesNotRouteAlone) {
    // "lobbyplanning" is about planning; "arbeidsmarktbeleid" about policy.
    auto decision = route("De lobbyplanning en het arbeidsmarktbeleid verdienen aandacht.");
    EXPECT_EQ(decision.route, no_route);
    // ... but it adds to a whole keyword of the same workstream.
    auto both = route("Het arbeidsmarktbeleid en het vestigingsklimaat verdienen aandacht.");
    EXPECT_EQ(both.route, "economische-strategie");
    EXPECT_DOUBLE_EQ(both.score, WorkstreamRouter::keyword_weight + WorkstreamRouter::compound_modifier_weight);
}

TEST_F(Router, KeywordInTheMiddleOfAWordDoesNotCount) {
    // "criteria" sits inside "zorgcriteriakamer", neither its head nor its first part.
    auto decision = route("De zorgcriteriakamer vergadert.");
    EXPECT_EQ(decision.route, no_route);
    EXPECT_TRUE(decision.keywords.empty());
}

TEST_F(Router, AKeywordIsNotCountedAgainAsADescriptionWord) {
    // "accountmanagement" is a keyword and a word of the name: counted once, as the keyword.
    auto decision = route("Het accountmanagement moet beter.");
    EXPECT_EQ(decision.route, "accountmanagement");
    EXPECT_DOUBLE_EQ(decision.score, WorkstreamRouter::keyword_weight);
    EXPECT_TRUE(decision.words.empty());
}

TEST(RouterInput, InflectionsOfOneKeywordCountOnce) {
    Tokenizer tokenizer(Language::dutch);
    WorkstreamRouter router({{"huur", "Huur", "", {"corporatie", "corporaties"}, {}}}, tokenizer);
    auto decision = router.route(tokenizer.tokenize("De corporaties moeten beter onderhouden."));
    EXPECT_EQ(decision.route, "huur");
    EXPECT_DOUBLE_EQ(decision.score, WorkstreamRouter::keyword_weight);
    EXPECT_EQ(decision.keywords, (std::vector<std::string>{"corporatie"}));
}

class RouterWithChapters : public ::testing::Test {
protected:
    static std::vector<Workstream> streams() {
        auto s = testing::make_test_workstreams();
        s[0].chapters = {"1", "2", "3", "4", "5", "B1"};  // kader
        s[3].chapters = {"6", "4.2"};                    // accountmanagement: organisation, and one section
        return s;
    }
    Tokenizer tokenizer{Language::dutch};
    WorkstreamRouter router{streams(), tokenizer};

    RouteDecision route(const std::string& text, const Location& location) const {
        return router.route(tokenizer.tokenize(text), location);
    }
};

TEST_F(RouterWithChapters, ChapterGivesTheDefaultRoute) {
    auto decision = route("Ondernemers willen vaker mee op handelsmissie.", {"4.1", "4"});
    EXPECT_EQ(decision.route, "kader");
    EXPECT_EQ(decision.by_chapter, "4");
    EXPECT_DOUBLE_EQ(decision.score, WorkstreamRouter::chapter_weight);
    // The most specific number wins: section 4.2 maps to accountmanagement.
    EXPECT_EQ(route("Ondernemers willen vaker mee op handelsmissie.", {"4.2", "4"}).route, "accountmanagement");
    // Appendix numbers compare without regard to case.
    EXPECT_EQ(route("Vietnam ontbreekt.", {"b1"}).route, "kader");
}

TEST_F(RouterWithChapters, AKeywordOfAnotherWorkstreamOverridesTheDefault) {
    auto decision = route("Dit hoort bij de lobby in Brussel.", {"4"});
    EXPECT_EQ(decision.route, "public-affairs");
    EXPECT_TRUE(decision.by_chapter.empty());
    // A compound head (a kind of the keyword) beats the chapter's default; a first part does not.
    EXPECT_EQ(route("De zorgarbeidsmarkt verdient aandacht.", {"4"}).route, "economische-strategie");
    EXPECT_EQ(route("Het arbeidsmarktbeleid verdient aandacht.", {"4"}).route, "kader");
}

TEST_F(RouterWithChapters, NoChapterOrAnUnmappedChapterGivesGeenWhenNothingElseFits) {
    EXPECT_EQ(route("Ondernemers willen vaker mee op handelsmissie.", {}).route, no_route);
    EXPECT_EQ(route("Ondernemers willen vaker mee op handelsmissie.", {"9"}).route, no_route);
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
    EXPECT_THROW(WorkstreamRouter({{"", "Naamloos", "", {}, {}}}, tokenizer), std::invalid_argument);
    EXPECT_THROW(WorkstreamRouter({{"a", "A", "", {}, {}}, {"a", "B", "", {}, {}}}, tokenizer), std::invalid_argument);
    WorkstreamRouter empty({}, tokenizer);
    EXPECT_EQ(empty.route(tokenizer.tokenize("lobby")).route, no_route);
}

}  // namespace
}  // namespace inspraak::classify_bm25
