#include "page_lines.hpp"

#include <algorithm>

#include "list_markers.hpp"

namespace inspraak::ingest {
namespace {

// Words further apart than this (in ems) are separate even when the source gives no space.
constexpr double kImpliedSpace = 0.2;

}  // namespace

TextLine make_line(std::span<const LineWord> words) {
    TextLine line;
    if (words.empty()) return line;
    std::vector<double> sizes;
    line.left = words.front().left;
    line.top = words.front().top;
    line.right = words.front().right;
    line.bottom = words.front().bottom;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const LineWord& word = words[i];
        if (i > 0) {
            const LineWord& before = words[i - 1];
            const double gap = word.left - before.right;
            if (before.space_after || gap > kImpliedSpace * std::max(1.0, before.font_size)) line.text.push_back(' ');
        }
        line.text += word.text;
        line.left = std::min(line.left, word.left);
        line.top = std::min(line.top, word.top);
        line.right = std::max(line.right, word.right);
        line.bottom = std::max(line.bottom, word.bottom);
        sizes.push_back(word.font_size);
    }
    std::nth_element(sizes.begin(), sizes.begin() + static_cast<std::ptrdiff_t>(sizes.size() / 2), sizes.end());
    line.font_size = sizes[sizes.size() / 2];

    const bool starts_with_marker = words.size() > 1 && is_list_marker_word(words.front().text);
    const std::size_t first_text = starts_with_marker ? 1 : 0;
    line.bold = std::all_of(words.begin() + static_cast<std::ptrdiff_t>(first_text), words.end(), [](const LineWord& w) { return w.bold; });
    line.content_left = words[first_text].left;
    line.first_word_width = words.front().right - words.front().left;
    return line;
}

}  // namespace inspraak::ingest
