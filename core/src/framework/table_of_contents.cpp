#include "framework/table_of_contents.hpp"

#include <string>

#include "framework/heading_parser.hpp"
#include "framework/text_shape.hpp"
#include "inspraak/text.hpp"

namespace inspraak::core {
namespace {

// Lines between entries that do not end the table: a sub-header ("Bijlagen"), the second line of
// a wrapped entry, a page header.
constexpr int kMaxLinesBetweenEntries = 2;
constexpr int kMaxInterludeWords = 8;

bool is_contents_title(std::string_view line) {
    std::string_view content = line;
    if (auto atx = atx_heading_content(line)) content = *atx;
    std::string title = text::fold_case(tidy_title(strip_inline_markup(content)));
    while (!title.empty() && (title.back() == ':' || title.back() == '|')) title.pop_back();
    while (!title.empty() && (title.front() == '|' || title.front() == ' ')) title.erase(0, 1);
    title = std::string(text::trim(title));
    return title == "inhoudsopgave" || title == "inhoud" || title == "inhoudstafel" || title == "contents" ||
           title == "table of contents";
}

bool is_page_number(std::string_view token) {
    if (token.empty() || token.size() > 4) return false;
    bool digits = true;
    bool roman = true;
    for (char ch : token) {
        digits = digits && ch >= '0' && ch <= '9';
        roman = roman && std::string_view("ivxlcIVXLC").find(ch) != std::string_view::npos;
    }
    return digits || roman;
}

// An entry's text without what makes it an entry, and whether anything did ("marked": a page
// number, dot leader, link or table cell; a bare "1 Inleiding" may be the body's first heading).
struct EntryText {
    std::string text;
    bool marked = false;
};

EntryText entry_text(std::string_view line) {
    EntryText entry;
    std::string s(text::trim(line));
    if (!s.empty() && s.front() == '|') {
        // "| 1 | Inleiding | 4 |": the cells but the page number.
        std::vector<std::string> cells;
        size_t start = 1;
        for (size_t bar = s.find('|', start); bar != std::string::npos; bar = s.find('|', start)) {
            std::string cell(text::trim(std::string_view(s).substr(start, bar - start)));
            if (!cell.empty()) cells.push_back(cell);
            start = bar + 1;
        }
        if (!cells.empty() && is_page_number(cells.back())) cells.pop_back();
        s.clear();
        for (const std::string& cell : cells) s += (s.empty() ? "" : " ") + cell;
        entry.marked = true;
    }
    if (auto marker = parse_list_marker(s); marker && marker->kind == ListMarker::Kind::bullet)
        s = std::string(marker->content);
    if (s.find("](") != std::string::npos) entry.marked = true;
    s = strip_inline_markup(s);
    // A dot leader or tab runs to the page number: cut there.
    for (std::string_view leader : {"..", "…", "\t", " . ."}) {
        const size_t at = s.find(leader);
        if (at == std::string::npos) continue;
        s.resize(at);
        entry.marked = true;
    }
    s = text::normalize_whitespace(s);
    const size_t last_space = s.rfind(' ');
    if (last_space != std::string::npos && is_page_number(std::string_view(s).substr(last_space + 1))) {
        s.resize(last_space);
        entry.marked = true;
    }
    entry.text = tidy_title(s);
    return entry;
}

bool is_table_separator(std::string_view line) {
    std::string_view t = text::trim(line);
    if (t.empty() || t.front() != '|') return false;
    return t.find_first_not_of("|-: ") == std::string_view::npos;
}

std::optional<TableOfContents> read_entries(const std::vector<SourceLine>& lines, size_t title_line) {
    TableOfContents toc;
    toc.first_line = title_line;
    toc.end_line = title_line + 1;
    int chapters = 0;
    int last_chapter = 0;
    int first_chapter = 0;
    int lines_since_entry = 0;
    for (size_t i = title_line + 1; i < lines.size(); ++i) {
        const SourceLine& line = lines[i];
        if (line.blank || is_table_separator(line.text)) continue;
        const EntryText entry = entry_text(line.text);
        std::optional<HeadingCandidate> heading = entry.text.empty() ? std::nullopt : parse_heading(entry.text);
        if (heading && (heading->appendix || !heading->title.empty())) {
            const bool chapter = !heading->appendix && heading->number.size() == 1;
            const int n = heading->number.front();
            // The body starts where the numbering starts again: "1 Inleiding" once more.
            if (chapter && chapters > 0 && (entry.marked ? n < last_chapter : n <= last_chapter || n == first_chapter))
                break;
            if (!entry.marked && atx_heading_content(line.text) && chapters > 0) break;
            if (heading->number.size() == 1) {
                toc.entries.push_back(OutlineEntry{heading->appendix, n, heading->title});
                if (chapter) {
                    if (chapters == 0) first_chapter = n;
                    ++chapters;
                    last_chapter = n;
                }
            }
            toc.end_line = i + 1;
            lines_since_entry = 0;
            continue;
        }
        // Not an entry: a short line in between may be a sub-header or a wrapped entry.
        if (++lines_since_entry > kMaxLinesBetweenEntries || word_count(entry.text) > kMaxInterludeWords ||
            atx_heading_content(line.text))
            break;
    }
    if (chapters < kMinTableOfContentsChapters) return std::nullopt;
    return toc;
}

}  // namespace

std::optional<TableOfContents> find_table_of_contents(const std::vector<SourceLine>& lines) {
    for (size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].blank || !is_contents_title(lines[i].text)) continue;
        if (auto toc = read_entries(lines, i)) return toc;
    }
    return std::nullopt;
}

}  // namespace inspraak::core
