// Turns the body of a letter into the light Markdown dialect of IngestedSubmission::body:
// headings with '#', list items with '-'/'*'/'•' or '1.', blank lines between paragraphs.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace inspraak::ingest {

// Markdown: setext headings become '#' headings, emphasis, inline code, link and image syntax,
// HTML comments and a few inline tags go, code fences and horizontal rules disappear, quote
// markers ('> ') are dropped but the quoted text stays. The text itself is kept.
std::string simplify_markdown(const std::vector<std::string_view>& lines);

// Plain text: bullets that word processors export ("–", "—", "·", "o" and a tab) become "- ".
std::string simplify_plain_text(const std::vector<std::string_view>& lines);

}  // namespace inspraak::ingest
