// Writes RFC 4180 records, safe to open in a spreadsheet.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace inspraak::report_csv {

// A cell that a spreadsheet would read as a formula (it starts with =, +, -, @, tab or CR) gets a
// leading apostrophe, as OWASP advises against CSV injection.
std::string neutralise_formula(std::string_view cell);

// One field: neutralised, then quoted (with doubled quotes) when it holds a comma, a quote, a
// CR or an LF.
std::string csv_field(std::string_view cell);

// One record: the fields joined by commas, ended by CRLF.
std::string csv_record(const std::vector<std::string>& cells);

}  // namespace inspraak::report_csv
