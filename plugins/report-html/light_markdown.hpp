// The officer's general reaction is written in light Markdown; this turns it into safe HTML.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace inspraak::report_html {

// One HTML block per paragraph or run of list items as inspraak/light_markdown.hpp reads them:
// <p> or <ul>; text is escaped, **bold** and *italic* become <strong> and <em>.
std::vector<std::string> light_markdown_to_html(std::string_view markdown);

}  // namespace inspraak::report_html
