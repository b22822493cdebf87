#include "privacy/scan_text.hpp"

namespace inspraak::core::scan {

bool word_at(std::string_view text, size_t at, std::string_view word) {
    if (at + word.size() > text.size()) return false;
    for (size_t i = 0; i < word.size(); ++i) {
        char c = text[at + i];
        if (upper(c)) c = static_cast<char>(c - 'A' + 'a');
        if (c != word[i]) return false;
    }
    return !alnum(word.back()) || ends_word(text, at + word.size());
}

std::vector<DigitGroup> digit_groups(std::string_view text, size_t at, std::string_view separators, size_t max_gap) {
    std::vector<DigitGroup> groups;
    char separator = 0;
    size_t total = 0;
    while (at < text.size() && digit(text[at])) {
        const size_t n = digits_at(text, at);
        total += n;
        groups.push_back({at + n, n, total, separator});
        at += n;
        size_t gap = 0;
        separator = ' ';
        while (at + gap < text.size() && gap < max_gap && separators.find(text[at + gap]) != std::string_view::npos) {
            if (text[at + gap] != ' ' && separator == ' ') separator = text[at + gap];
            ++gap;
        }
        if (gap == 0 || at + gap >= text.size() || !digit(text[at + gap])) break;
        at += gap;
    }
    return groups;
}

std::vector<Word> words(std::string_view text) {
    std::vector<Word> out;
    size_t i = 0;
    const auto joins = [&](size_t at) {  // a hyphen or apostrophe inside a word
        return at + 1 < text.size() && (text[at] == '-' || text[at] == '\'') && word_byte(text[at + 1]);
    };
    while (i < text.size()) {
        const bool opening_apostrophe = text[i] == '\'' && starts_word(text, i) && joins(i);
        if (!word_byte(text[i]) && !opening_apostrophe) {
            ++i;
            continue;
        }
        Word word{i, i};
        ++i;
        while (i < text.size() && (word_byte(text[i]) || (joins(i) && i > word.begin))) ++i;
        word.end = i;
        out.push_back(word);
    }
    return out;
}

bool capitalised(std::string_view word) {
    if (word.empty()) return false;
    size_t at = word[0] == '\'' ? 1 : 0;  // "'s-Gravenhage" is a name too
    if (at >= word.size()) return false;
    if (upper(word[at])) return true;
    // UTF-8 capitals of Latin-1: C3 80..C3 9E, without the multiplication sign (C3 97).
    const auto lead = static_cast<unsigned char>(word[at]);
    if (lead != 0xC3 || at + 1 >= word.size()) return false;
    const auto next = static_cast<unsigned char>(word[at + 1]);
    return next >= 0x80 && next <= 0x9E && next != 0x97;
}

bool only_spaces(std::string_view text, size_t from, size_t to) {
    if (from >= to) return false;
    for (size_t i = from; i < to; ++i)
        if (text[i] != ' ') return false;
    return true;
}

std::string folded(std::string_view word) {
    std::string out(word);
    for (char& c : out)
        if (upper(c)) c = static_cast<char>(c - 'A' + 'a');
    return out;
}

}  // namespace inspraak::core::scan
