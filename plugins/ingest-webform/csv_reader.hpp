// Reads a CSV web-form export (RFC 4180, via libcsv) into a Table.
#pragma once

#include <string_view>

#include "inspraak/result.hpp"
#include "table.hpp"

namespace inspraak::webform {

// The delimiter of the header line: ';' (Dutch Excel) when it has more semicolons than commas
// outside quotes, else ','.
char detect_delimiter(std::string_view utf8);

// `utf8` is the whole file, already converted to UTF-8. The first record is the header. Records
// are labelled "rij N" with the header as row 1, the way a spreadsheet numbers them.
// Errors: an empty file, a header without records, malformed CSV (with the line).
Result<Table> read_csv(std::string_view utf8);

}  // namespace inspraak::webform
