#include "docx_package.hpp"

#include <stdexcept>

#include "test_support/zip_entries.hpp"

namespace docx_test {

DocxPackage::DocxPackage(const std::string& bytes) : entries_(inspraak::read_zip_entries(bytes)) {}

const std::string& DocxPackage::entry(const std::string& name) const { return inspraak::zip_entry(entries_, name); }

std::vector<std::string> DocxPackage::names() const {
    std::vector<std::string> names;
    for (const auto& [name, content] : entries_) names.push_back(name);
    return names;
}

pugi::xml_document DocxPackage::xml(const std::string& name) const { return inspraak::parse_zip_entry(entries_, name); }

namespace {

void collect_text(const pugi::xml_node& node, std::string& text) {
    for (pugi::xml_node child : node.children()) {
        const std::string name = child.name();
        if (name == "w:t") {
            text += child.text().get();
        } else if (name == "w:tab") {
            text += '\t';
        } else if (name == "w:br") {
            text += '\n';
        } else if (name == "w:pPr" || name == "w:rPr" || name == "w:tcPr" || name == "w:trPr" || name == "w:tblPr") {
            continue;  // properties: tab stops are no text
        } else if (name == "w:p") {
            if (!text.empty()) text += '\n';  // a new paragraph
            collect_text(child, text);
        } else {
            collect_text(child, text);
        }
    }
}

}  // namespace

std::string text_of(const pugi::xml_node& node) {
    std::string text;
    if (std::string(node.name()) == "w:p") {
        collect_text(node, text);
        return text;
    }
    collect_text(node, text);
    return text;
}

std::string style_of(const pugi::xml_node& paragraph) {
    return paragraph.child("w:pPr").child("w:pStyle").attribute("w:val").value();
}

std::vector<pugi::xml_node> body_paragraphs(const pugi::xml_document& document) {
    std::vector<pugi::xml_node> paragraphs;
    for (pugi::xml_node node : document.child("w:document").child("w:body").children("w:p")) paragraphs.push_back(node);
    return paragraphs;
}

std::vector<pugi::xml_node> table_rows(const pugi::xml_document& document) {
    std::vector<pugi::xml_node> rows;
    for (pugi::xml_node row : document.child("w:document").child("w:body").child("w:tbl").children("w:tr")) {
        rows.push_back(row);
    }
    return rows;
}

std::vector<pugi::xml_node> cells_of(const pugi::xml_node& row) {
    std::vector<pugi::xml_node> cells;
    for (pugi::xml_node cell : row.children("w:tc")) cells.push_back(cell);
    return cells;
}

std::size_t count_of(const std::string& haystack, const std::string& needle) {
    std::size_t n = 0;
    for (auto at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + needle.size())) ++n;
    return n;
}

}  // namespace docx_test
