// Reads a .docx the way a test needs to: the zip entries with libzip (independent of the
// plugin's own zip code), the XML with pugixml, and the text of paragraphs and table rows.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <pugixml.hpp>

namespace docx_test {

class DocxPackage {
public:
    // Throws std::runtime_error when the bytes are no zip.
    explicit DocxPackage(const std::string& bytes);

    bool has(const std::string& entry) const { return entries_.count(entry) > 0; }
    const std::string& entry(const std::string& name) const;  // throws when missing
    const std::map<std::string, std::string>& entries() const { return entries_; }
    std::vector<std::string> names() const;
    // Parsed entry; throws when it is no well-formed XML.
    pugi::xml_document xml(const std::string& name) const;

private:
    std::map<std::string, std::string> entries_;
};

// The text of a paragraph or cell as Word shows it: w:t runs, w:tab as a tab, w:br as newline.
std::string text_of(const pugi::xml_node& node);

// pStyle of a paragraph, "" when it has none.
std::string style_of(const pugi::xml_node& paragraph);

// The body's paragraphs outside tables, in order.
std::vector<pugi::xml_node> body_paragraphs(const pugi::xml_document& document);

// The body's first table's rows (w:tr), in order.
std::vector<pugi::xml_node> table_rows(const pugi::xml_document& document);

// The cells (w:tc) of a row.
std::vector<pugi::xml_node> cells_of(const pugi::xml_node& row);

// How often `needle` occurs in `haystack`.
std::size_t count_of(const std::string& haystack, const std::string& needle);

}  // namespace docx_test
