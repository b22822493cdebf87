// Which submission field a column holds, from its header: one mapping for CSV and JSON.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace inspraak::webform {

enum class Field { name, organisation, group, email, phone, date, subject, reference, body, unknown };

// The header as compared: case folded, without diacritics, punctuation or spaces, and without a
// leading "uw"/"your" ("Uw e-mailadres:" -> "emailadres").
std::string header_key(std::string_view header);

// The field a header names (Dutch or English), or Field::unknown.
Field field_for_header(std::string_view header);

struct ColumnMapping {
    std::vector<Field> fields;  // one per column
    bool has_body() const;
};

ColumnMapping map_columns(const std::vector<std::string>& headers);

// A few of the body headers, for the error message when a file has none.
std::string expected_body_headers();

}  // namespace inspraak::webform
