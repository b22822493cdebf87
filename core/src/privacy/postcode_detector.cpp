// Dutch postcodes: four digits (not starting with 0), an optional space, two capitals (never SA,
// SD or SS), and the house number after it when there is one ("5211 AB 12"). A year before two
// capitals ("in 2025 NL in Business") is a postcode only when no lower-case word follows.
#include "privacy/detectors.hpp"
#include "privacy/scan_text.hpp"

namespace inspraak::core::detect {
namespace {

// "12", "12a", "12-II" after the postcode: the rest of an address written as postcode and number.
size_t house_number_after(std::string_view text, size_t at) {
    if (at + 1 >= text.size() || (text[at] != ' ' && text[at] != '-')) return at;
    const size_t digits = scan::digits_at(text, at + 1);
    if (digits == 0 || digits > 4) return at;
    size_t end = at + 1 + digits;
    if (end < text.size() && scan::letter(text[end]) && scan::ends_code(text, end + 1)) ++end;
    return scan::ends_code(text, end) && !(end < text.size() && (text[end] == '.' || text[end] == ',') &&
                                           end + 1 < text.size() && scan::digit(text[end + 1]))
               ? end
               : at;
}

bool lower_case_word_follows(std::string_view text, size_t at) {
    while (at < text.size() && text[at] == ' ') ++at;
    return at < text.size() && scan::lower(text[at]);
}

}  // namespace

void postcodes(std::string_view text, std::vector<PersonalSpan>& found) {
    for (size_t i = 0; i + 6 <= text.size(); ++i) {
        if (!scan::digit(text[i]) || text[i] == '0' || !scan::starts_code(text, i)) continue;
        if (i > 0 && std::string_view(".,-/+").find(text[i - 1]) != std::string_view::npos) continue;
        if (scan::digits_at(text, i) != 4) continue;
        size_t at = i + 4;
        const bool spaced = text[at] == ' ';
        if (spaced) ++at;
        if (at + 2 > text.size() || !scan::upper(text[at]) || !scan::upper(text[at + 1]) || !scan::ends_code(text, at + 2))
            continue;
        const std::string_view letters = text.substr(at, 2);
        if (letters == "SA" || letters == "SD" || letters == "SS") continue;
        if (at + 2 < text.size() && text[at + 2] == '-' && at + 3 < text.size() && scan::letter(text[at + 3])) continue;
        const int number = std::stoi(std::string(text.substr(i, 4)));
        if (spaced && number >= 1900 && number <= 2099 && lower_case_word_follows(text, at + 2)) continue;
        const size_t end = house_number_after(text, at + 2);
        found.push_back({i, end, PersonalDataKind::postcode});
        i = end;
    }
}

}  // namespace inspraak::core::detect
