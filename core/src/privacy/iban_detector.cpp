// IBANs of any country: two letters, two check digits and up to thirty letters and digits, with
// or without spaces between groups, valid by the mod-97 check (ISO 13616), so that a code or a
// reference of the same shape ("NL2025 plan") is left alone.
#include "privacy/detectors.hpp"
#include "privacy/scan_text.hpp"

namespace inspraak::core::detect {
namespace {

constexpr size_t shortest = 15;  // Norway
constexpr size_t longest = 34;

char upper(char c) { return scan::lower(c) ? static_cast<char>(c - 'a' + 'A') : c; }

// ISO 13616: the first four characters moved to the end, letters as 10..35, the number mod 97 is 1.
bool valid_iban(const std::string& compact) {
    const std::string moved = compact.substr(4) + compact.substr(0, 4);
    int remainder = 0;
    for (char c : moved) {
        if (scan::digit(c)) {
            remainder = (remainder * 10 + (c - '0')) % 97;
        } else {
            const int value = c - 'A' + 10;
            remainder = (remainder * 100 + value) % 97;
        }
    }
    return remainder == 1;
}

}  // namespace

void ibans(std::string_view text, std::vector<PersonalSpan>& found) {
    for (size_t i = 0; i + shortest <= text.size(); ++i) {
        const bool country = (scan::upper(text[i]) && scan::upper(text[i + 1])) || (scan::lower(text[i]) && scan::lower(text[i + 1]));
        if (!scan::alnum(text[i]) || !scan::starts_code(text, i)) continue;
        if (!country || !scan::digit(text[i + 2]) || !scan::digit(text[i + 3])) {
            while (i + 1 < text.size() && scan::alnum(text[i + 1])) ++i;  // the rest of this word cannot start one
            continue;
        }
        // Every place the IBAN could end (the end of a group), with its length so far.
        std::string compact;
        std::vector<std::pair<size_t, size_t>> ends;  // length of compact, end in text
        size_t at = i;
        while (at < text.size() && compact.size() < longest) {
            if (scan::alnum(text[at])) {
                compact += upper(text[at++]);
                if (scan::ends_code(text, at)) ends.emplace_back(compact.size(), at);
            } else if (text[at] == ' ' && at + 1 < text.size() && scan::alnum(text[at + 1]) && compact.size() >= 4) {
                ++at;
            } else {
                break;
            }
        }
        for (auto end = ends.rbegin(); end != ends.rend(); ++end) {
            if (end->first < shortest) break;
            if (valid_iban(compact.substr(0, end->first))) {
                found.push_back({i, end->second, PersonalDataKind::iban});
                i = end->second;
                break;
            }
        }
    }
}

}  // namespace inspraak::core::detect
