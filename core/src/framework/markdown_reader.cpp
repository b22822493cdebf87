// Markdown (written by hand or by a converter such as pandoc or marker): headings are marked with
// '#', underlined ("===", "---") or a whole line in bold. Which of them are chapters is decided
// by the outline rules (outline_plan.hpp), not by their level: converted documents set chapters
// as "###" and "#" alike, and set numbered list items as headings. Converters wrap heading text
// in emphasis and anchors ("# <span id="page-4-0"></span>**3 Beleidskader**"); that is removed.
#include <optional>
#include <string>

#include "framework/framework_builder.hpp"
#include "framework/framework_readers.hpp"
#include "framework/heading_parser.hpp"
#include "framework/outline_setup.hpp"
#include "framework/source_lines.hpp"
#include "framework/text_shape.hpp"
#include "inspraak/text.hpp"

namespace inspraak::core {
namespace {

// Heading "level" of a whole line in bold, which has none of its own.
constexpr int kBoldLineLevel = 0;

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
    return strip_inline_markup(t);
}

bool is_code_fence(std::string_view line) {
    std::string_view t = text::trim(line);
    return t.substr(0, 3) == "```" || t.substr(0, 3) == "~~~";
}

// The emphasis a heading's text starts with, after any anchors: "b" (bold), "i" (italic), "".
std::string leading_emphasis(std::string_view content) {
    size_t i = 0;
    while (i < content.size()) {
        if (content[i] == ' ') {
            ++i;
        } else if (content[i] == '<') {
            const size_t close = content.find('>', i);
            if (close == std::string_view::npos) break;
            i = close + 1;
        } else {
            break;
        }
    }
    size_t marks = 0;
    while (i + marks < content.size() && (content[i + marks] == '*' || content[i + marks] == '_')) ++marks;
    return marks >= 2 ? "b" : marks == 1 ? "i" : "";
}

HeadingLine heading_line(std::string_view content, int level) {
    HeadingLine line;
    line.text = tidy_title(strip_inline_markup(content));
    line.level = level;
    line.marked = true;
    std::optional<HeadingCandidate> heading = parse_heading(line.text);
    if (heading && (heading->appendix || !heading->title.empty())) {
        line.look = "h" + std::to_string(level) + leading_emphasis(content) + (heading->trailing_dot ? "." : "") +
                    (heading->keyword ? "k" : "");
        // A chapter's title reads like one: "2 oktober 2025" on a title page, or a quoted
        // "1. Inleidende regels." is no chapter. Sections and appendices are taken as marked.
        line.plausible = heading->appendix || heading->keyword || heading->number.size() > 1 ||
                         looks_like_title(heading->title);
        line.heading = std::move(heading);
    }
    return line;
}

struct Block {
    enum class Kind { text, blank, heading };
    Kind kind = Kind::text;
    std::string_view line;  // text: the source line (the builder keeps views into the text)
    int page = 0;
    size_t heading = 0;     // heading: index into the heading lines
};

}  // namespace

Framework read_markdown_framework(std::string_view text, const OutlineOverride& outline) {
    const std::vector<SourceLine> lines = read_source_lines(text, /*detect_footnotes=*/false);
    const OutlineSetup setup = prepare_outline(lines, outline, /*plain_text=*/false);

    std::vector<Block> blocks;
    std::vector<HeadingLine> headings;
    auto add_heading = [&](std::string_view content, int level, int page) {
        HeadingLine heading = heading_line(content, level);
        if (heading.text.empty()) return;
        headings.push_back(std::move(heading));
        blocks.push_back({Block::Kind::heading, {}, page, headings.size() - 1});
    };
    bool in_code = false;
    for (size_t i = 0; i < lines.size(); ++i) {
        const SourceLine& line = lines[i];
        if (setup.in_contents(i)) continue;  // the table of contents is no passage of any chapter
        if (is_code_fence(line.text)) {
            in_code = !in_code;
            continue;
        }
        if (in_code) {
            blocks.push_back({Block::Kind::text, line.text, line.page, 0});
            continue;
        }
        if (line.blank) {
            blocks.push_back({Block::Kind::blank, {}, line.page, 0});
            continue;
        }
        if (auto content = atx_heading_content(line.text)) {
            const size_t hashes = text::trim(line.text).find_first_not_of('#');
            add_heading(*content, static_cast<int>(hashes), line.page);
            continue;
        }
        const bool underlined = i + 1 < lines.size() && is_setext_underline(lines[i + 1].text) &&
                                !parse_list_marker(line.text);
        if (underlined) {
            add_heading(line.text, text::trim(lines[i + 1].text).front() == '=' ? 1 : 2, line.page);
            ++i;
            continue;
        }
        if (auto bold_text = bold_line_text(line.text)) {
            std::optional<HeadingCandidate> heading = parse_heading(*bold_text);
            if ((heading && looks_like_title(heading->title)) || word_count(*bold_text) <= kMaxTitleWords) {
                add_heading(line.text, kBoldLineLevel, line.page);
                continue;
            }
        }
        if (is_setext_underline(line.text)) continue;  // a thematic break ("---") between paragraphs
        blocks.push_back({Block::Kind::text, line.text, line.page, 0});
    }

    const std::vector<OutlineDecision> decisions = plan_outline(headings, setup.rules);
    FrameworkBuilder builder(/*join_wrapped_paragraphs=*/false);
    for (const Block& block : blocks) {
        switch (block.kind) {
        case Block::Kind::text:
            builder.add_text_line(block.line, block.page);
            break;
        case Block::Kind::blank:
            builder.add_blank_line();
            break;
        case Block::Kind::heading: {
            const OutlineDecision& decision = decisions[block.heading];
            const std::string& heading_text = headings[block.heading].text;
            if (decision.role == OutlineRole::none ||
                !builder.add_section_heading(decision.heading, heading_text, block.page))
                builder.add_plain_heading(heading_text, block.page);
            break;
        }
        }
    }
    return builder.finish();
}

}  // namespace inspraak::core
