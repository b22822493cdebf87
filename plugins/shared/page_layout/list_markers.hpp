// List item markers at the start of a line, as a text layer or OCR gives them: bullet glyphs
// (also Word's private-use Symbol bullets), "1." / "1)" / "(1)", "a." / "a)" / "(a)", "A)".
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace inspraak::ingest {

struct ListMarker {
    std::string body_marker;  // as the body writes it: "-" for every bullet, "3.", "b)"
    std::string content;      // the item text after the marker, trimmed
};

std::optional<ListMarker> list_marker(std::string_view line);

// A word that is a marker by itself ("•", "2.", "b)"), as the first word of a line.
bool is_list_marker_word(std::string_view word);

}  // namespace inspraak::ingest
