// A date as a letter writes it: "7 december 2026", "7 December 2026".
#pragma once

#include <string>

namespace inspraak::core {

// `iso` is "YYYY-MM-DD" (more after it is ignored); anything else is returned as given.
std::string letter_date(const std::string& iso, bool english);

}  // namespace inspraak::core
