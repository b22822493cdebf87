// Markdown (written by hand or by a converter such as pandoc): headings are marked with '#' or
// underlined ("===", "---"), so every numbered heading is taken as it is, whatever the numbering
// before it. Converters wrap heading text in emphasis ("#### **1 Inleiding**"); that is removed.
#include <optional>
#include <string>

#include "framework/framework_builder.hpp"
#include "framework/framework_readers.hpp"
#include "framework/heading_parser.hpp"
#include "framework/source_lines.hpp"
#include "framework/text_shape.hpp"
#include "inspraak/text.hpp"

namespace inspraak::core {
namespace {

// "## Title", "#### **1 Inleiding** ##"; the heading text without hashes and emphasis.
std::optional<std::string> atx_heading_text(std::string_view line) {
    std::optional<std::string_view> content = atx_heading_content(line);
    if (!content) return std::nullopt;
    return strip_markdown_emphasis(*content);
}

bool is_setext_underline(std::string_view line) {
    std::string_view t = text::trim(line);
    if (t.size() < 2) return false;
    for (char ch : t)
        if (ch != '=' && ch != '-') return false;
    return t.find('=') == std::string_view::npos || t.find('-') == std::string_view::npos;
}

// A whole line in bold ("**2 Motieven**"): how converters write headings that had no heading
// style in the original document.
std::optional<std::string> bold_line_text(std::string_view line) {
    std::string_view t = text::trim(line);
    if (t.size() < 5) return std::nullopt;
    bool bold = (t.substr(0, 2) == "**" && t.substr(t.size() - 2) == "**") ||
                (t.substr(0, 2) == "__" && t.substr(t.size() - 2) == "__");
    if (!bold) return std::nullopt;
    return strip_markdown_emphasis(t);
}

bool is_code_fence(std::string_view line) {
    std::string_view t = text::trim(line);
    return t.substr(0, 3) == "```" || t.substr(0, 3) == "~~~";
}

void add_heading(FrameworkBuilder& builder, const std::string& heading_text, int page) {
    if (heading_text.empty()) return;
    std::optional<HeadingCandidate> heading = parse_heading(heading_text);
    if (heading && (heading->appendix || !heading->title.empty()) &&
        builder.add_section_heading(*heading, heading_text, page))
        return;
    builder.add_plain_heading(heading_text, page);
}

}  // namespace

Framework read_markdown_framework(std::string_view text) {
    const std::vector<SourceLine> lines = read_source_lines(text, /*detect_footnotes=*/false);
    FrameworkBuilder builder(/*join_wrapped_paragraphs=*/false);
    bool in_code = false;
    for (size_t i = 0; i < lines.size(); ++i) {
        const SourceLine& line = lines[i];
        if (is_code_fence(line.text)) {
            in_code = !in_code;
            continue;
        }
        if (in_code) {
            builder.add_text_line(line.text, line.page);
            continue;
        }
        if (line.blank) {
            builder.add_blank_line();
            continue;
        }
        if (auto heading_text = atx_heading_text(line.text)) {
            add_heading(builder, *heading_text, line.page);
            continue;
        }
        const bool underlined = i + 1 < lines.size() && is_setext_underline(lines[i + 1].text) &&
                                !parse_list_marker(line.text);
        if (underlined) {
            add_heading(builder, strip_markdown_emphasis(line.text), line.page);
            ++i;
            continue;
        }
        if (auto bold_text = bold_line_text(line.text)) {
            std::optional<HeadingCandidate> heading = parse_heading(*bold_text);
            if ((heading && looks_like_title(heading->title)) || word_count(*bold_text) <= kMaxTitleWords) {
                add_heading(builder, *bold_text, line.page);
                continue;
            }
        }
        if (is_setext_underline(line.text)) continue;  // a thematic break ("---") between paragraphs
        builder.add_text_line(line.text, line.page);
    }
    return builder.finish();
}

}  // namespace inspraak::core
