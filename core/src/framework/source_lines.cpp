#include "framework/source_lines.hpp"

#include "inspraak/text.hpp"

namespace inspraak::core {
namespace {

bool is_footnote_separator(std::string_view line) {
    std::string_view t = text::trim(line);
    if (t.empty()) return line.size() >= 5;  // a long run of spaces: the rule above footnotes
    if (t.size() < 5) return false;
    for (char ch : t)
        if (ch != '_') return false;
    return true;
}

// pdftotext-like extraction starts each page with a single space; an indented paragraph uses
// more than one, a normal line none.
bool has_page_start_quirk(std::string_view line) {
    return line.size() >= 2 && line[0] == ' ' && line[1] != ' ' && line[1] != '\t';
}

}  // namespace

std::vector<SourceLine> read_source_lines(std::string_view text, bool detect_footnotes, bool heading_marks) {
    std::vector<SourceLine> lines;
    const bool paged = text.find('\f') != std::string_view::npos;
    int page = paged ? 1 : 0;
    size_t chunk_start = 0;
    while (chunk_start <= text.size()) {
        size_t chunk_end = text.find('\f', chunk_start);
        if (chunk_end == std::string_view::npos) chunk_end = text.size();
        std::string_view chunk = text.substr(chunk_start, chunk_end - chunk_start);
        bool first_of_page = paged;
        for (std::string_view raw : text::split_lines(chunk)) {
            SourceLine line;
            line.text = raw;
            if (heading_marks) {
                const size_t hashes = raw.find_first_not_of('#');
                if (hashes != 0 && hashes != std::string_view::npos && hashes <= 6 && raw[hashes] == ' ') {
                    line.text = raw.substr(hashes + 1);
                    line.typeset_heading = true;
                }
            }
            line.page = page;
            line.blank = text::trim(line.text).empty();
            line.page_start = (first_of_page && !line.blank) || (!line.blank && has_page_start_quirk(line.text));
            if (!line.blank) first_of_page = false;
            lines.push_back(line);
        }
        if (chunk_end == text.size()) break;
        chunk_start = chunk_end + 1;
        ++page;
    }

    if (detect_footnotes) {
        for (size_t i = 0; i < lines.size(); ++i) {
            if (!is_footnote_separator(lines[i].text)) continue;
            const int page_of_separator = lines[i].page;
            for (size_t j = i + 1; j < lines.size() && j <= i + kMaxFootnoteLines; ++j) {
                if (lines[j].page_start || lines[j].page != page_of_separator) break;
                lines[j].in_footnotes = true;
            }
        }
    }
    return lines;
}

}  // namespace inspraak::core
