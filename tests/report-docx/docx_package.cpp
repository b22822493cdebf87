#include "docx_package.hpp"

#include <zip.h>

#include <memory>
#include <stdexcept>

namespace docx_test {

DocxPackage::DocxPackage(const std::string& bytes) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (source == nullptr) throw std::runtime_error("zip source failed");
    zip_t* archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (archive == nullptr) {
        zip_source_free(source);
        throw std::runtime_error(std::string("no zip: ") + zip_error_strerror(&error));
    }
    std::unique_ptr<zip_t, decltype(&zip_discard)> guard(archive, &zip_discard);
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        if (zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &stat) != 0) throw std::runtime_error("zip stat");
        zip_file_t* file = zip_fopen_index(archive, static_cast<zip_uint64_t>(i), 0);
        if (file == nullptr) throw std::runtime_error("zip open entry");
        std::string content(stat.size, '\0');
        const zip_int64_t read = stat.size == 0 ? 0 : zip_fread(file, content.data(), stat.size);
        zip_fclose(file);
        if (read != static_cast<zip_int64_t>(stat.size)) throw std::runtime_error("zip read");
        if (!entries_.emplace(stat.name, std::move(content)).second) throw std::runtime_error("duplicate entry");
    }
}

const std::string& DocxPackage::entry(const std::string& name) const {
    const auto found = entries_.find(name);
    if (found == entries_.end()) throw std::runtime_error("no entry " + name);
    return found->second;
}

std::vector<std::string> DocxPackage::names() const {
    std::vector<std::string> names;
    for (const auto& [name, content] : entries_) names.push_back(name);
    return names;
}

pugi::xml_document DocxPackage::xml(const std::string& name) const {
    pugi::xml_document document;
    const std::string& bytes = entry(name);
    const auto result = document.load_buffer(bytes.data(), bytes.size(), pugi::parse_default | pugi::parse_ws_pcdata);
    if (!result) throw std::runtime_error(name + " is no XML: " + result.description());
    return document;
}

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
