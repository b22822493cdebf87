// The two readers behind import_framework: one for text extracted from PDF or Word, one for
// Markdown. Internal to the framework part.
#pragma once

#include <string_view>

#include "framework/framework_import.hpp"
#include "inspraak/model.hpp"

namespace inspraak::core {

// `heading_marks`: the text is a PDF reader's body, whose '#' lines were typeset as headings;
// those count as headings when their number and title do, even where the plain-text heuristics
// (made for bare extracted text) would take them for a numbered list.
Framework read_plain_text_framework(std::string_view text, const OutlineOverride& outline, bool heading_marks = false);
Framework read_markdown_framework(std::string_view text, const OutlineOverride& outline);

}  // namespace inspraak::core
