#include "inspraak/light_markdown.hpp"

#include <gtest/gtest.h>

namespace inspraak::markdown {
namespace {

std::string describe(const std::vector<Block>& blocks) {
    std::string out;
    for (const Block& b : blocks) out += (b.list_item ? "[item] " : "[para] ") + b.text + "\n";
    return out;
}

std::string describe(const std::vector<Span>& spans) {
    std::string out;
    for (const Span& s : spans) out += std::string(s.bold ? "B" : "") + (s.italic ? "I" : "") + "(" + s.text + ")";
    return out;
}

TEST(LightMarkdownBlocks, ParagraphsEndAtABlankLineAndTheirLinesJoin) {
    EXPECT_EQ(describe(blocks("een\n  twee \n\n\ndrie")), "[para] een twee\n[para] drie\n");
    EXPECT_TRUE(blocks(" \n\t\n").empty());
    EXPECT_TRUE(blocks("").empty());
}

TEST(LightMarkdownBlocks, ListItemsAndTheirContinuationLines) {
    EXPECT_EQ(describe(blocks("Wij vragen:\n- eerst dit\n  en dat\n* dan dat\n\u2022 en tot slot")),
              "[para] Wij vragen:\n[item] eerst dit en dat\n[item] dan dat\n[item] en tot slot\n");
    EXPECT_EQ(describe(blocks("-geen item\n5 - 3")), "[para] -geen item 5 - 3\n") << "a bullet needs its space";
    EXPECT_EQ(describe(blocks("- a\n\nna de lijst")), "[item] a\n[para] na de lijst\n");
}

TEST(LightMarkdownSpans, BoldItalicAndNesting) {
    EXPECT_EQ(describe(spans("een **vet** en *schuin* woord")), "(een )B(vet)( en )I(schuin)( woord)");
    EXPECT_EQ(describe(spans("**vet met *schuin* erin**")), "B(vet met )BI(schuin)B( erin)");
    EXPECT_TRUE(spans("").empty());
}

TEST(LightMarkdownSpans, MarksThatOpenNothingStayText) {
    EXPECT_EQ(describe(spans("5 * 3 * 2")), "(5 * 3 * 2)");
    EXPECT_EQ(describe(spans("**open")), "(**open)");
    EXPECT_EQ(describe(spans("a ** b")), "(a ** b)");
}

}  // namespace
}  // namespace inspraak::markdown
