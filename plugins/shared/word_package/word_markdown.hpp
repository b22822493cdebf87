// The officer's texts (general reaction, reactions) as Word paragraphs, read as
// inspraak/light_markdown.hpp reads them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

namespace inspraak::word_package {

// Appends one paragraph per block to `parent`: list items in `list_style`, others in
// `paragraph_style`, with **bold** and *italic* as run properties.
void add_markdown(pugi::xml_node parent, std::string_view markdown, const std::string& paragraph_style,
                  const std::string& list_style);

}  // namespace inspraak::word_package
