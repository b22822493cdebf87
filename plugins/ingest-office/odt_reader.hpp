// The body of a LibreOffice document (.odt, ODF) in document order: text:h headings with their
// outline level, text:list items (numbered or bulleted from their list style), paragraphs and
// tables. Tracked changes as the author last saw them: the text:tracked-changes region (where
// ODF keeps deleted text) is ignored, insertions stand in the text already. Annotations
// (comments) and notes (footnotes, endnotes) are no body text. An encrypted document
// (manifest:encryption-data in META-INF/manifest.xml) is refused.
#pragma once

#include "docx_reader.hpp"

namespace inspraak::ingest {

// Errors are whole reasons ("beschadigd .odt-bestand: content.xml ontbreekt").
Result<DocumentBody> read_odt_body(ZipArchive& archive);

}  // namespace inspraak::ingest
