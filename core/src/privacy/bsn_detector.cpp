// Burgerservicenummers: nine digits written as a number of their own (123456782, 1234.56.782,
// 123 456 782) that pass the eleven-test. A longer number, an amount ("€ 123.456.782", "123.456.782,00")
// or a part of a code is left alone.
#include "privacy/detectors.hpp"
#include "privacy/scan_text.hpp"

namespace inspraak::core::detect {
namespace {

// 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 is a multiple of eleven (and not all zeros).
bool eleven_test(const std::string& digits) {
    int sum = 0;
    for (size_t i = 0; i < 8; ++i) sum += (9 - static_cast<int>(i)) * (digits[i] - '0');
    sum -= digits[8] - '0';
    return sum % 11 == 0 && digits != "000000000";
}

// A currency sign or word just before: "€ 123.456.782", "EUR 123456782".
bool after_currency(std::string_view text, size_t at) {
    while (at > 0 && text[at - 1] == ' ') --at;
    const std::string_view before = text.substr(0, at);
    return before.ends_with("\xE2\x82\xAC") || before.ends_with("EUR") || before.ends_with("euro") || before.ends_with("$");
}

// A decimal part or ",-" after it: an amount.
bool before_decimals(std::string_view text, size_t end) {
    return end + 1 < text.size() && text[end] == ',' && (scan::digit(text[end + 1]) || text[end + 1] == '-');
}

}  // namespace

void bsns(std::string_view text, std::vector<PersonalSpan>& found) {
    for (size_t i = 0; i < text.size(); ++i) {
        if (!scan::digit(text[i]) || !scan::starts_code(text, i)) continue;
        if (i > 0 && std::string_view(".,-/+").find(text[i - 1]) != std::string_view::npos) {
            i += scan::digits_at(text, i);
            continue;
        }
        const auto groups = scan::digit_groups(text, i, " .", 1);
        // Nine digits at the end of a group; a dot and more digits after it make a longer number
        // (checked below), a space and more digits may be the next number.
        size_t end = 0;
        for (const auto& group : groups) {
            if (group.total == 9) end = group.end;
            if (group.total >= 9) break;
        }
        const size_t skip = groups.empty() ? 1 : groups.front().length;
        if (end != 0 && scan::ends_code(text, end) && !after_currency(text, i) && !before_decimals(text, end) &&
            !(end + 1 < text.size() && text[end] == '.' && scan::digit(text[end + 1]))) {
            std::string digits;
            for (size_t k = i; k < end; ++k)
                if (scan::digit(text[k])) digits += text[k];
            if (eleven_test(digits)) {
                found.push_back({i, end, PersonalDataKind::bsn});
                i = end;
                continue;
            }
        }
        i += skip - 1;
    }
}

}  // namespace inspraak::core::detect
