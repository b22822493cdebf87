#include "framework/outline_entry.hpp"

#include "framework/heading_parser.hpp"
#include "inspraak/text.hpp"

namespace inspraak::core {
namespace {

// Folded, without diacritics, every run of non-alphanumeric characters one space.
std::string comparable(std::string_view title) {
    const std::string folded = text::fold_case(text::strip_diacritics(title));
    std::string out;
    for (char ch : folded) {
        const auto byte = static_cast<unsigned char>(ch);
        const bool word = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || byte >= 0x80;
        if (word) out.push_back(ch);
        else if (!out.empty() && out.back() != ' ') out.push_back(' ');
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

bool all_digits(std::string_view s) {
    if (s.empty() || s.size() > 2) return false;
    for (char ch : s)
        if (ch < '0' || ch > '9') return false;
    return true;
}

}  // namespace

std::optional<OutlineEntry> parse_outline_entry(std::string_view raw) {
    const std::string clean = tidy_title(strip_inline_markup(raw));
    if (clean.empty()) return std::nullopt;
    OutlineEntry entry;
    if (all_digits(clean)) {
        entry.number = std::stoi(clean);
        return entry;
    }
    if (std::optional<HeadingCandidate> heading = parse_heading(clean)) {
        if (heading->number.size() != 1) return std::nullopt;
        entry.appendix = heading->appendix;
        entry.number = heading->number.front();
        entry.title = heading->title;
        return entry;
    }
    entry.title = clean;
    return entry;
}

bool same_title(std::string_view a, std::string_view b) {
    const std::string x = comparable(a);
    const std::string y = comparable(b);
    if (x.empty() || y.empty()) return false;
    const std::string& shorter = x.size() <= y.size() ? x : y;
    const std::string& longer = x.size() <= y.size() ? y : x;
    if (longer.compare(0, shorter.size(), shorter) != 0) return false;
    return longer.size() == shorter.size() || longer[shorter.size()] == ' ';
}

}  // namespace inspraak::core
