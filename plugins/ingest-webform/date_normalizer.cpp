#include "date_normalizer.hpp"

#include <array>
#include <cstdio>
#include <optional>
#include <regex>
#include <string>

#include "inspraak/text.hpp"

namespace inspraak::webform {

namespace {

struct Month {
    std::string_view name;
    int number;
};

// Dutch and English month names and their usual abbreviations, lower case.
constexpr std::array kMonths = {
    Month{"januari", 1},  Month{"january", 1},  Month{"jan", 1},   Month{"februari", 2}, Month{"february", 2},
    Month{"feb", 2},      Month{"maart", 3},    Month{"march", 3}, Month{"mrt", 3},      Month{"mar", 3},
    Month{"april", 4},    Month{"apr", 4},      Month{"mei", 5},   Month{"may", 5},      Month{"juni", 6},
    Month{"june", 6},     Month{"jun", 6},      Month{"juli", 7},  Month{"july", 7},     Month{"jul", 7},
    Month{"augustus", 8}, Month{"august", 8},   Month{"aug", 8},   Month{"september", 9}, Month{"sep", 9},
    Month{"sept", 9},     Month{"oktober", 10}, Month{"october", 10}, Month{"okt", 10},  Month{"oct", 10},
    Month{"november", 11}, Month{"nov", 11},    Month{"december", 12}, Month{"dec", 12},
};

std::optional<int> month_number(std::string name) {
    for (auto& c : name)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    for (const auto& month : kMonths)
        if (month.name == name) return month.number;
    return std::nullopt;
}

bool is_valid_date(int year, int month, int day) {
    if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return false;
    constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const int days = month == 2 && leap ? 29 : kDays[static_cast<std::size_t>(month - 1)];
    return day <= days;
}

std::optional<std::string> iso(int year, int month, int day) {
    if (!is_valid_date(year, month, day)) return std::nullopt;
    std::array<char, 48> buffer{};
    std::snprintf(buffer.data(), buffer.size(), "%04d-%02d-%02d", year, month, day);
    return std::string(buffer.data());
}

// "14:05" or "14:05:33" -> "T14:05" / "T14:05:33"; empty stays empty.
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

// Numeric dates: "12-12-2024", "1.3.2024", "12/31/2024", optionally followed by a time.
std::optional<std::string> from_numeric(const std::string& value) {
    static const std::regex pattern(R"(^(\d{1,2})([-./])(\d{1,2})\2(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$)");
    std::smatch m;
    if (!std::regex_match(value, m, pattern)) return std::nullopt;
    const int first = std::stoi(m[1]);
    const int second = std::stoi(m[3]);
    const int year = std::stoi(m[4]);
    int day = first;
    int month = second;
    if (m[2] == "/") {
        // Slashes are also what US exports write (month/day): only a part above 12 decides.
        if (first > 12 && second <= 12) {
            day = first;
            month = second;
        } else if (second > 12 && first <= 12) {
            day = second;
            month = first;
        } else {
            return std::nullopt;
        }
    }
    auto date = iso(year, month, day);
    auto time = iso_time(m[5], m[6], m[7]);
    if (!date || !time) return std::nullopt;
    return *date + *time;
}

// Written dates: "12 december 2024", "donderdag 12 dec. 2024", "December 12, 2024".
std::optional<std::string> from_words(const std::string& value) {
    static const std::regex day_first(R"(^(?:[A-Za-z]+,?\s+)?(\d{1,2})\.?\s+([A-Za-z]+)\.?\s+(\d{4})$)");
    static const std::regex month_first(R"(^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$)");
    std::smatch m;
    if (std::regex_match(value, m, day_first)) {
        auto month = month_number(m[2]);
        if (month) return iso(std::stoi(m[3]), *month, std::stoi(m[1]));
    } else if (std::regex_match(value, m, month_first)) {
        auto month = month_number(m[1]);
        if (month) return iso(std::stoi(m[3]), *month, std::stoi(m[2]));
    }
    return std::nullopt;
}

}  // namespace

std::string normalize_date(std::string_view value) {
    const std::string trimmed = text::normalize_whitespace(value);
    // No date is longer than "donderdag 12 september 2024 14:05:00"; std::regex recurses per
    // character, so long text in a date column is returned as it is without matching.
    if (trimmed.empty() || trimmed.size() > 48) return trimmed;
    if (auto date = from_numeric(trimmed)) return *date;
    if (auto date = from_words(trimmed)) return *date;
    return trimmed;  // ISO already, or something we cannot read with certainty
}

}  // namespace inspraak::webform
