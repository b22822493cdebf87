// Dates of birth: a date within a few words after "geboren", "geboortedatum", "geb." ("born",
// "date of birth"): 12-03-1956, 12/3/1956, 12.03.1956, 1956-03-12, 12 maart 1956, 3 mrt. 1956;
// a year alone only right after "geboren (in)" or "geboortejaar". Other dates (a meeting, a
// decision) stay.
#include <array>

#include "privacy/detectors.hpp"
#include "privacy/lexicon.hpp"
#include "privacy/scan_text.hpp"

namespace inspraak::core::detect {
namespace {

constexpr std::array<std::string_view, 8> birth_date_triggers = {"geboortedatum", "geboortejaar", "geboren", "geb.",
                                                      "date of birth", "birth date",   "born",    "d.o.b."};
constexpr size_t reach = 40;  // bytes after the trigger where the date may start

// A year of its own: not the start of "1962-08-14".
bool year(std::string_view text, size_t at) {
    const bool date_goes_on = at + 5 < text.size() && (text[at + 4] == '-' || text[at + 4] == '/' || text[at + 4] == '.') &&
                              scan::digit(text[at + 5]);
    return scan::digits_at(text, at) == 4 && (text.substr(at, 2) == "19" || text.substr(at, 2) == "20") &&
           scan::ends_code(text, at + 4) && !date_goes_on;
}

// A date starting at `at`: its end, or 0.
size_t date_end(std::string_view text, size_t at) {
    const size_t first = scan::digits_at(text, at);
    if (first == 4 && at + 10 <= text.size() && text[at + 4] == '-' && scan::digits_at(text, at + 5) == 2 &&
        text[at + 7] == '-' && scan::digits_at(text, at + 8) == 2)
        return scan::ends_code(text, at + 10) ? at + 10 : 0;  // 1956-03-12
    if (first < 1 || first > 2) return 0;
    size_t end = at + first;
    if (end < text.size() && (text[end] == '-' || text[end] == '/' || text[end] == '.')) {  // 12-03-1956
        const char separator = text[end];
        const size_t month = scan::digits_at(text, end + 1);
        if (month < 1 || month > 2 || end + 1 + month >= text.size() || text[end + 1 + month] != separator) return 0;
        const size_t year_at = end + 2 + month;
        const size_t year_digits = scan::digits_at(text, year_at);
        if (year_digits != 2 && year_digits != 4) return 0;
        return scan::ends_code(text, year_at + year_digits) ? year_at + year_digits : 0;
    }
    if (end < text.size() && text[end] == ' ') {  // 12 maart 1956
        const size_t month = lexicon::month_at(text, end + 1);
        if (month == 0) return 0;
        const size_t year_at = end + 1 + month + 1;
        if (year_at <= text.size() && text[end + 1 + month] == ' ' && year(text, year_at)) return year_at + 4;
    }
    return 0;
}

// The start of a date that ends right before `at` (spaces between), or npos.
size_t date_before(std::string_view text, size_t at) {
    size_t end = at;
    while (end > 0 && text[end - 1] == ' ') --end;
    if (end == at || end == 0) return std::string_view::npos;
    for (size_t start = end > 20 ? end - 20 : 0; start < end; ++start)
        if (scan::digit(text[start]) && scan::starts_code(text, start) && date_end(text, start) == end) return start;
    return std::string_view::npos;
}

}  // namespace

void birth_dates(std::string_view text, std::vector<PersonalSpan>& found) {
    scan::each_phrase(text, scan::folded(text), birth_date_triggers, [&](size_t at, std::string_view trigger) {
        const size_t from = at + trigger.size();
        // The year alone: "geboren in 1956", "geboortejaar: 1956".
        size_t next = from;
        while (next < text.size() && (text[next] == ' ' || text[next] == ':')) ++next;
        if (text.substr(next, 3) == "in ") next += 3;
        if (year(text, next)) return found.push_back({next, next + 4, PersonalDataKind::birth_date});
        // A date right before it: "ik ben 12-03-1956 geboren", "op 3 maart 1951 geboren".
        if (const size_t before = date_before(text, at); before != std::string_view::npos)
            return found.push_back({before, text.find_last_not_of(' ', at - 1) + 1, PersonalDataKind::birth_date});
        // Else the first date within reach, in the same sentence.
        for (size_t i = from; i < text.size() && i < from + reach; ++i) {
            if ((text[i] == '.' || text[i] == '!' || text[i] == '?') && (i + 1 >= text.size() || text[i + 1] == ' ')) break;
            if (!scan::digit(text[i]) || !scan::starts_code(text, i)) continue;
            if (const size_t end = date_end(text, i); end != 0) return found.push_back({i, end, PersonalDataKind::birth_date});
            i += scan::digits_at(text, i);
        }
    });
}

}  // namespace inspraak::core::detect
