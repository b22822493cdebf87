// The review sheet's reader (core/src/review/xlsx_reader): an .xlsx workbook's cells as text.
// A damaged workbook is an XlsxError; any other exception is a bug (libFuzzer reports it).
#include "fuzz_input.hpp"
#include "review/xlsx_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace inspraak;
    try {
        const auto workbook = core::XlsxWorkbook::from_bytes(std::string(fuzz::bytes(data, size)), "review.xlsx");
        fuzz::check_text("last modified by", workbook.last_modified_by());
        for (const std::string& name : workbook.sheet_names()) {
            fuzz::check_text("sheet name", name);
            if (!workbook.has_sheet(name)) continue;
            for (const core::XlsxRow& row : workbook.rows(name))
                for (const std::string& cell : row) fuzz::check_text("cell", cell);
        }
    } catch (const core::XlsxError&) {
    }
    return 0;
}
