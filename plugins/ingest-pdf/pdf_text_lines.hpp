// The text layer of a PDF page as lines in reading order.
//
// Words come from poppler::page::text_list(), which lists them in poppler's reading order:
// the order of its text flows and blocks, as `pdftotext` without -layout writes them. That
// keeps the columns of a two-column page apart and follows a single-column letter line by
// line. text(physical_layout) would interleave the columns line by line, and raw order follows
// the content stream, which producers write in any order. One thing the flow order gets wrong
// is list markers: poppler puts a column of bullets into a block of its own, before their
// items, so each lone marker is put back on the line it stands on.
#pragma once

#include "page_lines.hpp"

namespace poppler {
class page;
}

namespace inspraak::ingest {

PageLines read_text_lines(const poppler::page& page);

// Letters and digits on the page: too few means a page without a text layer (a scan).
std::size_t count_text_characters(const PageLines& page);

}  // namespace inspraak::ingest
