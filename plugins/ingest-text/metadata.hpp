// The sender's details written above a letter: Markdown front matter keys or "Key: value" lines.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "inspraak/model.hpp"

namespace inspraak::ingest {

enum class MetadataField { name, organisation, group, email, phone, date, subject, reference, ignored };

// Maps a key as people write it, in Dutch or English ("Naam", "Organisation", "E-mail",
// "Betreft"), to the field it fills. `ignored` is a key that belongs in a header (Aan, Adres,
// Kenmerk) but fills nothing. Nothing for an unknown key.
std::optional<MetadataField> field_for_key(std::string_view key);

// Stores `value` in the submission. A name like "Jan Jansen <jan@example.nl>" fills the e-mail
// too; a date is turned into ISO 8601, and a warning is added when that fails.
void apply_field(MetadataField field, std::string_view value, IngestedSubmission& submission,
                 std::vector<std::string>& warnings);

// Splits "Key: value" (also "Key : value"); nothing when the line has no key before a colon.
struct KeyValue {
    std::string key;
    std::string value;
};
std::optional<KeyValue> split_key_value(std::string_view line);

}  // namespace inspraak::ingest
