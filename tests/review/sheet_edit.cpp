#include "sheet_edit.hpp"

#include <pugixml.hpp>
#include <zip.h>

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>

#include "review/xlsx_reader.hpp"

namespace review_test {
namespace {

std::string xml_text(const pugi::xml_document& doc) {
    std::ostringstream out;
    doc.save(out, "", pugi::format_raw);
    return out.str();
}

pugi::xml_document parse(const std::string& text) {
    pugi::xml_document doc;
    if (!doc.load_string(text.c_str(), pugi::parse_default | pugi::parse_ws_pcdata_single))
        throw std::runtime_error("bad XML");
    return doc;
}

}  // namespace

std::string column_letters(int index) {
    std::string letters;
    for (int n = index + 1; n > 0; n = (n - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
    return letters;
}

std::string read_bytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

void write_bytes(const std::filesystem::path& file, const std::string& bytes) {
    std::ofstream(file, std::ios::binary) << bytes;
}

Entries unzip(const std::filesystem::path& file) {
    int error = 0;
    zip_t* archive = zip_open(file.c_str(), ZIP_RDONLY, &error);
    if (archive == nullptr) throw std::runtime_error("cannot open zip " + file.string());
    std::unique_ptr<zip_t, decltype(&zip_discard)> guard(archive, &zip_discard);
    Entries entries;
    for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
        zip_stat_t stat;
        zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &stat);
        zip_file_t* entry = zip_fopen_index(archive, static_cast<zip_uint64_t>(i), 0);
        std::string content(stat.size, '\0');
        zip_fread(entry, content.data(), stat.size);
        zip_fclose(entry);
        entries[stat.name] = content;
    }
    return entries;
}

void write_zip(const std::filesystem::path& file, const Entries& entries) {
    int error = 0;
    zip_t* archive = zip_open(file.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (archive == nullptr) throw std::runtime_error("cannot create zip " + file.string());
    // [Content_Types].xml first, as office suites write it.
    std::vector<std::string> order{"[Content_Types].xml"};
    for (const auto& [name, content] : entries)
        if (name != order.front()) order.push_back(name);
    for (const auto& name : order) {
        auto it = entries.find(name);
        if (it == entries.end()) continue;
        zip_source_t* source = zip_source_buffer(archive, it->second.data(), it->second.size(), 0);
        if (source == nullptr || zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(source);
            zip_discard(archive);
            throw std::runtime_error("cannot add " + name);
        }
    }
    if (zip_close(archive) != 0) {
        zip_discard(archive);
        throw std::runtime_error("cannot write zip " + file.string());
    }
}

std::string zip_bytes(const Entries& entries) {
    std::string pattern = (std::filesystem::temp_directory_path() / "sheet-edit-XXXXXX").string();
    int fd = mkstemp(pattern.data());
    if (fd < 0) throw std::runtime_error("mkstemp failed");
    close(fd);
    write_zip(pattern, entries);
    std::string bytes = read_bytes(pattern);
    std::filesystem::remove(pattern);
    return bytes;
}

std::string SheetEditor::part_of(const std::string& sheet) const {
    auto workbook = parse(entries_.at("xl/workbook.xml"));
    auto rels = parse(entries_.at("xl/_rels/workbook.xml.rels"));
    for (auto node : workbook.select_nodes("//*[local-name()='sheet']")) {
        if (sheet != node.node().attribute("name").value()) continue;
        std::string rid = node.node().attribute("r:id").value();
        for (auto rel : rels.select_nodes("//*[local-name()='Relationship']"))
            if (rid == rel.node().attribute("Id").value()) {
                std::string target = rel.node().attribute("Target").value();
                return target.front() == '/' ? target.substr(1) : "xl/" + target;
            }
    }
    throw std::runtime_error("no sheet " + sheet);
}

std::pair<int, int> SheetEditor::locate(const std::string& sheet, const std::string& point_id,
                                        const std::string& header) const {
    auto workbook = inspraak::core::XlsxWorkbook::from_bytes(zip_bytes(entries_), "edit");
    const auto& rows = workbook.rows(sheet);
    int column = -1;
    for (size_t c = 0; c < rows.at(0).size(); ++c)
        if (rows[0][c] == header) column = static_cast<int>(c);
    if (column < 0) throw std::runtime_error("no column " + header + " in " + sheet);
    for (size_t r = 1; r < rows.size(); ++r)
        if (inspraak::core::xlsx_cell(rows[r], 0) == point_id) return {static_cast<int>(r) + 1, column};
    throw std::runtime_error("no row " + point_id + " in " + sheet);
}

std::string SheetEditor::cell(const std::string& sheet, const std::string& point_id, const std::string& header) const {
    auto workbook = inspraak::core::XlsxWorkbook::from_bytes(zip_bytes(entries_), "edit");
    auto [row, column] = locate(sheet, point_id, header);
    return inspraak::core::xlsx_cell(workbook.rows(sheet).at(static_cast<size_t>(row) - 1), static_cast<size_t>(column));
}

void SheetEditor::set_cell(const std::string& sheet, const std::string& point_id, const std::string& header,
                           const std::string& text) {
    auto [row_number, column] = locate(sheet, point_id, header);
    const std::string part = part_of(sheet);
    auto doc = parse(entries_.at(part));
    const std::string ref = column_letters(column) + std::to_string(row_number);
    auto row = doc.select_node(("//*[local-name()='row'][@r='" + std::to_string(row_number) + "']").c_str()).node();
    pugi::xml_node cell;
    for (auto c : row.children("c"))
        if (ref == c.attribute("r").value()) cell = c;
    if (!cell) {
        // Keep the cells in column order: insert before the first one further right.
        pugi::xml_node after;
        for (auto c : row.children("c")) {
            std::string other = c.attribute("r").value();
            std::string letters = other.substr(0, other.find_first_of("0123456789"));
            if (inspraak::core::xlsx_column_index(letters) > column) {
                after = c;
                break;
            }
        }
        cell = after ? row.insert_child_before("c", after) : row.append_child("c");
        cell.append_attribute("r") = ref.c_str();
    }
    while (cell.first_child()) cell.remove_child(cell.first_child());
    cell.remove_attribute("t");
    cell.append_attribute("t") = "inlineStr";
    auto t = cell.append_child("is").append_child("t");
    t.append_attribute("xml:space") = "preserve";
    t.text() = text.c_str();
    entries_[part] = xml_text(doc);
}

void SheetEditor::delete_row(const std::string& sheet, const std::string& point_id) {
    auto [row_number, column] = locate(sheet, point_id, "id");
    (void)column;
    const std::string part = part_of(sheet);
    auto doc = parse(entries_.at(part));
    auto row = doc.select_node(("//*[local-name()='row'][@r='" + std::to_string(row_number) + "']").c_str()).node();
    row.parent().remove_child(row);
    entries_[part] = xml_text(doc);
}

void SheetEditor::set_last_modified_by(const std::string& name) {
    auto doc = parse(entries_.at("docProps/core.xml"));
    auto node = doc.select_node("//*[local-name()='lastModifiedBy']").node();
    if (!node) node = doc.document_element().append_child("cp:lastModifiedBy");
    node.text() = name.c_str();
    entries_["docProps/core.xml"] = xml_text(doc);
}

}  // namespace review_test
