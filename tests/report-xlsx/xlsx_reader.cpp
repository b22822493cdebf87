#include "xlsx_reader.hpp"

#include <stdexcept>

#include "test_support/zip_entries.hpp"

namespace xlsx_test {
namespace {

std::string text_of(const pugi::xml_node& node) {
    // A shared or inline string is <t> or rich-text runs <r><t>.
    std::string text;
    for (const auto& t : node.select_nodes(".//*[local-name()='t']")) text += t.node().text().get();
    return text;
}

std::string column_letters(const std::string& ref) {
    std::string letters;
    for (char c : ref) {
        if (c >= 'A' && c <= 'Z') letters += c;
    }
    return letters;
}

}  // namespace

XlsxPackage::XlsxPackage(const std::string& bytes) : entries_(inspraak::read_zip_entries(bytes)) {
    const auto workbook = xml("xl/workbook.xml");
    const auto rels = xml("xl/_rels/workbook.xml.rels");
    for (const auto& node : workbook.select_nodes("//*[local-name()='sheet']")) {
        Sheet sheet;
        sheet.name = node.node().attribute("name").value();
        sheet.state = node.node().attribute("state").value();
        const std::string rid = node.node().attribute("r:id").value();
        for (const auto& rel : rels.select_nodes("//*[local-name()='Relationship']")) {
            if (rid == rel.node().attribute("Id").value()) sheet.part = std::string("xl/") + rel.node().attribute("Target").value();
        }
        sheets_.push_back(sheet);
    }
}

const std::string& XlsxPackage::entry(const std::string& name) const { return inspraak::zip_entry(entries_, name); }

std::string XlsxPackage::all_text() const {
    std::string all;
    for (const auto& [name, content] : entries_) all += content;
    return all;
}

pugi::xml_document XlsxPackage::xml(const std::string& name) const { return inspraak::parse_zip_entry(entries_, name); }

std::vector<Sheet> XlsxPackage::sheets() const { return sheets_; }

const Sheet& XlsxPackage::sheet(const std::string& name) const {
    for (const auto& sheet : sheets_) {
        if (sheet.name == name) return sheet;
    }
    throw std::runtime_error("no sheet " + name);
}

std::vector<std::string> XlsxPackage::shared_strings() const {
    std::vector<std::string> strings;
    if (!has("xl/sharedStrings.xml")) return strings;
    const auto doc = xml("xl/sharedStrings.xml");
    for (const auto& si : doc.select_nodes("//*[local-name()='si']")) strings.push_back(text_of(si.node()));
    return strings;
}

std::map<int, std::vector<Cell>> XlsxPackage::rows(const std::string& sheet_name) const {
    const auto strings = shared_strings();
    const auto doc = xml(sheet(sheet_name).part);
    std::map<int, std::vector<Cell>> rows;
    for (const auto& row : doc.select_nodes("//*[local-name()='sheetData']/*[local-name()='row']")) {
        auto& cells = rows[row.node().attribute("r").as_int()];
        for (const auto& c : row.node().children("c")) {
            Cell cell;
            cell.ref = c.attribute("r").value();
            cell.type = c.attribute("t").value();
            cell.has_formula = static_cast<bool>(c.child("f"));
            if (cell.type == "s") {
                cell.value = strings.at(static_cast<std::size_t>(c.child("v").text().as_int()));
            } else if (cell.type == "inlineStr") {
                cell.value = text_of(c.child("is"));
            } else {
                cell.value = c.child("v").text().get();
            }
            cells.push_back(cell);
        }
    }
    return rows;
}

std::string cell_in(const std::vector<Cell>& row, const std::string& column) {
    for (const auto& cell : row) {
        if (column_letters(cell.ref) == column) return cell.value;
    }
    return {};
}

std::vector<std::string> values_of(const std::vector<Cell>& row) {
    std::vector<std::string> values;
    for (const auto& cell : row) values.push_back(cell.value);
    return values;
}

}  // namespace xlsx_test
