// The officer's texts (general reaction, reactions) are light Markdown: paragraphs separated by
// a blank line, list items starting with "- ", "* " or "• ", **bold** and *italic*. This turns
// them into Word paragraphs.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

namespace inspraak::report_docx {

struct TextBlock {
    bool list_item = false;
    std::string text;  // the lines of a paragraph joined by a space, as Markdown does
};

std::vector<TextBlock> markdown_blocks(std::string_view markdown);

// Appends one paragraph per block to `parent`: list items in `list_style`, others in
// `paragraph_style`, with **bold** and *italic* as run properties.
void add_markdown(pugi::xml_node parent, std::string_view markdown, const std::string& paragraph_style,
                  const std::string& list_style);

}  // namespace inspraak::report_docx
