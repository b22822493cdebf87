// Dates as people write them in Dutch and English letters, turned into ISO 8601 (YYYY-MM-DD).
// Shared: any ingest plugin that reads dates from free text can link ingest_text_shared.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace inspraak::ingest {

// Finds the first date in the first 200 bytes of `text` and returns it as "YYYY-MM-DD". Understands
// "12 december 2024", "donderdag 12 dec. 2024", "Oss, 3 maart 2025", "December 12, 2024",
// "12-12-2024", "12/12/2024", "12.12.2024" (day first) and "2024-12-12". Returns nothing when
// no valid calendar date is found ("31 februari 2024" is not one).
std::optional<std::string> parse_date(std::string_view text);

}  // namespace inspraak::ingest
