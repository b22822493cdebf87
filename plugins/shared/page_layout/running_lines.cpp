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
    std::string key = text::fold_for_comparison(line);
    for (char& c : key)
        if (c >= '0' && c <= '9') c = '#';
    return key;
}

// The rows at the edges of a page, outermost first: up to kEdgeRows at the top, up to
// kEdgeRows at the bottom; each row holds the indices of its lines.
struct EdgeRows {
    std::vector<std::vector<std::size_t>> top;
    std::vector<std::vector<std::size_t>> bottom;
};

EdgeRows edge_rows(const PageLines& page) {
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
    EdgeRows edges;
    const double height = page.height;
    auto in_top = [&](const std::vector<std::size_t>& row) {
        return height <= 0 || std::all_of(row.begin(), row.end(), [&](std::size_t i) { return page.lines[i].bottom <= height * kEdgeFraction; });
    };
    auto in_bottom = [&](const std::vector<std::size_t>& row) {
        return height <= 0 || std::all_of(row.begin(), row.end(), [&](std::size_t i) { return page.lines[i].top >= height * (1 - kEdgeFraction); });
    };
    for (std::size_t r = 0; r < rows.size() && r < kEdgeRows && in_top(rows[r]); ++r) edges.top.push_back(rows[r]);
    for (std::size_t r = 0; r < rows.size() && r < kEdgeRows && in_bottom(rows[rows.size() - 1 - r]); ++r)
        edges.bottom.push_back(rows[rows.size() - 1 - r]);
    return edges;
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
    std::vector<EdgeRows> edges;
    std::map<std::string, int> pages_with_key;
    for (const PageLines& page : pages) {
        edges.push_back(edge_rows(page));
        std::set<std::string> keys;
        for (const auto* side : {&edges.back().top, &edges.back().bottom})
            for (const std::vector<std::size_t>& row : *side)
                for (std::size_t index : row) keys.insert(furniture_key(page.lines[index].text));
        for (const std::string& key : keys) ++pages_with_key[key];
    }
    const int page_count = static_cast<int>(pages.size());
    auto is_furniture = [&](const TextLine& line) {
        if (is_page_number(line.text)) return true;
        const int count = pages_with_key[furniture_key(line.text)];
        return count >= 2 && count * 2 >= page_count;
    };
    for (std::size_t p = 0; p < pages.size(); ++p) {
        std::vector<bool> drop(pages[p].lines.size(), false);
        // From the edge inwards: a row is only furniture when the rows outside it were.
        for (const auto* side : {&edges[p].top, &edges[p].bottom}) {
            for (const std::vector<std::size_t>& row : *side) {
                bool whole_row = true;
                for (std::size_t index : row) {
                    if (is_furniture(pages[p].lines[index])) drop[index] = true;
                    else whole_row = false;
                }
                if (!whole_row) break;
            }
        }
        std::vector<TextLine> kept;
        for (std::size_t i = 0; i < pages[p].lines.size(); ++i)
            if (!drop[i]) kept.push_back(std::move(pages[p].lines[i]));
        pages[p].lines = std::move(kept);
    }
}

}  // namespace inspraak::ingest
