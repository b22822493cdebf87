// Small questions about the shape of a line of text ("does it start with a capital?", "does it
// end a sentence?") that the heading detector and the segmenter both ask. UTF-8 aware, so that
// "Één" counts as starting with a capital.
#pragma once

#include <optional>
#include <string_view>

namespace inspraak::core {

bool starts_with_uppercase(std::string_view s);  // first code point is an upper/title case letter
bool starts_with_lowercase(std::string_view s);  // first code point is a lower case letter
bool ends_with_lowercase(std::string_view s);    // last code point is a lower case letter

// The last non-space character is one of `chars` (ASCII only).
bool ends_with_any(std::string_view s, std::string_view chars);

// Number of words (runs of non-space characters).
int word_count(std::string_view s);

// Length in code points.
size_t code_point_count(std::string_view s);


// A list item marker at the start of a line: "- ", "* ", "• ", "1. ", "2) ", "a. ", "b) ".
struct ListMarker {
    enum class Kind { bullet, number, letter };
    Kind kind = Kind::bullet;
    int value = 0;                 // the number for Kind::number, 1 for "a", 2 for "b", ...
    char style = 0;                // '.' or ')' after a number or letter
    size_t indent = 0;             // leading spaces (a tab counts as four)
    std::string_view content;      // the item text after the marker, trimmed
};

// Recognises a list marker followed by text. Numbers have at most two digits ("2020. Het
// jaar" is not a list item); a letter item is lower case ("a." / "a)") or upper case with a
// parenthesis ("A)"), so that initials ("J. Jansen") are not taken for list items.
std::optional<ListMarker> parse_list_marker(std::string_view line);

// The text of a Markdown ATX heading ("## Titel ##" -> "Titel", "#" -> ""), trimmed; nullopt
// when the line is no such heading ("#hashtag" is not). Written by hand rather than with
// std::regex, whose recursion overflows the stack on very long lines.
std::optional<std::string_view> atx_heading_content(std::string_view line);

}  // namespace inspraak::core
