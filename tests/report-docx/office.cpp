#include "office.hpp"

#include <cstdlib>
#include <fstream>
#include <iterator>

#include "test_support/office.hpp"

namespace docx_test {

std::filesystem::path find_soffice() { return inspraak::find_soffice(); }

std::optional<std::string> docx_to_text(const std::filesystem::path& soffice, const std::filesystem::path& docx,
                                        const std::filesystem::path& work) {
    const auto text_file = inspraak::office_convert(soffice, docx, "txt:Text (encoded):UTF8", work / "converted", work);
    if (!text_file) return std::nullopt;
    return inspraak::slurp(*text_file);
}

std::string squash_whitespace(const std::string& text) {
    std::string out;
    bool space = false;
    for (const char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

}  // namespace docx_test
