#include "line_joining.hpp"

#include <gtest/gtest.h>

#include "list_markers.hpp"

namespace inspraak::ingest {
namespace {

TEST(LineJoining, JoinsAWordBrokenAtAHyphen) {
    EXPECT_EQ(join_lines("voor de gemeente-", "lijke accountmanagers"), "voor de gemeentelijke accountmanagers");
    EXPECT_EQ(join_lines("de Ëindhovense omge-", "ving"), "de Ëindhovense omgeving");
}

TEST(LineJoining, KeepsARealHyphen) {
    EXPECT_EQ(join_lines("de rand van Noord-", "Brabant en"), "de rand van Noord-Brabant en");
    EXPECT_EQ(join_lines("de periode 2024-", "2028"), "de periode 2024-2028");
    EXPECT_EQ(join_lines("in de ochtend-", "en avondspits"), "in de ochtend- en avondspits");
    EXPECT_EQ(join_lines("hoofd-", "of bijzaak"), "hoofd- of bijzaak");
    EXPECT_EQ(join_lines("een zee-", "egel"), "een zee-egel");
}

TEST(LineJoining, DropsASoftHyphen) { EXPECT_EQ(join_lines("werk\xC2\xAD", "gelegenheid"), "werkgelegenheid"); }

TEST(LineJoining, OtherwiseJoinsWithASpace) {
    EXPECT_EQ(join_lines("een gewone", "regel"), "een gewone regel");
    EXPECT_EQ(join_lines("een gedachte -", "daarna meer"), "een gedachte - daarna meer");
    EXPECT_EQ(join_lines("", "alleen"), "alleen");
}

TEST(LineJoining, TellsWordHyphensAndSentenceEnds) {
    EXPECT_TRUE(ends_in_word_hyphen("gemeente-"));
    EXPECT_FALSE(ends_in_word_hyphen("2024-"));
    EXPECT_FALSE(ends_in_word_hyphen("tekst -"));
    EXPECT_TRUE(ends_sentence("Klaar."));
    EXPECT_TRUE(ends_sentence("als volgt:"));
    EXPECT_FALSE(ends_sentence("en dan"));
}

TEST(ListMarkers, RecognisesBulletsNumbersAndLetters) {
    EXPECT_EQ(list_marker("\xE2\x80\xA2 een item")->body_marker, "-");
    EXPECT_EQ(list_marker("\xEF\x82\xB7 uit Word")->content, "uit Word");
    EXPECT_EQ(list_marker("- streepje")->body_marker, "-");
    EXPECT_EQ(list_marker("3. derde")->body_marker, "3.");
    EXPECT_EQ(list_marker("12) twaalfde")->body_marker, "12)");
    EXPECT_EQ(list_marker("b) tweede")->body_marker, "b)");
    EXPECT_EQ(list_marker("(c) derde")->body_marker, "c)");
    EXPECT_FALSE(list_marker("J. de Vries"));
    EXPECT_FALSE(list_marker("2025. Het jaar"));
    EXPECT_FALSE(list_marker("3.1 Titel"));
    EXPECT_FALSE(list_marker("-5 graden"));
    EXPECT_TRUE(is_list_marker_word("\xE2\x80\xA2"));
    EXPECT_TRUE(is_list_marker_word("2."));
    EXPECT_FALSE(is_list_marker_word("Het"));
}

}  // namespace
}  // namespace inspraak::ingest
