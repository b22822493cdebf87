#include "inspraak/dates.hpp"

#include <array>
#include <cstdio>
#include <regex>
#include <utility>

#include "inspraak/text.hpp"

namespace inspraak::dates {
namespace {

struct MonthName {
    std::string_view name;
    int month;
};

// Full names and the abbreviations Dutch and English writers use, lower case.
constexpr std::array<MonthName, 35> kMonthNames{{
    {"januari", 1},  {"january", 1},   {"jan", 1},       {"februari", 2}, {"february", 2},
    {"feb", 2},      {"febr", 2},      {"maart", 3},     {"march", 3},    {"mrt", 3},
    {"mar", 3},      {"april", 4},     {"apr", 4},       {"mei", 5},      {"may", 5},
    {"juni", 6},     {"june", 6},      {"jun", 6},       {"juli", 7},     {"july", 7},
    {"jul", 7},      {"augustus", 8},  {"august", 8},    {"aug", 8},      {"september", 9},
    {"sep", 9},      {"sept", 9},      {"oktober", 10},  {"october", 10}, {"okt", 10},
    {"oct", 10},     {"november", 11}, {"nov", 11},      {"december", 12}, {"dec", 12},
}};

// The grammar, on lower-cased text. Each piece captures (day, month name, year),
// (month name, day, year) or (first, separator, second, year).
const std::string kDayMonthYear = R"((\d{1,2})(?:e|ste|de|st|nd|rd|th|\.)?\s+([a-z]+)\.?,?\s+(\d{4}))";
const std::string kMonthDayYear = R"(([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))";
const std::string kNumeric = R"((\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2}))";
const std::string kOptionalTime = R"((?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?)";
const std::string kIso = R"((\d{4})-(\d{1,2})-(\d{1,2}))";

// No date is longer than "donderdag 12 september 2024 14:05:00"; std::regex recurses per
// character, so longer values are not matched at all and free text is cut short.
constexpr std::size_t kMaxValueLength = 48;
constexpr std::size_t kMaxSearchLength = 200;

int month_from_name(const std::string& lower_name) {
    for (const auto& m : kMonthNames)
        if (lower_name == m.name) return m.month;
    return 0;
}

std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (auto& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

bool is_valid_date(int year, int month, int day) {
    if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return false;
    constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const int days = month == 2 && leap ? 29 : kDays[static_cast<std::size_t>(month - 1)];
    return day <= days;
}

// "YYYY-MM-DD"; a year written with two digits is in this century.
std::optional<std::string> iso_date(const std::string& year_digits, int month, int day) {
    int year = std::stoi(year_digits);
    if (year_digits.size() == 2) year += 2000;
    if (!is_valid_date(year, month, day)) return std::nullopt;
    std::array<char, 48> buffer{};
    std::snprintf(buffer.data(), buffer.size(), "%04d-%02d-%02d", year, month, day);
    return std::string(buffer.data());
}

// "14:05" or "14:05:33" -> "T14:05" / "T14:05:33"; no time is an empty string.
std::optional<std::string> iso_time(const std::string& hours, const std::string& minutes, const std::string& seconds) {
    if (hours.empty()) return std::string();
    const int h = std::stoi(hours);
    const int m = std::stoi(minutes);
    const int s = seconds.empty() ? 0 : std::stoi(seconds);
    if (h > 23 || m > 59 || s > 59) return std::nullopt;
    std::array<char, 48> buffer{};
    if (seconds.empty())
        std::snprintf(buffer.data(), buffer.size(), "T%02d:%02d", h, m);
    else
        std::snprintf(buffer.data(), buffer.size(), "T%02d:%02d:%02d", h, m, s);
    return std::string(buffer.data());
}

// A numeric date's (day, month), or nothing when the slash rule cannot tell them apart.
std::optional<std::pair<int, int>> day_and_month(int first, const std::string& separator, int second,
                                                 SlashDates slashes) {
    if (separator != "/" || slashes == SlashDates::day_first) return std::pair{first, second};
    if (first > 12 && second <= 12) return std::pair{first, second};
    if (second > 12 && first <= 12) return std::pair{second, first};
    return std::nullopt;
}

// Groups `first` .. `first + 3` of a kNumeric match.
std::optional<std::string> numeric_date(const std::smatch& m, std::size_t first, SlashDates slashes) {
    const auto parts = day_and_month(std::stoi(m[first]), m[first + 1], std::stoi(m[first + 2]), slashes);
    if (!parts) return std::nullopt;
    return iso_date(m[first + 3], parts->second, parts->first);
}

std::optional<std::string> with_time(std::optional<std::string> date, const std::smatch& m, std::size_t first) {
    auto time = iso_time(m[first], m[first + 1], m[first + 2]);
    if (!date || !time) return std::nullopt;
    return *date + *time;
}

}  // namespace

std::optional<std::string> find_date(std::string_view input, SlashDates slashes) {
    // Dates sit near the start of what they are found in.
    const std::string text = ascii_lower(input.substr(0, kMaxSearchLength));
    static const std::regex iso(R"((?:^|[^\d]))" + kIso + R"((?:$|[^\d]))");
    static const std::regex day_month(R"((?:^|[^\da-z]))" + kDayMonthYear + R"((?:$|[^\d]))");
    static const std::regex month_day(R"((?:^|[^a-z]))" + kMonthDayYear + R"((?:$|[^\d]))");
    static const std::regex numeric(R"((?:^|[^\d]))" + kNumeric + R"((?:$|[^\d]))");

    // The first pattern that finds something decides: an impossible date is no date.
    std::smatch m;
    if (std::regex_search(text, m, iso)) return iso_date(m[1], std::stoi(m[2]), std::stoi(m[3]));
    if (std::regex_search(text, m, day_month)) {
        const int month = month_from_name(m[2]);
        if (month != 0) return iso_date(m[3], month, std::stoi(m[1]));
    }
    if (std::regex_search(text, m, month_day)) {
        const int month = month_from_name(m[1]);
        if (month != 0) return iso_date(m[3], month, std::stoi(m[2]));
    }
    if (std::regex_search(text, m, numeric)) return numeric_date(m, 1, slashes);
    return std::nullopt;
}

std::optional<std::string> read_date(std::string_view input, SlashDates slashes) {
    const std::string value = text::normalize_whitespace(input);
    if (value.empty() || value.size() > kMaxValueLength) return std::nullopt;
    const std::string lower = ascii_lower(value);
    static const std::regex iso(R"(^(\d{4})-(\d{2})-(\d{2})(?:t\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?$)");
    static const std::regex numeric("^" + kNumeric + kOptionalTime + "$");
    static const std::regex day_first(R"(^(?:[a-z]+,?\s+)?)" + kDayMonthYear + kOptionalTime + "$");
    static const std::regex month_first("^" + kMonthDayYear + kOptionalTime + "$");

    std::smatch m;
    if (std::regex_match(lower, m, iso)) {
        // Already ISO: kept as written, time zone and all.
        if (iso_date(m[1], std::stoi(m[2]), std::stoi(m[3]))) return value;
        return std::nullopt;
    }
    if (std::regex_match(lower, m, numeric)) return with_time(numeric_date(m, 1, slashes), m, 5);
    if (std::regex_match(lower, m, day_first)) {
        if (const int month = month_from_name(m[2])) return with_time(iso_date(m[3], month, std::stoi(m[1])), m, 4);
    }
    if (std::regex_match(lower, m, month_first)) {
        if (const int month = month_from_name(m[1])) return with_time(iso_date(m[3], month, std::stoi(m[2])), m, 4);
    }
    return std::nullopt;
}

std::string normalize_date(std::string_view value, SlashDates slashes) {
    std::string trimmed = text::normalize_whitespace(value);
    if (auto date = read_date(trimmed, slashes)) return *date;
    return trimmed;  // something we cannot read with certainty
}

}  // namespace inspraak::dates
