// What the docx and odt readers find, in document order, before it becomes the submission's
// body: headings, paragraphs, list items and tables. Rendering it as the light Markdown the
// segmenter reads (model.hpp, IngestedSubmission::body) is the one job of this file.
#pragma once

#include <string>
#include <vector>

namespace inspraak::ingest {

struct TableRow {
    std::vector<std::string> cells;  // each cell's text, paragraphs joined by a space
    bool header = false;             // marked as a header row by the document itself
};

struct DocumentBlock {
    enum class Kind { heading, paragraph, list_item, table };
    Kind kind = Kind::paragraph;
    std::string text;              // heading, paragraph or list item text
    int level = 1;                 // heading: 1..6; list item: nesting depth from 0
    bool ordered = false;          // list item: numbered rather than bulleted
    int number = 1;                // list item: its number when ordered
    std::string list_id;           // list item: items of one list (with its nested lists) share it
    std::vector<TableRow> rows;    // table
};

// Headings as `#` lines, list items as "-"/"N." lines (two spaces of indent per level, items of
// one list without blank lines between them), everything else separated by blank lines. Tables
// go through table_points. Empty blocks are left out.
std::string render_markdown(const std::vector<DocumentBlock>& blocks);

}  // namespace inspraak::ingest
