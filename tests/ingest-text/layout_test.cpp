#include "text_layout.hpp"

#include <gtest/gtest.h>

using inspraak::ingest::tidy_layout;

TEST(TidyLayout, NormalisesLineEndingsAndBlankLines) {
    EXPECT_EQ(tidy_layout("\r\n\r\nEen\r\ntwee  \r\n\r\n\r\n\rdrie\f vier\n\n"), "Een\ntwee\n\ndrie\n vier");
}

TEST(TidyLayout, KeepsIndentationOfNestedItems) {
    EXPECT_EQ(tidy_layout("- a\n  - b\n"), "- a\n  - b");
}

TEST(TidyLayout, WhitespaceOnlyBecomesEmpty) { EXPECT_EQ(tidy_layout(" \n\t\n\xC2\xA0\n"), ""); }
