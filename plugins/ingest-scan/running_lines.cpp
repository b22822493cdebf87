#include "running_lines.hpp"

#include <algorithm>
#include <map>
#include <regex>
#include <set>
#include <string>

#include "inspraak/text.hpp"

namespace inspraak::ingest {
namespace {

// Rows at each edge of a page that may hold furniture; they must also lie in the outer quarter
// of the page, so that the body of a short page is never taken for a footer.
constexpr std::size_t kEdgeRows = 2;
constexpr double kEdgeFraction = 0.25;
constexpr std::size_t kMaxPageNumberLength = 40;

std::string with_plain_dashes(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        // U+2013 en dash and U+2014 em dash: E2 80 93 / E2 80 94
        if (s.compare(i, 3, "\xE2\x80\x93") == 0 || s.compare(i, 3, "\xE2\x80\x94") == 0) {
            out.push_back('-');
            i += 2;
        } else {
            out.push_back(s[i]);
        }
    }
    return out;
}

// The key under which a line counts as "the same" on every page: case folded, whitespace
// normalised, every digit a '#'.
std::string furniture_key(std::string_view line) {
    std::string key = text::fold_case(text::normalize_whitespace(line));
    for (char& c : key)
        if (c >= '0' && c <= '9') c = '#';
    return key;
}

// Indices of the lines in the top and bottom rows of a page.
std::set<std::size_t> edge_lines(const PageLines& page) {
    std::vector<std::size_t> order(page.lines.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return page.lines[a].top < page.lines[b].top; });

    // Group into rows: lines whose tops lie within half a line of each other.
    std::vector<std::vector<std::size_t>> rows;
    for (std::size_t index : order) {
        const TextLine& line = page.lines[index];
        const double tolerance = std::max(1.0, line.font_size * 0.5);
        if (!rows.empty() && line.top - page.lines[rows.back().front()].top <= tolerance) rows.back().push_back(index);
        else rows.push_back({index});
    }
    std::set<std::size_t> edge;
    const double height = page.height > 0 ? page.height : 0;
    for (std::size_t r = 0; r < rows.size() && r < kEdgeRows; ++r)
        for (std::size_t index : rows[r])
            if (height == 0 || page.lines[index].bottom <= height * kEdgeFraction) edge.insert(index);
    for (std::size_t r = 0; r < rows.size() && r < kEdgeRows; ++r)
        for (std::size_t index : rows[rows.size() - 1 - r])
            if (height == 0 || page.lines[index].top >= height * (1 - kEdgeFraction)) edge.insert(index);
    return edge;
}

}  // namespace

bool is_page_number(std::string_view line) {
    const std::string s = with_plain_dashes(text::trim(line));
    if (s.empty() || s.size() > kMaxPageNumberLength) return false;
    static const std::regex patterns[] = {
        std::regex(R"(^[-(\[]?\s*\d{1,3}\s*[-)\]]?$)"),
        std::regex(R"(^(pagina|page|pag\.?|blz\.?|blad|p\.)\s*\d{1,3}(\s*(van|of|/)\s*\d{1,3})?$)", std::regex::icase),
        std::regex(R"(^\d{1,3}\s*(/|van|of)\s*\d{1,3}$)", std::regex::icase),
    };
    return std::any_of(std::begin(patterns), std::end(patterns), [&](const std::regex& re) { return std::regex_match(s, re); });
}

void drop_running_lines(std::vector<PageLines>& pages) {
    std::vector<std::set<std::size_t>> edges;
    std::map<std::string, int> pages_with_key;
    for (const PageLines& page : pages) {
        edges.push_back(edge_lines(page));
        std::set<std::string> keys;
        for (std::size_t index : edges.back()) keys.insert(furniture_key(page.lines[index].text));
        for (const std::string& key : keys) ++pages_with_key[key];
    }
    const int page_count = static_cast<int>(pages.size());
    auto is_running = [&](const std::string& key) {
        const int count = pages_with_key[key];
        return count >= 2 && count * 2 >= page_count;
    };
    for (std::size_t p = 0; p < pages.size(); ++p) {
        std::vector<TextLine> kept;
        for (std::size_t i = 0; i < pages[p].lines.size(); ++i) {
            const TextLine& line = pages[p].lines[i];
            const bool furniture = edges[p].count(i) != 0 && (is_page_number(line.text) || is_running(furniture_key(line.text)));
            if (!furniture) kept.push_back(line);
        }
        pages[p].lines = std::move(kept);
    }
}

}  // namespace inspraak::ingest
