#include "group/shingles.hpp"

#include <algorithm>

#include "inspraak/text.hpp"

namespace inspraak::core::group {
namespace {

bool is_word_byte(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

// The splitmix64 finalizer: spreads FNV's weak low bits over the whole word.
uint64_t mix(uint64_t x) {
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

}  // namespace

std::vector<std::string> folded_words(std::string_view text) {
    const std::string folded = text::fold_case(text::strip_diacritics(text));
    std::vector<std::string> words;
    std::size_t i = 0;
    while (i < folded.size()) {
        while (i < folded.size() && !is_word_byte(static_cast<unsigned char>(folded[i]))) ++i;
        std::size_t start = i;
        while (i < folded.size() && is_word_byte(static_cast<unsigned char>(folded[i]))) ++i;
        if (i > start) words.emplace_back(folded, start, i - start);
    }
    return words;
}

uint64_t stable_hash(std::string_view bytes, uint64_t seed) {
    uint64_t h = 0xcbf29ce484222325ULL ^ mix(seed);
    for (unsigned char c : bytes) {
        h ^= c;
        h *= 0x100000001b3ULL;
    }
    return mix(h);
}

std::vector<uint64_t> shingle_hashes(const std::vector<std::string>& words, std::size_t width) {
    std::vector<uint64_t> hashes;
    if (words.empty() || width == 0) return hashes;
    // Each word is hashed once; a shingle's hash chains its words' hashes in order, so "a b c"
    // and "c b a" differ and no shingle text has to be built.
    std::vector<uint64_t> word_hashes;
    word_hashes.reserve(words.size());
    for (const auto& word : words) word_hashes.push_back(stable_hash(word));
    const std::size_t count = words.size() >= width ? words.size() - width + 1 : 1;
    hashes.reserve(count);
    for (std::size_t start = 0; start < count; ++start) {
        uint64_t h = 0;
        for (std::size_t i = start; i < std::min(words.size(), start + width); ++i)
            h = mix(h * 0x9e3779b97f4a7c15ULL + word_hashes[i]);
        hashes.push_back(h);
    }
    std::sort(hashes.begin(), hashes.end());
    hashes.erase(std::unique(hashes.begin(), hashes.end()), hashes.end());
    return hashes;
}

double jaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
    if (a.empty() && b.empty()) return 0;
    std::size_t i = 0, j = 0, common = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i] < b[j]) ++i;
        else if (b[j] < a[i]) ++j;
        else {
            ++common;
            ++i;
            ++j;
        }
    }
    return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

}  // namespace inspraak::core::group
