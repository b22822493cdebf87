#include "segment/reference_finder.hpp"

#include <algorithm>
#include <regex>

namespace inspraak::core {
namespace {

// A number ("4", "3.1.2") and more of them joined by a list or range word: "4 en 5", "3-5",
// "2, 3 and 4", "3 t/m 5".
#define INSPRAAK_NUMBER R"(\d{1,3}(?:\.\d{1,2})*)"
#define INSPRAAK_JOIN R"((?:\s*(?:,|/|&|-|–|t/m|tot en met|en|and|to)\s*))"
// At most a dozen numbers in one list: bounds the recursion of std::regex.
#define INSPRAAK_NUMBER_LIST "(" INSPRAAK_NUMBER "(?:" INSPRAAK_JOIN INSPRAAK_NUMBER "){0,12})"

enum class ReferenceKind { chapter, section, page, appendix };

// std::regex with icase looks up the locale for every character it compares, which made
// reference finding the slowest part of ingesting. The keyword patterns are ASCII lower case and
// run on an ASCII-lowered copy instead (same byte positions); only "H5" needs the original case.
struct Pattern {
    ReferenceKind kind;
    std::regex regex;
    bool on_original_case = false;
};

const std::vector<Pattern>& patterns() {
    using std::regex_constants::ECMAScript;
    static const std::vector<Pattern> all = {
        {ReferenceKind::chapter,
         std::regex(R"(\b(?:hoofdstukken|hoofdstuk|hfdst\.?|chapters|chapter|ch\.)\s*)" INSPRAAK_NUMBER_LIST R"(\b)",
                    ECMAScript)},
        // "H5", "H 5", "H.5", "H5.2": upper case only, so that ordinary words are safe.
        {ReferenceKind::chapter, std::regex(R"(\bH\.?\s?(\d{1,2}(?:\.\d{1,2})*)\b)", ECMAScript), true},
        {ReferenceKind::section,
         std::regex(R"((?:\b(?:paragrafen|paragraaf|par\.?|sectie|secties|sections|section)|§)\s*)" INSPRAAK_NUMBER_LIST R"(\b)",
                    ECMAScript)},
        {ReferenceKind::page,
         std::regex(R"(\b(?:pagina's|pagina’s|paginas|pagina|pag\.|blz\.?|bladzijden|bladzijde|pages|page|pp\.|p\.|p)\s*)"
                    R"((\d{1,3}(?:\s*(?:-|–|t/m|tot en met|to)\s*\d{1,3})?(?:\s*(?:,|en|and|&)\s*\d{1,3}(?:\s*(?:-|–)\s*\d{1,3})?){0,12})\b)",
                    ECMAScript)},
        {ReferenceKind::appendix,
         std::regex(R"(\b(?:bijlagen|bijlage|appendices|appendix|annexes|annex)\s*)" INSPRAAK_NUMBER_LIST R"(\b)",
                    ECMAScript)},
    };
    return all;
}

#undef INSPRAAK_NUMBER_LIST
#undef INSPRAAK_JOIN
#undef INSPRAAK_NUMBER

struct Token {
    std::string number;
    bool range_to_previous = false;  // "-", "t/m", "to" before it
};

// Splits "3, 4 en 6-8" into numbers, remembering which ones close a range.
std::vector<Token> tokenize_number_list(const std::string& list) {
    static const std::regex number(R"(\d{1,3}(?:\.\d{1,2})*)");
    std::vector<Token> tokens;
    size_t previous_end = 0;
    for (auto it = std::sregex_iterator(list.begin(), list.end(), number); it != std::sregex_iterator(); ++it) {
        Token token;
        token.number = it->str();
        std::string between = list.substr(previous_end, static_cast<size_t>(it->position()) - previous_end);
        token.range_to_previous = !tokens.empty() && (between.find('-') != std::string::npos ||
                                                      between.find("–") != std::string::npos ||
                                                      between.find("t/m") != std::string::npos ||
                                                      between.find("tot") != std::string::npos ||
                                                      between.find("to") != std::string::npos);
        previous_end = static_cast<size_t>(it->position() + it->length());
        tokens.push_back(token);
    }
    return tokens;
}

bool is_plain_number(const std::string& s) { return s.find('.') == std::string::npos; }

// "hoofdstuk" for whole numbers, "paragraaf" for dotted ones ("hoofdstuk 3.1" is a section).
std::string chapter_or_section(const std::string& number) {
    return (is_plain_number(number) ? "hoofdstuk " : "paragraaf ") + number;
}

void add_references(ReferenceKind kind, const std::string& list, std::vector<std::string>& out) {
    std::vector<Token> tokens = tokenize_number_list(list);
    for (size_t i = 0; i < tokens.size(); ++i) {
        const Token& token = tokens[i];
        switch (kind) {
            case ReferenceKind::page:
                if (i + 1 < tokens.size() && tokens[i + 1].range_to_previous) {
                    out.push_back("pagina " + token.number + "-" + tokens[i + 1].number);
                    ++i;
                } else {
                    out.push_back("pagina " + token.number);
                }
                break;
            case ReferenceKind::chapter:
            case ReferenceKind::appendix: {
                const std::string word = kind == ReferenceKind::appendix ? "bijlage " : "";
                auto label = [&](const std::string& n) { return word.empty() ? chapter_or_section(n) : word + n; };
                if (token.range_to_previous && i > 0 && is_plain_number(token.number) &&
                    is_plain_number(tokens[i - 1].number)) {
                    // Expand a short range: "hoofdstuk 3-5" is about 3, 4 and 5.
                    int from = std::stoi(tokens[i - 1].number);
                    int to = std::stoi(token.number);
                    if (to > from && to - from <= 10)
                        for (int n = from + 1; n < to; ++n) out.push_back(label(std::to_string(n)));
                }
                out.push_back(label(token.number));
                break;
            }
            case ReferenceKind::section:
                out.push_back("paragraaf " + token.number);
                break;
        }
    }
}

}  // namespace

std::vector<std::string> find_references(std::string_view text) {
    // Every reference carries a number; most remarks have none.
    if (std::none_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) return {};
    const std::string s(text);
    std::string lowered(text);
    for (char& c : lowered)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    struct Found {
        long position;
        std::vector<std::string> references;
    };
    std::vector<Found> found;
    for (const Pattern& pattern : patterns()) {
        const std::string& subject = pattern.on_original_case ? s : lowered;
        for (auto it = std::sregex_iterator(subject.begin(), subject.end(), pattern.regex); it != std::sregex_iterator();
             ++it) {
            Found f{static_cast<long>(it->position()), {}};
            add_references(pattern.kind, (*it)[1].str(), f.references);
            found.push_back(std::move(f));
        }
    }
    std::stable_sort(found.begin(), found.end(), [](const Found& a, const Found& b) { return a.position < b.position; });
    std::vector<std::string> references;
    for (const Found& f : found)
        for (const std::string& r : f.references)
            if (std::find(references.begin(), references.end(), r) == references.end()) references.push_back(r);
    return references;
}

std::string reference_text(std::string_view text) {
    std::string joined;
    for (const std::string& r : find_references(text)) {
        if (!joined.empty()) joined += "; ";
        joined += r;
    }
    return joined;
}

}  // namespace inspraak::core
