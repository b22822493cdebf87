// Reads an .xlsx the way a test needs to: the zip entries with libzip, the XML with pugixml,
// cells resolved to their text (shared strings, inline strings) with their type and formula.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <pugixml.hpp>

namespace xlsx_test {

struct Cell {
    std::string ref;    // "B3"
    std::string type;   // the t attribute: "s", "inlineStr", "str", "" for a number
    std::string value;  // the resolved text, or the number as written
    bool has_formula = false;
};

struct Sheet {
    std::string name;
    std::string state;  // "" or "hidden"
    std::string part;   // "xl/worksheets/sheet1.xml"
};

class XlsxPackage {
public:
    // Throws std::runtime_error when the bytes are no zip.
    explicit XlsxPackage(const std::string& bytes);

    bool has(const std::string& entry) const { return entries_.count(entry) > 0; }
    const std::string& entry(const std::string& name) const;  // throws when missing
    std::string all_text() const;                             // every entry, concatenated
    pugi::xml_document xml(const std::string& name) const;

    std::vector<Sheet> sheets() const;
    const Sheet& sheet(const std::string& name) const;  // by tab name; throws when missing
    std::vector<std::string> shared_strings() const;
    // Row number (1-based) -> cells of that row, for the sheet with this tab name.
    std::map<int, std::vector<Cell>> rows(const std::string& sheet_name) const;

private:
    std::map<std::string, std::string> entries_;
    std::vector<Sheet> sheets_;
};

// The text of a row's cell in column letter `column` ("A"), or "" when that cell is absent.
std::string cell_in(const std::vector<Cell>& row, const std::string& column);

// The texts of a row in column order (absent cells skipped).
std::vector<std::string> values_of(const std::vector<Cell>& row);

}  // namespace xlsx_test
