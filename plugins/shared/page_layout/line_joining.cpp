#include "line_joining.hpp"

#include <array>
#include <unicode/uchar.h>

#include "code_points.hpp"
#include "inspraak/text.hpp"

namespace inspraak::ingest {
namespace {

constexpr std::string_view kSoftHyphen = "\xC2\xAD";  // U+00AD
constexpr std::string_view kHyphen = "\xE2\x80\x90";  // U+2010

// Words after which a hyphen stays: "ochtend- en avondspits", "hoofd- of bijzaak".
constexpr std::array<std::string_view, 8> kConjunctions = {"en", "of", "tot", "noch", "en/of", "and", "or", "to"};

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// The line without its trailing hyphen (ASCII or U+2010), or empty when there is none.
std::string_view strip_hyphen(std::string_view line) {
    if (ends_with(line, "-")) return line.substr(0, line.size() - 1);
    if (ends_with(line, kHyphen)) return line.substr(0, line.size() - kHyphen.size());
    return {};
}

bool is_vowel(UChar32 c) {
    switch (u_tolower(c)) {
        case 'a': case 'e': case 'i': case 'o': case 'u': return true;
        default: return false;
    }
}

std::string_view first_word(std::string_view s) { return s.substr(0, s.find(' ')); }

}  // namespace

bool ends_in_word_hyphen(std::string_view line) {
    if (ends_with(line, kSoftHyphen)) return true;
    std::string_view stem = strip_hyphen(line);
    return !stem.empty() && u_isalpha(last_code_point(stem));
}

bool ends_sentence(std::string_view line) {
    std::string_view t = text::trim(line);
    if (t.empty()) return false;
    switch (t.back()) {
        case '.': case '!': case '?': case ':': case ';': return true;
        default: return false;
    }
}

std::string join_lines(std::string_view first, std::string_view next) {
    if (first.empty()) return std::string(next);
    if (next.empty()) return std::string(first);
    if (ends_with(first, kSoftHyphen)) return std::string(first.substr(0, first.size() - kSoftHyphen.size())) + std::string(next);
    if (ends_in_word_hyphen(first)) {
        std::string_view stem = strip_hyphen(first);
        const UChar32 after = first_code_point(next);
        const UChar32 before = last_code_point(stem);
        for (std::string_view conjunction : kConjunctions)
            if (first_word(next) == conjunction) return std::string(first) + " " + std::string(next);
        // A capital or a digit after the hyphen ("Noord-Brabant", "2024-2028") and the same
        // vowel on both sides ("zee-egel", "auto-ongeluk"): the hyphen belongs to the word.
        const bool real_hyphen = u_isupper(after) || u_istitle(after) || u_isdigit(after) ||
                                 (is_vowel(before) && u_tolower(before) == u_tolower(after));
        if (real_hyphen) return std::string(first) + std::string(next);
        if (u_islower(after)) return std::string(stem) + std::string(next);
    }
    // A range broken after its dash: "2024-" + "2028".
    std::string_view stem = strip_hyphen(first);
    if (!stem.empty() && u_isdigit(last_code_point(stem)) && u_isdigit(first_code_point(next))) return std::string(first) + std::string(next);
    return std::string(first) + " " + std::string(next);
}

}  // namespace inspraak::ingest
