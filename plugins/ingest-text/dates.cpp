#include "dates.hpp"

#include <array>
#include <cctype>
#include <cstdio>
#include <regex>

namespace inspraak::ingest {
namespace {

struct MonthName {
    const char* name;
    int month;
};

// Full names and the abbreviations Dutch and English writers use; matched as whole words.
constexpr std::array<MonthName, 35> kMonthNames{{
    {"januari", 1},  {"january", 1},   {"jan", 1},       {"februari", 2}, {"february", 2},
    {"feb", 2},      {"febr", 2},      {"maart", 3},     {"march", 3},    {"mrt", 3},
    {"mar", 3},      {"april", 4},     {"apr", 4},       {"mei", 5},      {"may", 5},
    {"juni", 6},     {"june", 6},      {"jun", 6},       {"juli", 7},     {"july", 7},
    {"jul", 7},      {"augustus", 8},  {"august", 8},    {"aug", 8},      {"september", 9},
    {"sep", 9},      {"sept", 9},      {"oktober", 10},  {"october", 10}, {"okt", 10},
    {"oct", 10},     {"november", 11}, {"nov", 11},      {"december", 12}, {"dec", 12},
}};

int month_from_name(const std::string& name) {
    for (const auto& m : kMonthNames)
        if (name == m.name) return m.month;
    return 0;
}

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

std::optional<std::string> make_date(int year, int month, int day) {
    if (year < 100) year += 2000;
    static constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return std::nullopt;
    int last = kDays[static_cast<size_t>(month - 1)] + (month == 2 && is_leap(year) ? 1 : 0);
    if (day > last) return std::nullopt;
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    return std::string(buffer);
}

std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

}  // namespace

std::optional<std::string> parse_date(std::string_view input) {
    // Dates sit near the start of what they are found in; a bounded input also keeps std::regex
    // (which recurses per character) away from very long text.
    const std::string text = ascii_lower(input.substr(0, 200));
    static const std::regex iso(R"((?:^|[^\d])(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[^\d]))");
    static const std::regex numeric(R"((?:^|[^\d])(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?:$|[^\d]))");
    static const std::regex day_month(R"((?:^|[^\da-z])(\d{1,2})(?:e|ste|de|st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})(?:$|[^\d]))");
    static const std::regex month_day(R"((?:^|[^a-z])([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:$|[^\d]))");

    std::smatch m;
    if (std::regex_search(text, m, iso))
        return make_date(std::stoi(m[1]), std::stoi(m[2]), std::stoi(m[3]));
    if (std::regex_search(text, m, day_month)) {
        int month = month_from_name(m[2]);
        if (month != 0) return make_date(std::stoi(m[3]), month, std::stoi(m[1]));
    }
    if (std::regex_search(text, m, month_day)) {
        int month = month_from_name(m[1]);
        if (month != 0) return make_date(std::stoi(m[3]), month, std::stoi(m[2]));
    }
    if (std::regex_search(text, m, numeric))
        return make_date(std::stoi(m[3]), std::stoi(m[2]), std::stoi(m[1]));
    return std::nullopt;
}

}  // namespace inspraak::ingest
