// What a test needs to edit a workbook the way a person would: the zip entries in and out
// (libzip), and cells of a sheet changed in the sheet's XML (pugixml), found by point id and
// column header.
#pragma once

#include <filesystem>
#include <map>
#include <string>

namespace review_test {

using Entries = std::map<std::string, std::string>;  // entry name -> bytes

Entries unzip(const std::filesystem::path& file);
void write_zip(const std::filesystem::path& file, const Entries& entries);
std::string zip_bytes(const Entries& entries);
std::string read_bytes(const std::filesystem::path& file);
void write_bytes(const std::filesystem::path& file, const std::string& bytes);

// Edits the sheets of an unzipped workbook. Cells are found by the id in column A and the header
// in row 1; a changed cell becomes an inline string, as an office suite may write it.
class SheetEditor {
public:
    explicit SheetEditor(Entries entries) : entries_(std::move(entries)) {}
    void set_cell(const std::string& sheet, const std::string& point_id, const std::string& header, const std::string& text);
    void delete_row(const std::string& sheet, const std::string& point_id);
    void set_last_modified_by(const std::string& name);
    std::string cell(const std::string& sheet, const std::string& point_id, const std::string& header) const;
    const Entries& entries() const { return entries_; }

private:
    std::string part_of(const std::string& sheet) const;
    // 1-based row of the point, 0-based column of the header.
    std::pair<int, int> locate(const std::string& sheet, const std::string& point_id, const std::string& header) const;

    Entries entries_;
};

// "A" for 0, "AA" for 26.
std::string column_letters(int index);

}  // namespace review_test
