// From lines on pages to the body's Markdown-light dialect (IngestedSubmission::body):
//   - running headers, footers and page numbers dropped (running_lines.hpp);
//   - wrapped lines joined into paragraphs, hyphenated words joined (line_joining.hpp); a
//     paragraph ends at a vertical gap, after a line that stopped short of the column's edge
//     while the next word would have fitted, at an indented line, and at a change of column;
//   - list items ("-", "•", "1.", "a)") as "- text", "1. text", "a) text", nested ones indented
//     two spaces per level;
//   - headings ("3 Visie", "3.1 Titel", "Bijlage 2", a short line in a larger or bold face) as
//     "# text" (numbered chapters, "Bijlage N", lines 1.3 times the body size or more), "## text"
//     ("3.1 Titel", somewhat larger or bold lines), "### text" ("3.1.2 Titel"); the number stays
//     in the text. Never a heading: a line in small print (a footnote "1 Zie ...") or a line
//     of a table of contents ("3 Visie ..... 12", which stays a paragraph of its own);
//   - a blank line between blocks (none between the items of one list);
//   - between pages a line with a form feed alone, with a blank line on each side, one per page
//     break even for empty pages, so that page N starts after the (N-1)th "\f" line. A paragraph
//     that runs on over a page break (no closing punctuation, next page starts in lower case) is
//     kept whole on the page where it starts.
#pragma once

#include <string>
#include <vector>

#include "page_lines.hpp"

namespace inspraak::ingest {

struct LayoutBlock {
    enum class Kind { paragraph, heading, list_item };
    Kind kind = Kind::paragraph;
    std::string text;
    int level = 1;       // heading level: 1 for "3 Visie", 2 for "3.1 Titel", ...
    std::string marker;  // list item marker as written in the body: "-", "1.", "a)"
    int depth = 0;       // list nesting, 0 for the outer list
    double left = 0;     // of the first line (the marker's left for a list item)
    double content_left = 0;
    double font_size = 0;
};

// Blocks per page, after furniture removal and with paragraphs joined across page breaks.
std::vector<std::vector<LayoutBlock>> lay_out_pages(std::vector<PageLines> pages);

// The body text of laid-out pages (see the conventions above).
std::string write_body(const std::vector<std::vector<LayoutBlock>>& pages);

// Both steps: the body of a document.
std::string layout_body(std::vector<PageLines> pages);

}  // namespace inspraak::ingest
