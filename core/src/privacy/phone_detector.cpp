// Phone numbers: Dutch numbers of ten digits as people write them (06-12345678, 06 1234 5678,
// 0412-123456, (0412) 123 456), and international ones (+31 (0)6 12 34 56 78, 0031 6 12345678,
// +32 470 12 34 56). Years, amounts and dates are no phone numbers: a Dutch number starts with a
// zero and an area code of two to four digits ("01-02-2025" has none), and a date's shape with a
// time after it ("06-12-2025 10.00") is left alone.
#include "privacy/detectors.hpp"
#include "privacy/scan_text.hpp"

namespace inspraak::core::detect {
namespace {

constexpr std::string_view separators = " -.()/";

bool looks_like_date(const std::vector<scan::DigitGroup>& groups) {
    return groups.size() >= 3 && groups[0].length <= 2 && groups[1].length <= 2 && groups[2].length == 4 &&
           groups[1].separator != ' ' && groups[2].separator != ' ';
}

// The end of the number: the first group end with `wanted` digits (from `low` to `high`, the
// longest such), or 0.
size_t number_end(std::string_view text, const std::vector<scan::DigitGroup>& groups, size_t low, size_t high) {
    size_t end = 0;
    for (const auto& group : groups)
        if (group.total >= low && group.total <= high && scan::ends_code(text, group.end)) end = group.end;
    return end;
}

// Skips spaces and dashes, and a "(0)" after a country code.
size_t after_country_code(std::string_view text, size_t at) {
    while (at < text.size() && (text[at] == ' ' || text[at] == '-')) ++at;
    if (text.substr(at, 3) == "(0)") at += 3;
    while (at < text.size() && (text[at] == ' ' || text[at] == '-')) ++at;
    return at;
}

}  // namespace

void phones(std::string_view text, std::vector<PersonalSpan>& found) {
    for (size_t i = 0; i + 1 < text.size(); ++i) {
        const char c = text[i];
        if (c != '+' && c != '0' && c != '(') continue;
        if (!scan::starts_code(text, i) || (i > 0 && std::string_view(".,-/+").find(text[i - 1]) != std::string_view::npos))
            continue;
        size_t end = 0;
        const bool plus = c == '+' && scan::digits_at(text, i + 1) == 2;
        const bool double_zero = text.substr(i, 2) == "00" && scan::digits_at(text, i) == 4;
        if (plus || double_zero) {
            const size_t code_at = plus ? i + 1 : i + 2;
            const bool dutch = text.substr(code_at, 2) == "31";
            const size_t at = after_country_code(text, code_at + 2);
            if (at < text.size() && scan::digit(text[at])) {
                const auto groups = scan::digit_groups(text, at, separators, 3);
                end = dutch ? number_end(text, groups, 9, 9) : number_end(text, groups, 8, 11);
            }
        } else {
            const size_t at = c == '(' ? i + 1 : i;
            if (text.substr(at, 1) != "0" || at + 1 >= text.size() || text[at + 1] == '0') continue;
            const auto groups = scan::digit_groups(text, at, separators, 3);
            if (groups.empty() || looks_like_date(groups)) continue;
            const size_t area = groups[0].length;
            const bool mobile = text.substr(at, 2) == "06";
            if (area < 2 || (area == 2 && !mobile)) continue;
            end = number_end(text, groups, 10, 10);
        }
        if (end == 0) continue;
        found.push_back({i, end, PersonalDataKind::phone});
        i = end;
    }
}

}  // namespace inspraak::core::detect
