// Turns the dates web forms write into ISO 8601 where that is unambiguous.
#pragma once

#include <string>
#include <string_view>

namespace inspraak::webform {

// Keeps ISO dates as they are; converts "12-12-2024", "1-3-2024 14:05", "12 december 2024",
// "12 dec. 2024" and "December 12, 2024" to ISO ("2024-12-12", "2024-03-01T14:05"). Dates with
// '/' are converted only when the day is recognisable (one part above 12), since US exports
// write month/day. Anything else, including impossible dates, is returned trimmed but unchanged.
std::string normalize_date(std::string_view value);

}  // namespace inspraak::webform
