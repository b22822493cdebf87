// Splits Dutch compounds that the framework does not use into parts it does use, so that a
// point about "asbestplaten" or "speerpuntsectoren" finds the passages on "asbest" or on
// "speerpunten" and "sectoren". The vocabulary is the framework's own: no dictionary needed.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "classify_bm25/tokenizer.hpp"

namespace inspraak::classify_bm25 {

struct CompoundPart {
    std::string word;  // the part as written (folded): "platen"
    std::string term;  // its term: "plat"
};

class CompoundSplitter {
public:
    // Parts shorter than this (in bytes of the folded word) are not tried: "ei", "as" would
    // match everywhere.
    static constexpr std::size_t min_head = 4;
    static constexpr std::size_t min_modifier = 3;
    // A first part standing alone (no known head) must be this long: "begrippen" in
    // "begrippenlijst", not "bouw" in "bouwplaats".
    static constexpr std::size_t min_prefix = 6;

    // `known(term)`: whether the framework uses that term.
    CompoundSplitter(const Tokenizer& tokenizer, std::function<bool(const std::string&)> known);

    // The known parts of `folded_word` (lower case, no diacritics): its head (the longest known
    // ending) and what comes before it, without a linking s/e/en ("speerpunt-s-sectoren"), when
    // known too, else split once more. Without a known head: the longest known first part of at
    // least min_prefix bytes. Empty when no part is known.
    std::vector<CompoundPart> split(const std::string& folded_word) const;

private:
    std::vector<CompoundPart> split(const std::string& word, int depth) const;
    const Tokenizer& tokenizer_;
    std::function<bool(const std::string&)> known_;
};

}  // namespace inspraak::classify_bm25
