// Reads the cells of an .xlsx workbook as text, sheet by sheet, the way Excel and LibreOffice
// Calc save them: shared strings (with rich-text runs), inline strings, numbers, booleans,
// formula results and empty cells. Only what import-review needs: values, not formats.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "app/app_error.hpp"

namespace inspraak::core {

// Thrown for a file that is not a readable workbook, one line naming the file (an AppException
// of kind invalid: the file the person gave is wrong).
class XlsxError : public AppException {
public:
    explicit XlsxError(Message message) : AppException(AppError{ErrorKind::invalid, std::move(message)}) {}
};

// One row: the text of each cell by column (A = 0); cells right of the last filled one are
// absent, empty cells in between are "".
using XlsxRow = std::vector<std::string>;

class XlsxWorkbook {
public:
    // Reads the whole workbook into memory. Throws XlsxError when the file is no zip, lacks
    // the workbook part, or its XML is damaged.
    static XlsxWorkbook open(const std::filesystem::path& file);
    // The same from bytes; `name` is what error messages call the file.
    static XlsxWorkbook from_bytes(const std::string& bytes, const std::string& name);

    // Tab names in workbook order, hidden sheets included.
    const std::vector<std::string>& sheet_names() const { return sheet_names_; }
    bool has_sheet(const std::string& name) const { return sheets_.contains(name); }
    // Rows by position: index 0 is row 1. Rows missing in the file are empty. Throws XlsxError
    // when there is no sheet with that name.
    const std::vector<XlsxRow>& rows(const std::string& sheet) const;
    // docProps/core.xml cp:lastModifiedBy: who saved the file last, or "".
    const std::string& last_modified_by() const { return last_modified_by_; }

private:
    std::vector<std::string> sheet_names_;
    std::map<std::string, std::vector<XlsxRow>> sheets_;
    std::string last_modified_by_;
};

// "A" -> 0, "Z" -> 25, "AA" -> 26, ...; -1 for something that is no column name.
int xlsx_column_index(const std::string& letters);

// The text of cell `column` of `row`, "" when the row is shorter.
const std::string& xlsx_cell(const XlsxRow& row, size_t column);

}  // namespace inspraak::core
