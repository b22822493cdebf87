#include "classify_bm25/language.hpp"

#include <cctype>
#include <stdexcept>
#include <string>

namespace inspraak::classify_bm25 {

Language parse_language(std::string_view code) {
    // "nl-NL", "en_GB": only the language part counts.
    std::string base;
    for (char c : code) {
        if (c == '-' || c == '_') break;
        base.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
    if (base.empty() || base == "nl") return Language::dutch;
    if (base == "en") return Language::english;
    throw std::invalid_argument("classify-bm25: onbekende taal '" + std::string(code) + "' (ondersteund: nl, en)");
}

std::string_view language_code(Language language) { return language == Language::english ? "en" : "nl"; }

}  // namespace inspraak::classify_bm25
