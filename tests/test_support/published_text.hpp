// The text a published file shows a reader, to look for what must not be in it: a .docx's or
// .xlsx's XML parts as text (every text node in document order, so that a run split by Word joins
// up, and the raw XML too, since an attribute holds text as well); any other file as it is.
#pragma once

#include <filesystem>
#include <string>

#include <pugixml.hpp>

#include "test_support/run_command.hpp"
#include "test_support/zip_entries.hpp"

namespace inspraak {

inline void collect_xml_text(const pugi::xml_node& node, std::string& out) {
    for (const auto& child : node.children()) {
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) out += child.value();
        collect_xml_text(child, out);
    }
}

inline std::string published_text(const std::filesystem::path& file) {
    const std::string bytes = slurp(file);
    if (file.extension() != ".docx" && file.extension() != ".xlsx") return bytes;
    std::string text;
    for (const auto& [name, content] : read_zip_entries(bytes)) {
        if (!name.ends_with(".xml")) continue;
        pugi::xml_document document;
        if (document.load_buffer(content.data(), content.size())) collect_xml_text(document, text);
        text += "\n" + content + "\n";
    }
    return text;
}

}  // namespace inspraak
