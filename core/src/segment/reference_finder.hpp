// Finds where a stakeholder points into the framework ("hoofdstuk 4", "H5", "par. 3.1",
// "p. 22", "blz. 24-25", "bijlage 2", "chapter 4", "page 22", "section 3.1").
//
// References come back normalised, in the order they appear and without duplicates, in one
// canonical (Dutch) vocabulary whatever the language of the text, so that classifiers need to
// parse only one form:
//   "hoofdstuk N"      chapters ("hoofdstuk 4 en 5" gives two; "hoofdstuk 3-5" three)
//   "paragraaf N.M"    numbered sections ("paragraaf 3.1.2"; also "H3.1", "hoofdstuk 3.1")
//   "pagina N[-M]"     pages and page ranges
//   "bijlage N"        appendices
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace inspraak::core {

std::vector<std::string> find_references(std::string_view text);

// find_references joined with "; " ("hoofdstuk 4; pagina 22"), or empty.
std::string reference_text(std::string_view text);

}  // namespace inspraak::core
