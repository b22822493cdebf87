#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "classify_bm25/compound_splitter.hpp"

namespace inspraak::classify_bm25 {
namespace {

class Compounds : public ::testing::Test {
protected:
    Tokenizer tokenizer_{Language::dutch};
    std::set<std::string> vocabulary_;
    CompoundSplitter splitter_{tokenizer_, [this](const std::string& term) { return vocabulary_.contains(term); }};

    void SetUp() override {
        // The framework's vocabulary: its terms, as the index holds them.
        for (std::string& term : tokenizer_.terms("speerpunten sectoren asbest begrippen bouw materialen handel"))
            vocabulary_.insert(std::move(term));
    }
    std::vector<std::string> parts(const std::string& word) const {
        std::vector<std::string> out;
        for (const CompoundPart& part : splitter_.split(word)) out.push_back(part.word);
        return out;
    }
};

using Words = std::vector<std::string>;

TEST_F(Compounds, SplitsIntoKnownHeadAndModifierWithoutTheLinkingS) {
    EXPECT_EQ(parts("speerpuntsectoren"), (Words{"sectoren", "speerpunt"}));
}

TEST_F(Compounds, KnownHeadAloneWhenTheFirstPartIsUnknown) {
    EXPECT_EQ(parts("zorgsectoren"), Words{"sectoren"});
}

TEST_F(Compounds, ModifierSplitOnceMoreWhenItIsItselfACompound) {
    const Words found = parts("bouwmaterialenhandel");
    ASSERT_FALSE(found.empty());
    EXPECT_EQ(found.front(), "handel");
    EXPECT_NE(std::find(found.begin(), found.end(), "materialen"), found.end());
    EXPECT_NE(std::find(found.begin(), found.end(), "bouw"), found.end());
}

TEST_F(Compounds, LongestKnownFirstPartWhenNoHeadIsKnown) {
    EXPECT_EQ(parts("begrippenlijst"), Words{"begrippen"});
    EXPECT_EQ(parts("asbestplaten"), Words{"asbest"});
}

TEST_F(Compounds, NothingForUnknownShortOrNonLetterWords) {
    EXPECT_TRUE(parts("fietsenstalling").empty());
    EXPECT_TRUE(parts("bouw").empty()) << "too short to be a compound";
    EXPECT_TRUE(parts("").empty());
    EXPECT_TRUE(parts("a15sectoren").empty()) << "digits: a name or a code, not a compound";
    EXPECT_TRUE(parts("speerpuntsectoren\xC3\xA9").empty());
}

}  // namespace
}  // namespace inspraak::classify_bm25
