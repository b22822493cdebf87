// An entry of an outline that comes from outside the headings: a line of the document's table of
// contents, or an entry of round.json's "outline.chapters". Entries are matched against the
// document's heading lines by number and title, whatever markup or level those lines have.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace inspraak::core {

struct OutlineEntry {
    bool appendix = false;      // "Bijlage 2 ..."
    std::optional<int> number;  // the chapter or appendix number, when the entry gives one
    std::string title;          // tidied; empty for a bare "3" or "Bijlage 2"
};

// "1 Inleiding", "Hoofdstuk 2: Planbeschrijving", "Bijlage 3 Akoestiek", "3", "Planbeschrijving".
// Nullopt for an empty text or a section number ("2.1 Rijksbeleid"): not a chapter.
std::optional<OutlineEntry> parse_outline_entry(std::string_view text);

// Whether two titles name the same chapter: equal once case, diacritics and punctuation are
// ignored, or one is the other's start at a word boundary (a table of contents shortens long
// titles; extraction may cut a heading that wrapped).
bool same_title(std::string_view a, std::string_view b);

}  // namespace inspraak::core
