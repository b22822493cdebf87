// Finds the metadata written above a letter: Markdown front matter (--- ... ---) or a block of
// "Key: value" lines at the very top of a plain-text letter, ended by a blank line.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "metadata.hpp"

namespace inspraak::ingest {

struct LetterHeader {
    std::vector<std::pair<MetadataField, std::string>> fields;  // in the order written
    std::vector<std::string> unknown_keys;                       // front matter keys we do not use
    size_t body_start = 0;                                       // first line after the header
};

// Front matter: the first line is "---", a later one "---" or "...", and every line between is
// "key: value", a comment or blank. Unknown keys are kept in `unknown_keys`.
std::optional<LetterHeader> read_front_matter(const std::vector<std::string_view>& lines);

// A header block: from the first non-blank line, only "Key: value" lines with keys we know
// (Van, Naam, Organisatie, Namens, E-mail, Telefoon, Datum, Betreft, ...), then a blank line.
// One unknown key means it is not a header but the letter itself, and nothing is taken.
std::optional<LetterHeader> read_header_block(const std::vector<std::string_view>& lines);

}  // namespace inspraak::ingest
