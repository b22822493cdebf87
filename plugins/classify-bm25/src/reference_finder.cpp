#include "classify_bm25/reference_finder.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <utility>

#include "inspraak/text.hpp"

namespace inspraak::classify_bm25 {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_letter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

// Words that introduce a reference, folded; "h" only right before a digit ("H5", "h.4").
struct CueWord {
    std::string_view word;
    int cue;  // ReferenceFinder::Cue, as int to keep the table simple
};
constexpr int chapter = 0, section = 1, appendix = 2, page = 3;
constexpr auto cue_words = std::to_array<CueWord>({
    {"hoofdstukken", chapter}, {"hoofdstuk", chapter}, {"hfdst", chapter}, {"hfst", chapter}, {"hst", chapter},
    {"chapters", chapter},     {"chapter", chapter},   {"h", chapter},     {"paragrafen", section},
    {"paragraaf", section},    {"par", section},       {"sectie", section}, {"section", section},
    {"bijlagen", appendix},    {"bijlage", appendix},  {"appendix", appendix}, {"annex", appendix},
    {"paginas", page},         {"pagina", page},       {"pag", page},      {"blz", page},
    {"bladzijde", page},       {"pages", page},        {"page", page},     {"pp", page},
    {"p", page},
});

// A number like "4", "3.1" or "3.1.2" at `at`; empty if none. Parts of more than two digits
// ("2.800 inwoners") make it no reference.
std::string_view number_at(std::string_view s, std::size_t at) {
    std::size_t end = at;
    while (end < s.size()) {
        std::size_t digits = 0;
        while (end + digits < s.size() && is_digit(s[end + digits])) ++digits;
        if (digits == 0 || digits > 3) break;
        end += digits;
        if (end + 1 < s.size() && s[end] == '.' && is_digit(s[end + 1])) {
            ++end;
            continue;
        }
        break;
    }
    std::string_view number = s.substr(at, end - at);
    if (number.empty() || number.back() == '.') return {};
    // "2.800": a part after the first of three digits is a thousands group, not a section.
    for (std::size_t dot = number.find('.'); dot != std::string_view::npos; dot = number.find('.', dot + 1)) {
        std::size_t next = number.find('.', dot + 1);
        std::size_t len = (next == std::string_view::npos ? number.size() : next) - dot - 1;
        if (len > 2) return {};
    }
    return number;
}

// "de bijlage over ...": a kind of section, then a preposition that introduces its subject.
struct KindWord {
    std::string_view word;
    SectionKind kind;
};
constexpr auto kind_words = std::to_array<KindWord>({
    {"hoofdstuk", SectionKind::chapter}, {"chapter", SectionKind::chapter},  {"paragraaf", SectionKind::section},
    {"section", SectionKind::section},   {"bijlage", SectionKind::appendix}, {"appendix", SectionKind::appendix},
    {"annex", SectionKind::appendix},
});
constexpr auto subject_prepositions = std::to_array<std::string_view>({"over", "met", "about", "on", "with"});
constexpr std::size_t max_subject_words = 6;
constexpr std::size_t min_subject_word_length = 4;

std::vector<std::string_view> words_of(std::string_view s) {
    std::vector<std::string_view> words;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && !is_letter(s[i])) ++i;
        std::size_t end = i;
        while (end < s.size() && is_letter(s[end])) ++end;
        if (end > i) words.push_back(s.substr(i, end - i));
        i = end;
    }
    return words;
}

// The same word, or one inflection apart: equal, or the shorter (at least 5 letters) is the
// longer's start with at most two letters more ("activiteit", "activiteiten").
bool same_word(std::string_view a, std::string_view b) {
    if (a.size() > b.size()) std::swap(a, b);
    return a == b || (a.size() >= 5 && b.size() - a.size() <= 2 && b.substr(0, a.size()) == a);
}

}  // namespace

ReferenceFinder::ReferenceFinder(const FrameworkOutline& outline, const std::vector<Passage>& passages)
    : outline_(outline) {
    for (std::size_t i = 0; i < outline_.size(); ++i) {
        std::string title = text::strip_diacritics(text::fold_case(text::normalize_whitespace(outline_.section(i).title)));
        if (title.size() >= min_title_length) titles_.emplace_back(std::move(title), i);
    }
    for (const Passage& passage : passages) {
        if (passage.page <= 0) continue;
        auto section_index = outline_.find(passage.section_id);
        if (!section_index) continue;
        auto& on_page = sections_on_page_[passage.page];
        if (std::find(on_page.begin(), on_page.end(), *section_index) == on_page.end()) on_page.push_back(*section_index);
    }
}

void ReferenceFinder::resolve(Cue cue, std::string_view number, std::vector<std::size_t>& out) const {
    auto add = [&](std::size_t index) {
        if (std::find(out.begin(), out.end(), index) == out.end()) out.push_back(index);
    };
    if (cue == Cue::page) {
        int value = 0;
        for (char c : number) {
            if (!is_digit(c) || value > 100000) return;
            value = value * 10 + (c - '0');
        }
        if (auto it = sections_on_page_.find(value); it != sections_on_page_.end())
            for (std::size_t index : it->second) add(index);
        return;
    }
    const bool dotted = number.find('.') != std::string_view::npos;
    for (std::size_t i = 0; i < outline_.size(); ++i) {
        const Section& s = outline_.section(i);
        const std::string folded = text::fold_case(s.number);
        switch (cue) {
            case Cue::chapter:
                // "hoofdstuk 3.1" names a section.
                if (dotted ? (s.kind == SectionKind::section && folded == number)
                           : (s.kind == SectionKind::chapter && s.level <= 1 && folded == number))
                    add(i);
                break;
            case Cue::section:
            case Cue::bare:
                if (dotted && s.kind == SectionKind::section && folded == number) add(i);
                // "paragraaf 4" in a framework without numbered sections means chapter 4.
                if (!dotted && cue == Cue::section && s.kind == SectionKind::chapter && s.level <= 1 && folded == number)
                    add(i);
                break;
            case Cue::appendix:
                if (s.kind == SectionKind::appendix && (folded == "b" + std::string(number) || folded == number)) add(i);
                break;
            case Cue::page:
                break;
        }
    }
}

std::vector<std::size_t> ReferenceFinder::find_titles(std::string_view original) const {
    std::vector<std::size_t> found;
    if (titles_.empty() || original.empty()) return found;
    const std::string s = " " + text::strip_diacritics(text::fold_case(text::normalize_whitespace(original))) + " ";
    for (const auto& [title, index] : titles_) {
        for (std::string_view article : {" de ", " het ", " the "}) {
            const std::string phrase = std::string(article) + title;
            const std::size_t at = s.find(phrase);
            // The title must end at a word boundary: "de criteria" but not "de criteriaweging".
            if (at == std::string::npos || is_letter(s[at + phrase.size()])) continue;
            found.push_back(index);
            break;
        }
    }
    return found;
}

std::vector<std::size_t> ReferenceFinder::find_described(std::string_view original) const {
    std::vector<std::size_t> found;
    const std::string folded = text::strip_diacritics(text::fold_case(original));
    // Clauses: a description ends at punctuation.
    std::size_t start = 0;
    while (start < folded.size()) {
        std::size_t end = folded.find_first_of(".,;:?!()\n", start);
        if (end == std::string::npos) end = folded.size();
        const std::vector<std::string_view> words = words_of(std::string_view(folded).substr(start, end - start));
        for (std::size_t w = 0; w + 2 < words.size(); ++w) {
            const auto kind = std::find_if(kind_words.begin(), kind_words.end(), [&](const KindWord& k) { return k.word == words[w]; });
            if (kind == kind_words.end() ||
                std::find(subject_prepositions.begin(), subject_prepositions.end(), words[w + 1]) == subject_prepositions.end())
                continue;
            std::vector<std::string_view> subject;
            for (std::size_t k = w + 2; k < words.size() && k < w + 2 + max_subject_words; ++k)
                if (words[k].size() >= min_subject_word_length) subject.push_back(words[k]);
            std::size_t best = FrameworkOutline::none, best_shared = 0;
            bool tie = false;
            for (const auto& [title, index] : titles_) {
                const Section& candidate = outline_.section(index);
                if (candidate.kind != kind->kind || (kind->kind == SectionKind::chapter && candidate.level > 1)) continue;
                const std::vector<std::string_view> title_words = words_of(title);
                std::size_t shared = 0;
                for (std::string_view word : subject)
                    if (std::any_of(title_words.begin(), title_words.end(), [&](std::string_view t) { return same_word(word, t); }))
                        ++shared;
                if (shared == 0 || shared < best_shared) continue;
                tie = shared == best_shared;
                if (shared > best_shared) best = index;
                best_shared = shared;
            }
            if (best != FrameworkOutline::none && !tie && std::find(found.begin(), found.end(), best) == found.end())
                found.push_back(best);
        }
        start = end + 1;
    }
    return found;
}

std::vector<std::size_t> ReferenceFinder::find(std::string_view original) const {
    std::vector<std::size_t> found;
    if (std::none_of(original.begin(), original.end(), is_digit)) return found;
    const std::string folded = text::strip_diacritics(text::fold_case(original));
    const std::string_view s = folded;
    std::size_t i = 0;
    while (i < s.size()) {
        if (is_letter(s[i]) && (i == 0 || !is_letter(s[i - 1]))) {
            std::size_t end = i;
            while (end < s.size() && is_letter(s[end])) ++end;
            const std::string_view word = s.substr(i, end - i);
            const auto cue = std::find_if(cue_words.begin(), cue_words.end(), [&](const CueWord& c) { return c.word == word; });
            if (cue != cue_words.end()) {
                std::size_t at = end;
                const bool single_letter = word.size() <= 2;  // "h", "p", "pp": only right before the number
                if (at < s.size() && s[at] == '.') ++at;
                if (!single_letter || word == "pp" || word == "p")
                    while (at < s.size() && s[at] == ' ') ++at;
                if (word == "h" && at < s.size() && s[at] == ' ') at = s.size();  // "h 5" is too loose
                std::string_view number = at < s.size() ? number_at(s, at) : std::string_view();
                std::size_t resume = end;
                // Lists: "hoofdstuk 3 en 4", "bijlagen 1, 2".
                while (!number.empty()) {
                    resolve(static_cast<Cue>(cue->cue), number, found);
                    resume = at + number.size();
                    std::size_t next = resume;
                    while (next < s.size() && (s[next] == ' ' || s[next] == ',')) ++next;
                    if (s.compare(next, 3, "en ") == 0) next += 3;
                    else if (s.compare(next, 4, "and ") == 0) next += 4;
                    else if (next == resume) break;
                    while (next < s.size() && s[next] == ' ') ++next;
                    if (next >= s.size() || !is_digit(s[next])) break;
                    at = next;
                    number = number_at(s, at);
                }
                i = resume;
                continue;
            }
            i = end;
            continue;
        }
        // A bare section number: "In 6.1 staat", "(4.1)".
        if (is_digit(s[i]) && (i == 0 || (!is_digit(s[i - 1]) && s[i - 1] != '.' && s[i - 1] != ','))) {
            std::string_view number = number_at(s, i);
            if (!number.empty() && number.find('.') != std::string_view::npos) {
                const std::size_t after = i + number.size();
                const bool inside_more = after < s.size() && (is_digit(s[after]) || s[after] == ',');
                if (!inside_more) resolve(Cue::bare, number, found);
            }
            i += std::max<std::size_t>(1, number.size());
            while (i < s.size() && (is_digit(s[i]) || s[i] == '.' || s[i] == ',')) ++i;
            continue;
        }
        ++i;
    }
    return found;
}

}  // namespace inspraak::classify_bm25
