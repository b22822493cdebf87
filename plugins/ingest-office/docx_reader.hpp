// The body of a Word document (.docx, OOXML) in document order: paragraphs, headings from their
// styles, list items from w:numPr, tables. Tracked changes as the author last saw them
// (insertions kept, deletions dropped); comments, footnotes, endnotes, field codes and hidden
// text are no body text.
#pragma once

#include <string>
#include <vector>

#include "document_blocks.hpp"
#include "inspraak/result.hpp"
#include "zip_archive.hpp"

namespace inspraak::ingest {

struct DocumentBody {
    std::vector<DocumentBlock> blocks;
    std::vector<std::string> warnings;
};

// Errors are whole reasons ("beschadigd .docx-bestand: word/document.xml ontbreekt").
Result<DocumentBody> read_docx_body(ZipArchive& archive);

}  // namespace inspraak::ingest
