// Page furniture: running headers and footers (the same line at the top or bottom of most
// pages) and page numbers ("3", "- 3 -", "pagina 3 van 5", "Page 3", "3/5").
#pragma once

#include <string_view>
#include <vector>

#include "page_lines.hpp"

namespace inspraak::ingest {

// A line that says nothing but which page this is.
bool is_page_number(std::string_view line);

// Removes page numbers from the top and bottom rows of every page (two rows at each edge, in
// its outer quarter), and lines that recur in those rows on at least half of the pages (at
// least two), with their digits ignored so that "Reactie Linge, blad 2" and "Reactie Linge,
// blad 3" count as one line. It works from the edge inwards: the second row is only looked at
// when the outer one was furniture entirely, so a "3" alone in the body stays.
void drop_running_lines(std::vector<PageLines>& pages);

}  // namespace inspraak::ingest
