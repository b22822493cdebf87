// Stop words per language: words too common to tell one chapter from another. The lists are
// data (src/stop_words.cpp), in folded form: lower case, without diacritics.
#pragma once

#include <span>
#include <string_view>

#include "classify_bm25/language.hpp"

namespace inspraak::classify_bm25 {

std::span<const std::string_view> stop_words(Language language);

}  // namespace inspraak::classify_bm25
