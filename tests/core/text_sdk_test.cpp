#include <gtest/gtest.h>

#include "inspraak/text.hpp"
#include "util/sha256.hpp"

namespace inspraak {
namespace {

TEST(TextSdk, NormalizesAllKindsOfWhitespace) {
    EXPECT_EQ(text::normalize_whitespace("  een\t twee\n\ndrie\xC2\xA0vier  "), "een twee drie vier");
    EXPECT_EQ(text::normalize_whitespace(""), "");
    EXPECT_EQ(text::trim("\xC2\xA0 x y \n"), "x y");
}

TEST(TextSdk, SplitsLinesOnEveryConvention) {
    auto lines = text::split_lines("a\r\nb\nc\rd");
    ASSERT_EQ(lines.size(), 4u);
    EXPECT_EQ(lines[3], "d");
}

TEST(TextSdk, ConvertsCharsetsToUtf8) {
    EXPECT_EQ(text::to_utf8("caf\xE9 \x80 5"), "caf\xC3\xA9 \xE2\x82\xAC 5");  // windows-1252
    EXPECT_EQ(text::to_utf8("\xEF\xBB\xBFhallo"), "hallo");                    // BOM dropped
    EXPECT_EQ(text::to_utf8("caf\xE9", "iso-8859-1"), "caf\xC3\xA9");
    EXPECT_EQ(text::to_utf8("ge\xC3\xAB" "erd"), "ge\xC3\xAB" "erd");  // already UTF-8
    // Dutch windows-1252 that uchardet takes for a Mac charset.
    EXPECT_EQ(text::to_utf8("Financi\xEBn en co\xF6rdinatie"), "Financi\xC3\xAB" "n en co\xC3\xB6rdinatie");
    EXPECT_FALSE(text::is_valid_utf8("\xC3"));
}

TEST(TextSdk, FoldsCaseAndDiacritics) {
    EXPECT_EQ(text::fold_case("CREËREN"), "creëren");
    EXPECT_EQ(text::strip_diacritics("creëren café"), "creeren cafe");
    EXPECT_TRUE(text::starts_with_ci("Bijlage 2", "bijlage"));
}

TEST(TextSdk, FoldsForComparisonWhitespaceAndCaseAlike) {
    EXPECT_EQ(text::fold_for_comparison("  Hoofdstuk\xC2\xA0 2\n"), "hoofdstuk 2");
    EXPECT_EQ(text::fold_for_comparison("ECONOMISCHE  Strategie"), text::fold_for_comparison("economische strategie"));
    EXPECT_EQ(text::fold_for_comparison("IJSSEL\tLinie"), "ijssel linie");
    EXPECT_NE(text::fold_for_comparison("Hoofdstuk 2"), text::fold_for_comparison("Hoofdstuk 3"));
}

TEST(Sha256, KnownVector) {
    EXPECT_EQ(core::sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

}  // namespace
}  // namespace inspraak
