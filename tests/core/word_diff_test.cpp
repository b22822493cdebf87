// The word-by-word difference every report format marks in the annex of the framework's changes.
#include <gtest/gtest.h>

#include <string>

#include "inspraak/text.hpp"
#include "revise/word_diff.hpp"

namespace inspraak::core {
namespace {

std::string shown(const std::vector<ReportTextSegment>& segments) {
    std::string out;
    for (const auto& s : segments) out += s.op == "same" ? s.text : "[" + s.op + ":" + s.text + "]";
    return out;
}

// One side of the difference, spaces read as HTML and Word read them (a run of them is one).
std::string side(const std::vector<ReportTextSegment>& segments, const std::string& other) {
    std::string out;
    for (const auto& s : segments)
        if (s.op != other) out += s.text;
    return text::normalize_whitespace(out);
}

TEST(WordDiff, MarksAReplacedWordDeletionFirst) {
    const auto diff = word_diff("De gemeente steunt de haven.", "De gemeente versterkt de haven.");
    EXPECT_EQ(shown(diff), "De gemeente [del:steunt][ins:versterkt] de haven.");
}

TEST(WordDiff, GivesBackBothTexts) {
    const std::string old_text = "Wij  investeren in\nhet MKB en de regio.";
    const std::string new_text = "Wij investeren vooral in het MKB, NL in Business en de regio.";
    const auto diff = word_diff(old_text, new_text);
    EXPECT_EQ(side(diff, "ins"), "Wij investeren in het MKB en de regio.");
    EXPECT_EQ(side(diff, "del"), "Wij investeren vooral in het MKB, NL in Business en de regio.");
    for (const auto& s : diff)
        if (s.op != "same") {
            EXPECT_NE(s.text.front(), ' ') << s.text;
            EXPECT_NE(s.text.back(), ' ') << s.text;
        }
}

TEST(WordDiff, AnAdditionIsOneInsertionAndARemovalOneDeletion) {
    const auto added = word_diff("", "Een nieuwe zin.");
    ASSERT_EQ(added.size(), 1u);
    EXPECT_EQ(added[0].op, "ins");
    EXPECT_EQ(added[0].text, "Een nieuwe zin.");
    const auto removed = word_diff("Een oude zin.", "");
    ASSERT_EQ(removed.size(), 1u);
    EXPECT_EQ(removed[0].op, "del");
    EXPECT_TRUE(word_diff("", "").empty());
    const auto same = word_diff("Verplaatst, niet veranderd.", "Verplaatst,  niet\nveranderd.");
    ASSERT_EQ(same.size(), 1u);
    EXPECT_EQ(same[0].op, "same");
}

TEST(WordDiff, TextsPastTheLimitAreReplacedWhole) {
    const auto diff = word_diff("a b c d", "a b x d", 3);
    EXPECT_EQ(shown(diff), "[del:a b c d][ins:a b x d]");
}

}  // namespace
}  // namespace inspraak::core
