// Byte-level helpers the detectors share. The detectors scan the text by hand instead of with
// regular expressions: std::regex costs tens of microseconds per pattern and text, too much for
// a round of 100,000 points that is published again after every change.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace inspraak::core::scan {

inline bool digit(char c) { return c >= '0' && c <= '9'; }
inline bool upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool lower(char c) { return c >= 'a' && c <= 'z'; }
inline bool letter(char c) { return upper(c) || lower(c); }
inline bool alnum(char c) { return letter(c) || digit(c); }
// A byte of a word: an ASCII letter or digit, or any byte of a multi-byte UTF-8 letter.
inline bool word_byte(char c) { return alnum(c) || static_cast<unsigned char>(c) >= 0x80; }

// No word byte right before `at` / at `end`: the found stretch is not part of a longer word.
inline bool starts_word(std::string_view text, size_t at) { return at == 0 || !word_byte(text[at - 1]); }
inline bool ends_word(std::string_view text, size_t end) { return end >= text.size() || !word_byte(text[end]); }

// The same for numbers and codes, where only ASCII letters and digits join: a quotation mark or a
// dash in UTF-8 before "06-12345678" does not make it part of a word.
inline bool starts_code(std::string_view text, size_t at) { return at == 0 || !alnum(text[at - 1]); }
inline bool ends_code(std::string_view text, size_t end) { return end >= text.size() || !alnum(text[end]); }

// The number of digits from `at` on.
inline size_t digits_at(std::string_view text, size_t at) {
    size_t n = 0;
    while (at + n < text.size() && digit(text[at + n])) ++n;
    return n;
}

// Groups of digits from `at` on, joined by up to `max_gap` bytes of `separators` ("06 12 34 56 78",
// "1234.56.782"): per group where it ends, its length, the digits so far, and the separator
// before it (' ' for spaces only, else the first other byte; 0 for the first group).
struct DigitGroup {
    size_t end = 0;
    size_t length = 0;
    size_t total = 0;
    char separator = 0;
};
std::vector<DigitGroup> digit_groups(std::string_view text, size_t at, std::string_view separators, size_t max_gap);

// Whether `text` from `at` starts with `word` (ASCII case-insensitive) and the word ends there.
bool word_at(std::string_view text, size_t at, std::string_view word);

// The phrase of an entry of each_phrase's list: the entry itself, or (found by argument-dependent
// lookup) a phrase_of for the caller's own entry type.
inline std::string_view phrase_of(std::string_view phrase) { return phrase; }

// Calls found(at, phrase) for each phrase of `phrases` (ASCII lower case) that starts a word of
// `text` at `at`, in text order, in one pass: `folded` is folded(text). A phrase that ends in a
// letter must end a word too ("geb." need not).
template <typename Phrases, typename Found>
void each_phrase(std::string_view text, std::string_view folded, const Phrases& phrases, Found&& found) {
    for (size_t at = 0; at < folded.size(); ++at) {
        if (!letter(folded[at]) || !starts_word(text, at)) continue;
        for (const auto& entry : phrases) {
            const std::string_view phrase = phrase_of(entry);
            if (phrase[0] != folded[at] || folded.compare(at, phrase.size(), phrase) != 0) continue;
            if (alnum(phrase.back()) && !ends_word(text, at + phrase.size())) continue;
            found(at, entry);
        }
    }
}

// A word of the text: letters and digits, with inner hyphens and apostrophes ("Sint-Jansstraat",
// "'s-Hertogenbosch", "Jansen-de").
struct Word {
    size_t begin = 0;
    size_t end = 0;
};
std::vector<Word> words(std::string_view text);

// Whether the word starts with a capital (ASCII, or a Latin-1 capital in UTF-8: "Één", "Özil").
bool capitalised(std::string_view word);
// Only spaces between two words (no comma, no full stop): they belong to one phrase.
bool only_spaces(std::string_view text, size_t from, size_t to);
// ASCII lower case.
std::string folded(std::string_view word);

}  // namespace inspraak::core::scan
