// A small municipal Word template built in the test: a .dotx (or .docx) with a Normal style in
// Verdana (id "Standaard", as Dutch Word names it), "Kop1" for heading 1, its own InspraakWaar
// style, a header "Gemeente Testdorp" with a logo, a footer, a Letter page with wide margins and
// settings that point at the template's own files.
#pragma once

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace docx_test {

using ZipEntries = std::vector<std::pair<std::string, std::string>>;

// The entries of the template; `dotx` picks the main content type.
ZipEntries house_template_entries(bool dotx = true);

// Writes the entries as a zip file with libzip.
void write_zip_file(const std::filesystem::path& file, const ZipEntries& entries);

inline constexpr int template_page_width = 12240;
inline constexpr int template_margins = 1800 + 1700;  // left + right

}  // namespace docx_test
