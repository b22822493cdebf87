// The words and word shingles that near-duplicate detection compares. Words are case-folded and
// stripped of diacritics with the SDK, so "Créëren" in one letter and "creeren" in a copy of it
// count as the same word; punctuation and spacing never make two copies differ.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace inspraak::core::group {

// The folded words of `text`, in order: runs of letters and digits (any non-ASCII byte counts as
// a letter, so words with ü or ĳ stay whole).
std::vector<std::string> folded_words(std::string_view text);

// A 64-bit hash that is the same on every machine and in every run (FNV-1a with a final mix):
// std::hash may differ between standard libraries, and grouping must be reproducible.
uint64_t stable_hash(std::string_view bytes, uint64_t seed = 0);

// The hashes of every run of `width` consecutive words, sorted and without repeats (a set, for
// Jaccard similarity). Fewer words than `width` give one shingle of all of them; none give none.
std::vector<uint64_t> shingle_hashes(const std::vector<std::string>& words, std::size_t width);

// |a ∩ b| / |a ∪ b| for two sorted sets without repeats; 0 when both are empty.
double jaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b);

}  // namespace inspraak::core::group
