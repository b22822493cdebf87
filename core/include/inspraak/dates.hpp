// SDK: dates as people write them in Dutch and English (letters, e-mails, web-form columns),
// turned into ISO 8601. One grammar for every plugin:
//   "12 december 2024", "donderdag 12 dec. 2024", "1st May 2025", "3. mrt 2025",
//   "December 12, 2024", "12-12-2024", "12.12.24", "12/12/2024" and "2024-12-12".
// Month names are matched case-insensitively, as whole words, with the usual abbreviations.
// A two-digit year is 20yy; years outside 1900-2999 and impossible dates ("31 februari") are no date.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace inspraak::dates {

// How a numeric date with slashes is read. Dutch letters write day/month; exports from US
// tools write month/day, so a column of such dates is only trusted when one part is above 12.
enum class SlashDates {
    day_first,         // "3/2/2024" is 3 February
    unambiguous_only,  // "31/12/2024" and "12/31/2024" are 31 December, "3/2/2024" is no date
};

// The first date in the first 200 bytes of free text ("Oss, 1 mei 2024"), as "YYYY-MM-DD";
// a time after it is ignored. Nothing when the first date-like text is no valid calendar date.
std::optional<std::string> find_date(std::string_view text, SlashDates slashes = SlashDates::day_first);

// A value that is a date and nothing else (a form field), optionally followed by a time
// ("3-2-2025 14:05"): "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM[:SS]". An ISO date (with or without
// time and zone) is returned as written. Surrounding white space is ignored. Nothing when the
// value is not one readable date.
std::optional<std::string> read_date(std::string_view value, SlashDates slashes = SlashDates::unambiguous_only);

// read_date for a web-form column: the ISO form where the value is a readable date, else the
// value with its white space normalised (text::normalize_whitespace), so nothing is lost.
std::string normalize_date(std::string_view value, SlashDates slashes = SlashDates::unambiguous_only);

}  // namespace inspraak::dates
