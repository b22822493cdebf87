#include "segment/reference_finder.hpp"

#include <algorithm>
#include <memory>

#include "segment/byte_pattern.hpp"

namespace inspraak::core {
namespace {

// RE2 patterns read byte by byte (segment/byte_pattern.hpp).
#define INSPRAAK_SPACE INSPRAAK_PATTERN_SPACE
// A number ("4", "3.1.2") and more of them joined by a list or range word: "4 en 5", "3-5",
// "2, 3 and 4", "3 t/m 5".
#define INSPRAAK_NUMBER R"(\d{1,3}(?:\.\d{1,2})*)"
#define INSPRAAK_JOIN "(?:" INSPRAAK_SPACE "*(?:,|/|&|-|–|t/m|tot en met|en|and|to)" INSPRAAK_SPACE "*)"
// At most a dozen numbers in one list.
#define INSPRAAK_NUMBER_LIST "(" INSPRAAK_NUMBER "(?:" INSPRAAK_JOIN INSPRAAK_NUMBER "){0,12})"

enum class ReferenceKind { chapter, section, page, appendix };

// The keyword patterns are ASCII lower case and run on an ASCII-lowered copy (same byte
// positions); only "H5" needs the original case.
struct Pattern {
    ReferenceKind kind;
    std::unique_ptr<const RE2> regex;
    bool on_original_case = false;
};

std::unique_ptr<const RE2> compile(const char* pattern) { return byte_pattern(pattern); }

const std::vector<Pattern>& patterns() {
    static const std::vector<Pattern> all = [] {
        std::vector<Pattern> list;
        list.push_back({ReferenceKind::chapter,
                        compile(R"(\b(?:hoofdstukken|hoofdstuk|hfdst\.?|chapters|chapter|ch\.))" INSPRAAK_SPACE
                                "*" INSPRAAK_NUMBER_LIST R"(\b)")});
        // "H5", "H 5", "H.5", "H5.2": upper case only, so that ordinary words are safe.
        list.push_back({ReferenceKind::chapter,
                        compile(R"(\bH\.?)" INSPRAAK_SPACE R"(?(\d{1,2}(?:\.\d{1,2})*)\b)"), true});
        list.push_back({ReferenceKind::section,
                        compile(R"((?:\b(?:paragrafen|paragraaf|par\.?|sectie|secties|sections|section)|§))" INSPRAAK_SPACE
                                "*" INSPRAAK_NUMBER_LIST R"(\b)")});
        list.push_back(
            {ReferenceKind::page,
             compile(R"(\b(?:pagina's|pagina’s|paginas|pagina|pag\.|blz\.?|bladzijden|bladzijde|pages|page|pp\.|p\.|p))" INSPRAAK_SPACE
                     "*" R"((\d{1,3}(?:)" INSPRAAK_SPACE "*(?:-|–|t/m|tot en met|to)" INSPRAAK_SPACE R"(*\d{1,3})?(?:)" INSPRAAK_SPACE
                     "*(?:,|en|and|&)" INSPRAAK_SPACE R"(*\d{1,3}(?:)" INSPRAAK_SPACE "*(?:-|–)" INSPRAAK_SPACE
                     R"(*\d{1,3})?){0,12})\b)")});
        list.push_back({ReferenceKind::appendix,
                        compile(R"(\b(?:bijlagen|bijlage|appendices|appendix|annexes|annex))" INSPRAAK_SPACE
                                "*" INSPRAAK_NUMBER_LIST R"(\b)")});
        return list;
    }();
    return all;
}

#undef INSPRAAK_NUMBER_LIST
#undef INSPRAAK_JOIN
#undef INSPRAAK_NUMBER
#undef INSPRAAK_SPACE

struct Token {
    std::string number;
    bool range_to_previous = false;  // "-", "t/m", "to" before it
};

// Splits "3, 4 en 6-8" into numbers, remembering which ones close a range.
std::vector<Token> tokenize_number_list(const std::string& list) {
    static const auto number = compile(R"((\d{1,3}(?:\.\d{1,2})*))");
    std::vector<Token> tokens;
    size_t previous_end = 0;
    re2::StringPiece rest(list);
    re2::StringPiece found;
    while (RE2::FindAndConsume(&rest, *number, &found)) {
        Token token;
        token.number = std::string(found);
        const auto position = static_cast<size_t>(found.data() - list.data());
        std::string between = list.substr(previous_end, position - previous_end);
        token.range_to_previous = !tokens.empty() && (between.find('-') != std::string::npos ||
                                                      between.find("–") != std::string::npos ||
                                                      between.find("t/m") != std::string::npos ||
                                                      between.find("tot") != std::string::npos ||
                                                      between.find("to") != std::string::npos);
        previous_end = position + found.size();
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
        const re2::StringPiece subject(pattern.on_original_case ? s : lowered);
        re2::StringPiece match[2];
        // Each match from where the last one ended; \b still sees the byte before that.
        for (size_t at = 0; at <= subject.size() &&
                            pattern.regex->Match(subject, at, subject.size(), RE2::UNANCHORED, match, 2);) {
            const auto position = static_cast<size_t>(match[0].data() - subject.data());
            Found f{static_cast<long>(position), {}};
            add_references(pattern.kind, std::string(match[1]), f.references);
            found.push_back(std::move(f));
            at = position + std::max<size_t>(match[0].size(), 1);
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
