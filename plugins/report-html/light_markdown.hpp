// The officer's general reaction is written in light Markdown; this turns it into safe HTML.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace inspraak::report_html {

// One HTML block per paragraph (paragraphs end at a blank line): a paragraph whose lines all
// start with "- ", "* " or "• " becomes a <ul>, anything else a <p>. Text is escaped first;
// **bold** and *italic* are the only inline markup understood.
std::vector<std::string> light_markdown_to_html(std::string_view markdown);

}  // namespace inspraak::report_html
