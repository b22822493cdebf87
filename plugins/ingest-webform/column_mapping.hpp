// Which submission field a column holds, from its header: one mapping for CSV and JSON.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace inspraak::webform {

enum class Field { name, organisation, group, email, phone, date, subject, reference, body, unknown };

// The header as compared: case folded, without diacritics, punctuation, spaces, remarks in
// brackets and a leading "uw"/"your" ("Uw e-mailadres (optioneel):" -> "emailadres").
std::string header_key(std::string_view header);

// The field a header names (Dutch or English), or Field::unknown.
Field field_for_header(std::string_view header);

struct ColumnMapping {
    std::vector<Field> fields;  // one per column
    // Columns taken as the body from their first word only ("Uw reactie op het kader"), because
    // no header named the body exactly.
    std::vector<std::size_t> guessed_body_columns;
    bool has_body() const;
};

// Exact matches first; when none of them is the body, a header that starts with a body word
// ("Reactie op hoofdstuk 3") is taken as the body.
ColumnMapping map_columns(const std::vector<std::string>& headers);

// A few of the body headers, for the error message when a file has none.
std::string expected_body_headers();

}  // namespace inspraak::webform
