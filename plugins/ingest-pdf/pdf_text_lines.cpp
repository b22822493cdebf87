#include "pdf_text_lines.hpp"

#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <cctype>

#include "inspraak/text.hpp"
#include "list_markers.hpp"

namespace inspraak::ingest {
namespace {

constexpr std::size_t kMarkerSearchLines = 60;  // how far after a lone marker its item may come
constexpr double kMarkerGap = 5.0;              // ems between a marker and its item text at most

std::string folded_font_name(const poppler::text_box& box) {
    std::string name = box.get_font_name();
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return name;
}

bool is_bold_font(const std::string& name) {
    for (std::string_view weight : {"bold", "black", "heavy", "semibold", "demi"})
        if (name.find(weight) != std::string::npos) return true;
    return false;
}

LineWord word_of(const poppler::text_box& box) {
    LineWord word;
    poppler::byte_array utf8 = box.text().to_utf8();
    word.text = text::normalize_whitespace(std::string_view(utf8.data(), utf8.size()));
    const poppler::rectf r = box.bbox();
    word.left = r.left();
    word.top = r.top();
    word.right = r.right();
    word.bottom = r.bottom();
    word.font_size = box.has_font_info() ? box.get_font_size() : r.height();
    if (word.font_size <= 0) word.font_size = r.height();
    word.bold = box.has_font_info() && is_bold_font(folded_font_name(box));
    word.space_after = box.has_space_after();
    return word;
}

// A word continues the line when it stands at the line's height and to the right of it.
bool continues_line(const std::vector<LineWord>& line, const LineWord& word) {
    const LineWord& first = line.front();
    const LineWord& last = line.back();
    const double middle = (word.top + word.bottom) / 2;
    return middle >= first.top && middle <= first.bottom && word.left >= last.right - 0.5 * std::max(1.0, last.font_size);
}

double middle_of(const std::vector<LineWord>& line) { return (line.front().top + line.front().bottom) / 2; }

// Puts each line that is a list marker alone onto the line with its item text: the nearest
// following line at the same height, a little to its right.
void attach_lone_markers(std::vector<std::vector<LineWord>>& lines) {
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].size() != 1 || !is_list_marker_word(lines[i].front().text)) continue;
        const LineWord& marker = lines[i].front();
        const double em = std::max(1.0, marker.font_size);
        for (std::size_t j = i + 1; j < lines.size() && j <= i + kMarkerSearchLines; ++j) {
            if (lines[j].empty()) continue;
            const LineWord& first = lines[j].front();
            const bool same_height = std::abs(middle_of(lines[j]) - middle_of(lines[i])) < 0.3 * em;
            const bool just_right = first.left >= marker.right - 0.5 && first.left - marker.right <= kMarkerGap * em;
            if (!same_height || !just_right) continue;
            // The item keeps its own place in the reading order; the marker joins it there.
            lines[j].insert(lines[j].begin(), lines[i].front());
            lines[i].clear();
            break;
        }
    }
    lines.erase(std::remove_if(lines.begin(), lines.end(), [](const auto& line) { return line.empty(); }), lines.end());
}

}  // namespace

PageLines read_text_lines(const poppler::page& page) {
    PageLines result;
    const poppler::rectf box = page.page_rect();
    result.width = box.width();
    result.height = box.height();

    std::vector<poppler::text_box> boxes = page.text_list(poppler::page::text_list_include_font);
    // Text turned sideways (a document number in the margin) would cut through the lines;
    // unless it is most of the page, it is left out.
    const auto turned = std::count_if(boxes.begin(), boxes.end(), [](const poppler::text_box& b) { return b.rotation() != 0; });
    const bool skip_turned = turned * 2 < static_cast<std::ptrdiff_t>(boxes.size());

    std::vector<std::vector<LineWord>> lines;
    for (const poppler::text_box& b : boxes) {
        if (skip_turned && b.rotation() != 0) continue;
        LineWord word = word_of(b);
        if (word.text.empty()) continue;
        if (lines.empty() || !continues_line(lines.back(), word)) lines.emplace_back();
        lines.back().push_back(std::move(word));
    }
    attach_lone_markers(lines);
    for (const std::vector<LineWord>& words : lines) result.lines.push_back(make_line(words));
    return result;
}

std::size_t count_text_characters(const PageLines& page) {
    std::size_t count = 0;
    for (const TextLine& line : page.lines)
        for (unsigned char c : line.text)
            if (std::isalnum(c) || c >= 0xC0) ++count;  // ASCII letters and digits, UTF-8 lead bytes
    return count;
}

}  // namespace inspraak::ingest
