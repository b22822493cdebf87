// The languages the bm25 classifier knows: each has its own stop words and Snowball stemmer.
#pragma once

#include <string_view>

namespace inspraak::classify_bm25 {

enum class Language { dutch, english };

// Parses a round's language code: "nl" (also "" and "nl-NL") or "en" ("en-GB", ...).
// Throws std::invalid_argument, with a Dutch message naming the code, for anything else.
Language parse_language(std::string_view code);

// "nl" or "en".
std::string_view language_code(Language language);

}  // namespace inspraak::classify_bm25
