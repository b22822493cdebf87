#include "classify_bm25/explanation.hpp"

#include <cstdio>

#include "inspraak/text.hpp"

namespace inspraak::classify_bm25 {
namespace {

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& item : items) {
        if (!out.empty()) out += ", ";
        out += item;
    }
    return out;
}

std::string section_label(Language language, const Section& section) {
    const bool english = language == Language::english;
    switch (section.kind) {
        case SectionKind::appendix:
            return (english ? "appendix " : "bijlage ") + section.number;
        case SectionKind::section:
            return (english ? "section " : "paragraaf ") + section.number;
        case SectionKind::chapter:
            break;
    }
    return (english ? "chapter " : "hoofdstuk ") + section.number;
}

std::string section_list(Language language, const std::vector<const Section*>& sections) {
    std::vector<std::string> labels;
    for (const Section* section : sections) labels.push_back(section_label(language, *section));
    return join(labels);
}

}  // namespace

std::string reference_line(Language language, const std::vector<const Section*>& sections) {
    return (language == Language::english ? "reference: " : "verwijzing: ") + section_list(language, sections);
}

std::string named_line(Language language, const std::vector<const Section*>& sections) {
    return (language == Language::english ? "named by title or subject: " : "genoemd bij titel of onderwerp: ") +
           section_list(language, sections);
}

std::string terms_line(Language language, const std::vector<std::string>& words) {
    return (language == Language::english ? "terms: " : "termen: ") + join(words);
}

std::string passage_line(Language language, const Section& section, std::string_view passage_text) {
    return "passage: " + section_label(language, section) + ", \"" + excerpt(passage_text) + "\"";
}

std::string route_line(Language language, const RouteDecision& decision) {
    const bool english = language == Language::english;
    if (decision.route == no_route)
        return std::string("route: ") + no_route + (english ? " (no workstream fits)" : " (geen werkstroom past)");
    std::vector<std::string> reasons;
    if (!decision.by_chapter.empty())
        reasons.push_back((english ? "default for " : "standaard bij ") + decision.by_chapter);
    if (decision.learned > 0)
        reasons.push_back(english ? "as decided for similar points" : "zoals beslist bij vergelijkbare punten");
    if (!decision.keywords.empty())
        reasons.push_back((english ? "keywords: " : "trefwoorden: ") + join(decision.keywords));
    if (!decision.words.empty())
        reasons.push_back((english ? "description: " : "beschrijving: ") + join(decision.words));
    std::string line = "route: " + decision.route;
    if (!reasons.empty()) {
        line += " (";
        for (std::size_t i = 0; i < reasons.size(); ++i) line += (i ? "; " : "") + reasons[i];
        line += ")";
    }
    return line;
}


std::string examples_line(Language language, const std::vector<std::pair<std::string, double>>& similar,
                          bool near_duplicate) {
    const bool english = language == Language::english;
    std::vector<std::string> items;
    for (const auto& [id, similarity] : similar) {
        char score[16];
        std::snprintf(score, sizeof score, "%.2f", similarity);
        items.push_back(id + " (" + score + ")");
        if (near_duplicate) break;
    }
    if (near_duplicate) return (english ? "nearly the same as decided point " : "bijna gelijk aan beslist punt ") + join(items);
    return (english ? "like decided points: " : "lijkt op besliste punten: ") + join(items);
}

std::string no_match_line(Language language) {
    return language == Language::english ? "no matching terms" : "geen overeenkomende termen";
}

std::string excerpt(std::string_view text, std::size_t limit) {
    const std::string flat = text::normalize_whitespace(text);
    std::size_t cut = 0;  // byte offset after `limit` code points
    std::size_t count = 0;
    while (cut < flat.size() && count < limit) {
        ++cut;
        while (cut < flat.size() && (static_cast<unsigned char>(flat[cut]) & 0xC0) == 0x80) ++cut;
        ++count;
    }
    if (cut >= flat.size()) return flat;
    // Prefer a word boundary, unless that would throw away more than half.
    const std::size_t space = flat.rfind(' ', cut);
    if (space != std::string::npos && space > cut / 2) cut = space;
    std::string out(text::trim(std::string_view(flat).substr(0, cut)));
    out += "\xE2\x80\xA6";  // …
    return out;
}

}  // namespace inspraak::classify_bm25
