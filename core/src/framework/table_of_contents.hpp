// Finds a document's table of contents ("Inhoudsopgave", "Inhoud", "Contents") and reads the
// chapters and appendices it lists. Where a document has one, it is the strongest evidence of the
// outline: a converted document's headings may be numbered lists, quoted regulations or annexes
// mentioned in passing, but the table of contents lists only the real chapters.
#pragma once

#include <optional>
#include <vector>

#include "framework/outline_entry.hpp"
#include "framework/source_lines.hpp"

namespace inspraak::core {

struct TableOfContents {
    size_t first_line = 0;  // the "Inhoudsopgave" line
    size_t end_line = 0;    // one past its last entry
    std::vector<OutlineEntry> entries;  // the chapters and appendices it lists, in order (not sections)
};

// Entries are lines such as "1 Inleiding ........ 3", "2.1 Rijksbeleid 7", "- [3 Visie](#visie)",
// "| 4 | Uitvoering | 12 |" or, without page numbers, "1 Inleiding" up to the line where the
// numbering starts again (the body). Needs at least kMinTableOfContentsChapters chapter entries.
std::optional<TableOfContents> find_table_of_contents(const std::vector<SourceLine>& lines);

inline constexpr int kMinTableOfContentsChapters = 2;

}  // namespace inspraak::core
