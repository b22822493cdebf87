// HTML mail bodies to the light Markdown dialect of IngestedSubmission::body, with libxml2's
// HTML parser (lenient, no network, no error output).
#pragma once

#include <string>
#include <string_view>

namespace inspraak::ingest {

// `html` must be UTF-8 (its own charset declaration is ignored). Scripts, styles and the head go;
// entities are decoded; paragraphs and headings are separated by blank lines, list items become
// "- " or "1. " lines, <br> and table rows become line breaks, and blockquotes (quoted replies)
// get "> " in front so that the reply cleaner can drop them. Outlook's one-<p>-per-line style
// (class MsoNormal) is kept as lines, its empty paragraphs as blank lines.
std::string html_to_text(std::string_view html);

}  // namespace inspraak::ingest
