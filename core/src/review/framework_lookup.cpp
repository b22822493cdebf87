#include "review/framework_lookup.hpp"

#include <fmt/core.h>

#include <algorithm>

#include "inspraak/text.hpp"

namespace inspraak::core {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// "hoofdstuk 5", "H5", "chapter 5" -> "5"; "bijlage 1", "appendix 1" -> "B1". Leaves the rest.
std::string strip_chapter_word(const std::string& folded) {
    for (std::string_view word : {"hoofdstuk ", "chapter ", "hfst. ", "hfst "})
        if (folded.starts_with(word)) return folded.substr(word.size());
    for (std::string_view word : {"bijlage ", "appendix ", "annex "})
        if (folded.starts_with(word)) return "b" + folded.substr(word.size());
    if (folded.size() > 1 && folded[0] == 'h' && is_digit(folded[1])) return folded.substr(1);
    return folded;
}

std::string strip_section_word(const std::string& folded) {
    for (std::string_view word : {"paragraaf ", "section ", "par. ", "§ ", "§"})
        if (folded.starts_with(word)) return folded.substr(word.size());
    return folded;
}

// "a of b of c" ("a or b or c"): the last two joined by the word, in the reader's language.
Message word_list(const char* key, const std::vector<std::string>& items) {
    Message list{"plain", {items.empty() ? std::string() : items.back()}};
    for (size_t i = items.size(); i-- > 1;) list = Message{key, {items[i - 1]}, {std::move(list)}};
    return list;
}

std::string join(const std::vector<std::string>& items, std::string_view separator) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : std::string(separator)) + item;
    return out;
}

}  // namespace

FrameworkLookup::FrameworkLookup(const Framework& framework, const std::vector<Workstream>& workstreams)
    : framework_(framework), workstreams_(workstreams) {
    for (const auto& section : framework_.sections) by_id_[section.id] = &section;
}

const Section* FrameworkLookup::find(const std::string& id) const {
    auto it = by_id_.find(id);
    return it == by_id_.end() ? nullptr : it->second;
}

std::string FrameworkLookup::label(const std::string& id) const {
    const Section* section = find(id);
    if (section == nullptr) return id;
    if (section->number.empty()) return section->title;
    if (section->title.empty()) return section->number;
    return section->number + " " + section->title;
}

std::vector<const Section*> FrameworkLookup::chapters_with_number(const std::string& number) const {
    std::vector<const Section*> found;
    for (const auto& section : framework_.sections)
        if (section.kind != SectionKind::section && text::fold_for_comparison(section.number) == number)
            found.push_back(&section);
    return found;
}

AppResult<std::string> FrameworkLookup::chapter(std::string_view text) const {
    std::string wanted = text::normalize_whitespace(text);
    if (wanted.empty()) return invalid_error("lookup.empty_chapter", {});
    if (const Section* s = find(wanted); s != nullptr && s->kind != SectionKind::section) return s->id;
    std::string folded = text::fold_for_comparison(wanted);
    // As the review sheet writes it, or the title alone.
    for (const auto& section : framework_.sections) {
        if (section.kind == SectionKind::section) continue;
        if (text::fold_for_comparison(label(section.id)) == folded || text::fold_for_comparison(section.title) == folded ||
            text::fold_for_comparison(section.id) == folded)
            return section.id;
    }
    std::string rest = strip_chapter_word(folded);
    size_t space = rest.find(' ');
    std::string number = rest.substr(0, space);
    std::string title = space == std::string::npos ? "" : rest.substr(space + 1);
    auto candidates = chapters_with_number(number);
    if (candidates.size() > 1 && !title.empty()) {
        std::vector<const Section*> by_title;
        for (const Section* c : candidates)
            if (text::fold_for_comparison(c->title).starts_with(title)) by_title.push_back(c);
        if (!by_title.empty()) candidates = by_title;
    }
    if (candidates.size() == 1) return candidates.front()->id;
    if (candidates.size() > 1) {
        std::vector<std::string> options;
        for (const Section* c : candidates) options.push_back(fmt::format("{} ({})", c->id, label(c->id)));
        return AppError{ErrorKind::invalid, Message{"lookup.ambiguous_chapter", {wanted}, {word_list("list.or", options)}}};
    }
    std::vector<std::string> numbers;
    for (const auto& section : framework_.sections) {
        std::string shown = section.number.empty() ? section.id : section.number;
        if (section.kind != SectionKind::section && std::find(numbers.begin(), numbers.end(), shown) == numbers.end())
            numbers.push_back(shown);
    }
    return invalid_error("lookup.unknown_chapter", {wanted, join(numbers, ", ")});
}

AppResult<std::vector<std::string>> FrameworkLookup::chapters(std::string_view list) const {
    std::vector<std::string> pieces;
    std::string piece;
    for (char c : list) {
        if (c == ';' || c == '\n') {
            pieces.push_back(piece);
            piece.clear();
        } else {
            piece += c;
        }
    }
    pieces.push_back(piece);

    std::vector<std::string> ids;
    for (size_t i = 0; i < pieces.size(); ++i) {
        if (text::normalize_whitespace(pieces[i]).empty()) continue;
        auto found = chapter(pieces[i]);
        // A title with a ";" in it was split above: try it joined with what follows.
        for (size_t j = i + 1; !found && j < pieces.size(); ++j) {
            std::string joined = pieces[i];
            for (size_t k = i + 1; k <= j; ++k) joined += ";" + pieces[k];
            if (auto longer = chapter(joined)) {
                found = longer;
                i = j;
            }
        }
        if (!found) return found.error();
        if (std::find(ids.begin(), ids.end(), *found) == ids.end()) ids.push_back(*found);
    }
    return ids;
}

AppResult<std::string> FrameworkLookup::section(std::string_view text, const std::string& chapter_id) const {
    std::string wanted = text::normalize_whitespace(text);
    std::string folded = text::fold_for_comparison(wanted);
    if (folded.empty() || folded == "geen" || folded == "none" || folded == "-") return std::string();
    if (const Section* s = find(wanted); s != nullptr && s->kind == SectionKind::section) return s->id;
    std::string number = strip_section_word(folded);
    if (auto space = number.find(' '); space != std::string::npos) number = number.substr(0, space);
    std::vector<const Section*> candidates;
    for (const auto& section : framework_.sections)
        if (section.kind == SectionKind::section && text::fold_for_comparison(section.number) == number)
            candidates.push_back(&section);
    if (candidates.size() > 1) {
        std::vector<const Section*> inside;
        for (const Section* c : candidates)
            if (c->parent == chapter_id) inside.push_back(c);
        if (!inside.empty()) candidates = inside;
    }
    if (candidates.size() == 1) return candidates.front()->id;
    if (candidates.size() > 1) {
        std::vector<std::string> chapters;
        for (const Section* c : candidates) chapters.push_back(label(c->parent));
        return AppError{ErrorKind::invalid, Message{"lookup.ambiguous_section", {wanted}, {word_list("list.and", chapters)}}};
    }
    return invalid_error("lookup.unknown_section", {wanted});
}

AppResult<std::string> FrameworkLookup::route(std::string_view text) const {
    std::string wanted = text::normalize_whitespace(text);
    std::string folded = text::fold_for_comparison(wanted);
    if (folded == no_route) return std::string(no_route);
    for (const auto& w : workstreams_)
        if (w.id == wanted) return w.id;
    for (const auto& w : workstreams_)
        if (text::fold_for_comparison(w.id) == folded || text::fold_for_comparison(w.name) == folded) return w.id;
    std::vector<std::string> allowed;
    for (const auto& w : workstreams_) allowed.push_back(w.id);
    allowed.emplace_back(no_route);
    if (wanted.empty()) return invalid_error("lookup.empty_route", {join(allowed, ", ")});
    return invalid_error("lookup.unknown_route", {wanted, join(allowed, ", ")});
}

std::optional<std::string> parse_status(std::string_view text) {
    std::string folded = text::fold_for_comparison(text);
    if (folded.empty() || folded == "draft" || folded == "concept") return std::string("draft");
    if (folded == "approved" || folded == "goedgekeurd" || folded == "vastgesteld") return std::string("approved");
    return std::nullopt;
}

Message status_word(const std::string& status) {
    if (status == "approved" || status == "draft") return Message{"status." + status};
    return Message{"plain", {status}};
}

}  // namespace inspraak::core
