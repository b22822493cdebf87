// Reads a JSON web-form export into a Table.
#pragma once

#include <string_view>

#include "inspraak/result.hpp"
#include "table.hpp"

namespace inspraak::webform {

// Accepts an array of objects, or an object holding such an array under a key like "reacties",
// "submissions", "responses" or "items" (or as its only array). Numbers and booleans become
// strings, null becomes empty; nested objects and arrays are left out with a warning. Columns are
// the keys in order of first appearance; records are labelled "object N" (1-based).
Result<Table> read_json(std::string_view utf8);

}  // namespace inspraak::webform
