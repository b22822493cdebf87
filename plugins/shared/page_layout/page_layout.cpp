#include "page_layout.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <regex>
#include <unicode/uchar.h>

#include "code_points.hpp"
#include "inspraak/text.hpp"
#include "line_joining.hpp"
#include "list_markers.hpp"
#include "running_lines.hpp"

namespace inspraak::ingest {
namespace {

// ------------------------------------------------------------------ thresholds (in ems)

constexpr double kLargerFont = 1.15;           // a heading's font against the body's
constexpr double kMuchLargerFont = 1.3;        // ... a level-1 heading's
constexpr double kSmallerFont = 0.9;           // footnotes and captions: never a heading
constexpr double kParagraphGap = 1.3;          // line distance against the usual one
constexpr double kIndent = 1.0;                // an indented first line
constexpr double kAlignmentSlack = 0.5;        // lines count as aligned within this
constexpr double kShortLineSlack = 0.5;        // room left on a line that ended early
constexpr double kHeadingClearance = 2.0;      // a body-size numbered heading stops this far short
constexpr int kMaxHeadingWords = 12;
constexpr int kMaxPlainHeadingWords = 8;       // a numbered heading in the body's own face
constexpr int kMaxHeadingLines = 3;
constexpr double kDefaultPitch = 1.2;          // line distance in ems when a page shows too few lines

// ------------------------------------------------------------------ line shapes

bool starts_upper_or_digit(std::string_view s) {
    const UChar32 c = first_code_point(s);
    return u_isupper(c) || u_istitle(c) || u_isdigit(c);
}

bool starts_lower(std::string_view s) { return u_islower(first_code_point(s)); }

int word_count(std::string_view s) {
    int words = 0;
    bool in_word = false;
    for (char c : s) {
        const bool space = c == ' ';
        if (!space && !in_word) ++words;
        in_word = !space;
    }
    return words;
}

bool ends_with_any(std::string_view s, std::string_view chars) {
    std::string_view t = text::trim(s);
    return !t.empty() && chars.find(t.back()) != std::string_view::npos;
}

// "3 Visie" -> 1, "3.1 Titel" -> 2, "3.1.2. Titel" -> 3; 0 for no numbered heading.
int numbered_heading_depth(std::string_view line) {
    static const std::regex numbered(R"(^(\d{1,2}(\.\d{1,2})*)\.? +(\S.*)$)");
    std::cmatch match;
    if (!std::regex_match(line.data(), line.data() + line.size(), match, numbered)) return 0;
    if (!starts_upper_or_digit(match[3].str())) return 0;
    const std::string number = match[1].str();
    return 1 + static_cast<int>(std::count(number.begin(), number.end(), '.'));
}

// A line of a table of contents: "3 Visie ........ 12".
bool is_contents_line(std::string_view line) {
    static const std::regex contents(R"((\.\s?){4,}\s*\d{1,3}$|\xE2\x80\xA6\s*\d{1,3}$)");
    return std::regex_search(line.data(), line.data() + line.size(), contents);
}

bool is_named_heading(std::string_view line) {
    static const std::regex named(R"(^(hoofdstuk|bijlage|paragraaf|chapter|appendix|annex) +[0-9A-Za-z]{1,4}\b.*)", std::regex::icase);
    return std::regex_match(line.data(), line.data() + line.size(), named);
}

// ------------------------------------------------------------------ page statistics

struct Stats {
    double body_font = 10;
    double pitch = kDefaultPitch;   // usual line distance in ems
    bool bold_is_body = false;      // most text is bold: bold says nothing
};

double quantile(std::vector<double> values, double q) {
    std::sort(values.begin(), values.end());
    return values[static_cast<std::size_t>(q * static_cast<double>(values.size() - 1))];
}

bool overlaps_horizontally(const TextLine& a, const TextLine& b) {
    const double overlap = std::min(a.right, b.right) - std::max(a.left, b.left);
    const double narrower = std::min(a.right - a.left, b.right - b.left);
    return overlap > 0 && overlap >= 0.5 * narrower;
}

bool same_font(const TextLine& a, const TextLine& b) { return std::abs(a.font_size - b.font_size) <= 0.15 * std::max(a.font_size, b.font_size); }

std::vector<double> line_pitches(const PageLines& page) {
    std::vector<double> pitches;
    for (std::size_t i = 1; i < page.lines.size(); ++i) {
        const TextLine& a = page.lines[i - 1];
        const TextLine& b = page.lines[i];
        if (a.font_size <= 0 || !same_font(a, b) || !overlaps_horizontally(a, b)) continue;
        const double ems = (b.top - a.top) / a.font_size;
        if (ems > 0.5 && ems < 3) pitches.push_back(ems);
    }
    return pitches;
}

// Statistics over the pages of one origin (text layer or OCR: their font sizes differ in kind).
Stats document_stats(const std::vector<PageLines>& pages, bool from_ocr) {
    std::map<long, std::size_t> chars_by_size;
    std::size_t bold_chars = 0;
    std::size_t all_chars = 0;
    std::vector<double> pitches;
    for (const PageLines& page : pages) {
        if (page.from_ocr != from_ocr) continue;
        for (const TextLine& line : page.lines) {
            chars_by_size[std::lround(line.font_size * 2)] += line.text.size();
            all_chars += line.text.size();
            if (line.bold) bold_chars += line.text.size();
        }
        std::vector<double> page_pitches = line_pitches(page);
        pitches.insert(pitches.end(), page_pitches.begin(), page_pitches.end());
    }
    Stats stats;
    if (!chars_by_size.empty()) {
        auto most = std::max_element(chars_by_size.begin(), chars_by_size.end(),
                                     [](const auto& a, const auto& b) { return a.second < b.second; });
        stats.body_font = std::max(1.0, static_cast<double>(most->first) / 2);
    }
    stats.bold_is_body = all_chars > 0 && bold_chars * 2 > all_chars;
    // A low quantile: letters of one-line paragraphs have more paragraph gaps than line pitches.
    if (pitches.size() >= 3) stats.pitch = quantile(pitches, 0.25);
    return stats;
}

Stats page_stats(const PageLines& page, const Stats& document) {
    Stats stats = document;
    std::vector<double> pitches = line_pitches(page);
    if (pitches.size() >= 3) stats.pitch = quantile(pitches, 0.25);
    return stats;
}

// A paragraph or list item that is not finished goes on in the next column or on the next
// page when that starts in lower case (or the last word was broken off at a hyphen).
bool runs_on(const LayoutBlock& block, std::string_view next) {
    if (block.kind == LayoutBlock::Kind::heading) return false;
    if (ends_in_word_hyphen(block.text)) return true;
    return !ends_sentence(block.text) && starts_lower(next);
}

// ------------------------------------------------------------------ one page

class PageLayout {
public:
    PageLayout(const PageLines& page, const Stats& stats) : page_(page), stats_(stats) {
        for (std::size_t i = 0; i < page.lines.size(); ++i) column_right_.push_back(column_right(i));
    }

    std::vector<LayoutBlock> blocks() {
        for (std::size_t i = 0; i < page_.lines.size(); ++i) add_line(i);
        return std::move(blocks_);
    }

private:
    // The right edge of the column a line stands in: the furthest any line in the same face
    // and the same horizontal stretch reaches.
    double column_right(std::size_t index) const {
        const TextLine& line = page_.lines[index];
        double right = line.right;
        for (const TextLine& other : page_.lines)
            if (same_font(line, other) && overlaps_horizontally(line, other)) right = std::max(right, other.right);
        return right;
    }

    double em(const TextLine& line) const { return line.font_size > 0 ? line.font_size : stats_.body_font; }

    bool is_large(const TextLine& line) const { return line.font_size >= stats_.body_font * kLargerFont; }
    bool is_bold(const TextLine& line) const { return line.bold && !stats_.bold_is_body; }

    // 0 for no heading, else its level.
    int heading_level(std::size_t index, bool has_marker) const {
        const TextLine& line = page_.lines[index];
        const std::string& t = line.text;
        const int words = word_count(t);
        if (words > kMaxHeadingWords || ends_with_any(t, ".,;:") || !starts_upper_or_digit(t)) return 0;
        // "1 Zie de nota Economie 2030" in small print at the foot of a page is a footnote.
        if (line.font_size < stats_.body_font * kSmallerFont) return 0;
        if (is_contents_line(t)) return 0;
        const bool styled = is_large(line) || is_bold(line);
        const int depth = numbered_heading_depth(t);
        if (styled) {
            if (depth > 0) return depth;
            if (is_named_heading(t)) return 1;
            if (has_marker) return 0;
            return is_large(line) && line.font_size >= stats_.body_font * kMuchLargerFont ? 1 : 2;
        }
        if (has_marker || words > kMaxPlainHeadingWords) return 0;
        const bool stops_short = line.right < column_right_[index] - kHeadingClearance * em(line);
        if (!stops_short) return 0;
        if (depth > 0) return depth;
        return is_named_heading(t) ? 1 : 0;
    }

    // The line above stopped while the first word of this one would have fitted after it.
    bool previous_ended_early(std::size_t index) const {
        const TextLine& previous = page_.lines[index - 1];
        const TextLine& line = page_.lines[index];
        if (ends_in_word_hyphen(previous.text)) return false;
        const double room = column_right_[index - 1] - previous.right;
        const double needed = line.first_word_width + (0.3 + kShortLineSlack) * em(previous);
        return room > needed;
    }

    bool changes_column(std::size_t index) const {
        const TextLine& previous = page_.lines[index - 1];
        const TextLine& line = page_.lines[index];
        return !overlaps_horizontally(previous, line) || line.top < previous.top - 0.5 * em(previous);
    }

    bool after_gap(std::size_t index) const {
        const TextLine& previous = page_.lines[index - 1];
        const TextLine& line = page_.lines[index];
        return line.top - previous.top > stats_.pitch * kParagraphGap * em(previous);
    }

    void start_block(std::size_t index, LayoutBlock::Kind kind, std::string content) {
        const TextLine& line = page_.lines[index];
        LayoutBlock block;
        block.kind = kind;
        block.text = std::move(content);
        block.left = line.left;
        block.content_left = line.content_left > 0 ? line.content_left : line.left;
        block.font_size = line.font_size;
        blocks_.push_back(std::move(block));
        lines_in_block_ = 1;
    }

    void append(std::size_t index) {
        blocks_.back().text = join_lines(blocks_.back().text, page_.lines[index].text);
        ++lines_in_block_;
    }

    void add_line(std::size_t index) {
        const TextLine& line = page_.lines[index];
        std::optional<ListMarker> marker = list_marker(line.text);
        const int level = heading_level(index, marker.has_value());
        if (blocks_.empty()) {
            start_first(index, marker, level);
            return;
        }
        LayoutBlock& current = blocks_.back();
        const TextLine& previous = page_.lines[index - 1];
        if (level > 0) {
            // The second line of a heading in the same face ("3.1 Een titel die over" + "twee
            // regels loopt"), unless it is numbered itself.
            const bool continues_heading = current.kind == LayoutBlock::Kind::heading && lines_in_block_ < kMaxHeadingLines &&
                                           numbered_heading_depth(line.text) == 0 && same_font(previous, line) &&
                                           is_bold(previous) == is_bold(line) && !after_gap(index) && !changes_column(index);
            if (continues_heading) append(index);
            else start_heading(index, level);
            return;
        }
        if (marker) {
            start_block(index, LayoutBlock::Kind::list_item, marker->content);
            blocks_.back().marker = marker->body_marker;
            return;
        }
        if (current.kind == LayoutBlock::Kind::heading) {
            const bool continues_heading = lines_in_block_ < kMaxHeadingLines && (is_large(previous) || is_bold(previous)) &&
                                           same_font(previous, line) && is_bold(previous) == is_bold(line) &&
                                           !after_gap(index) && !changes_column(index) && word_count(line.text) <= kMaxHeadingWords;
            if (continues_heading) append(index);
            else start_block(index, LayoutBlock::Kind::paragraph, line.text);
            return;
        }
        if (changes_column(index)) {
            if (runs_on(current, line.text)) append(index);
            else start_block(index, LayoutBlock::Kind::paragraph, line.text);
            return;
        }
        const double slack = kAlignmentSlack * em(line);
        // Each entry of a table of contents stays on a line of its own.
        bool new_paragraph = is_contents_line(previous.text) || is_contents_line(line.text) || after_gap(index) || previous_ended_early(index) || !same_font(previous, line);
        if (current.kind == LayoutBlock::Kind::list_item) new_paragraph = new_paragraph || line.left < current.content_left - slack;
        else new_paragraph = new_paragraph || line.left > previous.left + kIndent * em(line);
        if (new_paragraph) start_block(index, LayoutBlock::Kind::paragraph, line.text);
        else append(index);
    }

    void start_first(std::size_t index, const std::optional<ListMarker>& marker, int level) {
        if (level > 0) {
            start_heading(index, level);
        } else if (marker) {
            start_block(index, LayoutBlock::Kind::list_item, marker->content);
            blocks_.back().marker = marker->body_marker;
        } else {
            start_block(index, LayoutBlock::Kind::paragraph, page_.lines[index].text);
        }
    }

    void start_heading(std::size_t index, int level) {
        start_block(index, LayoutBlock::Kind::heading, page_.lines[index].text);
        blocks_.back().level = level;
    }

    const PageLines& page_;
    const Stats& stats_;
    std::vector<double> column_right_;
    std::vector<LayoutBlock> blocks_;
    int lines_in_block_ = 0;
};

bool starts_with_paragraph(const std::vector<LayoutBlock>& blocks) {
    return !blocks.empty() && blocks.front().kind == LayoutBlock::Kind::paragraph;
}

// Nesting of list items from where their markers stand: deeper when further right.
void assign_list_depths(std::vector<LayoutBlock>& blocks) {
    std::vector<double> lefts;
    for (LayoutBlock& block : blocks) {
        if (block.kind != LayoutBlock::Kind::list_item) {
            lefts.clear();
            continue;
        }
        const double slack = kAlignmentSlack * (block.font_size > 0 ? block.font_size : 10);
        while (!lefts.empty() && block.left < lefts.back() - slack) lefts.pop_back();
        if (lefts.empty() || block.left > lefts.back() + slack) lefts.push_back(block.left);
        block.depth = static_cast<int>(lefts.size()) - 1;
    }
}

}  // namespace

std::vector<std::vector<LayoutBlock>> lay_out_pages(std::vector<PageLines> pages) {
    drop_running_lines(pages);
    const Stats text_stats = document_stats(pages, false);
    const Stats ocr_stats = document_stats(pages, true);
    std::vector<std::vector<LayoutBlock>> laid_out;
    for (const PageLines& page : pages) {
        const Stats stats = page_stats(page, page.from_ocr ? ocr_stats : text_stats);
        laid_out.push_back(PageLayout(page, stats).blocks());
    }
    // A paragraph that runs on over a page break stays whole on the page where it starts.
    for (std::size_t p = 1; p < laid_out.size(); ++p) {
        std::vector<LayoutBlock>& before = laid_out[p - 1];
        std::vector<LayoutBlock>& after = laid_out[p];
        if (before.empty() || !starts_with_paragraph(after)) continue;
        LayoutBlock& last = before.back();
        if (!runs_on(last, after.front().text)) continue;
        last.text = join_lines(last.text, after.front().text);
        after.erase(after.begin());
    }
    for (std::vector<LayoutBlock>& blocks : laid_out) assign_list_depths(blocks);
    return laid_out;
}

std::string write_body(const std::vector<std::vector<LayoutBlock>>& pages) {
    std::string body;
    for (std::size_t p = 0; p < pages.size(); ++p) {
        if (p > 0) body += body.empty() ? "\f\n\n" : "\n\f\n\n";
        const std::vector<LayoutBlock>& blocks = pages[p];
        for (std::size_t i = 0; i < blocks.size(); ++i) {
            const LayoutBlock& block = blocks[i];
            if (i > 0) {
                const bool same_list = block.kind == LayoutBlock::Kind::list_item && blocks[i - 1].kind == LayoutBlock::Kind::list_item;
                body += same_list ? "\n" : "\n\n";
            }
            const std::string content = text::normalize_whitespace(block.text);
            switch (block.kind) {
                case LayoutBlock::Kind::heading:
                    body += std::string(static_cast<std::size_t>(std::clamp(block.level, 1, 6)), '#') + " " + content;
                    break;
                case LayoutBlock::Kind::list_item:
                    body += std::string(static_cast<std::size_t>(block.depth) * 2, ' ') + block.marker + " " + content;
                    break;
                case LayoutBlock::Kind::paragraph:
                    body += content;
                    break;
            }
        }
        if (!blocks.empty()) body += "\n";
    }
    return body;
}

std::string layout_body(std::vector<PageLines> pages) { return write_body(lay_out_pages(std::move(pages))); }

}  // namespace inspraak::ingest
