// A table in a submission, as text. Stakeholders often write their input as a table: a column of
// remarks, usually beside a column naming the chapter or page they are about. Such a remarks
// table gives one point per data row; the chapter named in the row is put in front of the remark
// in the words the segmenter's reference finder recognises: "(hoofdstuk 5) De ambitie ...".
// Any other table (no column with long text) is just its cells' text, as paragraphs.
#pragma once

#include <string>
#include <vector>

#include "document_blocks.hpp"

namespace inspraak::ingest {

struct TableText {
    bool remarks = false;            // a remarks table: each text is a list item (a point)
    std::vector<std::string> texts;  // list items, or paragraphs when not a remarks table
};

TableText table_to_text(const std::vector<TableRow>& rows);

}  // namespace inspraak::ingest
