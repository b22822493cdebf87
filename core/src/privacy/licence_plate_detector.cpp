// Dutch licence plates, written with dashes, in the sidecodes 1 to 14: three groups of capitals
// or digits, six characters in all, in one of the shapes the RDW has issued (XX-99-99,
// 99-XXX-9, 1-ABC-23, ...). Dates and ranges (12-03-2024, 2025-2030) have no capitals.
#include <array>

#include "privacy/detectors.hpp"
#include "privacy/scan_text.hpp"

namespace inspraak::core::detect {
namespace {

// 'L' a capital, 'D' a digit; the groups joined by dashes.
constexpr std::array<std::string_view, 14> sidecodes = {
    "LL-DD-DD", "DD-DD-LL", "DD-LL-DD", "LL-DD-LL", "LL-LL-DD", "DD-LL-LL", "DD-LLL-D",
    "D-LLL-DD", "LL-DDD-L", "L-DDD-LL", "LLL-DD-L", "L-DD-LLL", "D-LL-DDD", "DDD-LL-D",
};

}  // namespace

void licence_plates(std::string_view text, std::vector<PersonalSpan>& found) {
    for (size_t i = 0; i + 8 <= text.size(); ++i) {
        if (!scan::alnum(text[i]) || !scan::starts_code(text, i) || (i > 0 && text[i - 1] == '-')) continue;
        // A plate's first group has one to three characters and a dash after it.
        size_t group = i;
        while (group < text.size() && scan::alnum(text[group])) ++group;
        if (group - i > 3 || group >= text.size() || text[group] != '-') {
            i = group;
            continue;
        }
        std::string shape;
        size_t at = i;
        while (at < text.size() && shape.size() < 8) {
            const char c = text[at];
            if (scan::upper(c)) {
                shape += 'L';
            } else if (scan::digit(c)) {
                shape += 'D';
            } else if (c == '-' && at + 1 < text.size() && scan::alnum(text[at + 1]) && !shape.empty()) {
                shape += '-';
            } else {
                break;
            }
            ++at;
        }
        if (!scan::ends_code(text, at) || (at < text.size() && text[at] == '-' && at + 1 < text.size() && scan::alnum(text[at + 1])))
            continue;
        for (std::string_view code : sidecodes) {
            if (shape == code) {
                found.push_back({i, at, PersonalDataKind::licence_plate});
                i = at;
                break;
            }
        }
    }
}

}  // namespace inspraak::core::detect
