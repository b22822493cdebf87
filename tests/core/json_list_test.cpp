// A list of strings in one text column (store/json_list.hpp): what is written reads back, and a
// damaged column reads as an empty list instead of failing the round.
#include <gtest/gtest.h>

#include "store/json_list.hpp"

namespace inspraak::core {
namespace {

using List = std::vector<std::string>;

TEST(JsonList, WhatIsWrittenReadsBack) {
    for (const List& list : {List{}, List{"uit OCR, zekerheid 71%"}, List{"a\"b", "c\\\\d", "\\n regel\\t", "é – ✓", ""}})
        EXPECT_EQ(from_json_list(to_json_list(list)), list);
    EXPECT_EQ(from_json_list(R"(["\u00e9\n"])"), List{"é\n"});
}

TEST(JsonList, OnlyTheStringsOfATopLevelArrayCount) {
    EXPECT_EQ(from_json_list(R"(["a", 1, null, true, 2.5, ["b"], {"c": "d"}, "e"])"), (List{"a", "e"}));
    EXPECT_TRUE(from_json_list(R"("a")").empty());
    EXPECT_TRUE(from_json_list(R"({"a": ["b"]})").empty());
}

TEST(JsonList, ADamagedColumnIsAnEmptyList) {
    for (const char* damaged : {"", "[", "[\"a\"", "[\"a\",]", "[\"a\"] x", "niet json", "[\"\\ud800\"]"})
        EXPECT_TRUE(from_json_list(damaged).empty()) << damaged;
}

}  // namespace
}  // namespace inspraak::core
