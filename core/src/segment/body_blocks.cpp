#include "segment/body_blocks.hpp"

#include <optional>

#include "inspraak/text.hpp"

namespace inspraak::core {
namespace {

constexpr int kMaxLabelWords = 5;

std::optional<std::string> atx_heading(std::string_view line) {
    std::optional<std::string_view> content = atx_heading_content(line);
    if (!content) return std::nullopt;
    return text::normalize_whitespace(*content);
}

size_t indentation(std::string_view line) {
    size_t indent = 0;
    for (char ch : line) {
        if (ch == ' ') ++indent;
        else if (ch == '\t') indent += 4;
        else break;
    }
    return indent;
}

// A block that so far is one short line without closing punctuation ("2. Criteria",
// "Hoofdstuk 5"): a label, not the first line of a wrapped sentence, when the next line starts
// with a capital.
bool is_label_line(const BodyBlock& block) {
    return block.line_count == 1 && word_count(block.text) <= kMaxLabelWords && !ends_with_any(block.text, ".!?;,:");
}

void append_line(BodyBlock& block, std::string_view line) {
    std::string normalised = text::normalize_whitespace(line);
    if (normalised.empty()) return;
    if (!block.text.empty()) block.text.push_back(' ');
    block.text += normalised;
    ++block.line_count;
}

}  // namespace

std::vector<BodyBlock> read_body_blocks(const std::vector<std::string_view>& lines) {
    std::vector<BodyBlock> blocks;
    bool open = false;          // the last block can take continuation lines
    bool blank_before = false;  // a blank line since the last text line
    for (std::string_view line : lines) {
        if (text::trim(line).empty()) {
            blank_before = true;
            continue;
        }
        if (auto heading = atx_heading(line)) {
            open = false;
            if (heading->empty()) continue;
            BodyBlock block;
            block.kind = BodyBlock::Kind::heading;
            block.text = *heading;
            block.line_count = 1;
            block.blank_before = blank_before;
            blocks.push_back(std::move(block));
            blank_before = false;
            continue;
        }
        if (auto marker = parse_list_marker(line)) {
            BodyBlock block;
            block.kind = BodyBlock::Kind::list_item;
            block.indent = marker->indent;
            block.marker = marker->kind;
            block.blank_before = blank_before;
            append_line(block, marker->content);
            blocks.push_back(std::move(block));
            open = true;
            blank_before = false;
            continue;
        }
        // A continuation: the next line of the same paragraph or list item; after a blank
        // line only an indented line continues a list item (Markdown's lazy continuation).
        bool continues = open && !blocks.empty();
        if (continues && blank_before) {
            const BodyBlock& last = blocks.back();
            continues = last.kind == BodyBlock::Kind::list_item && indentation(line) > last.indent;
        }
        if (continues && is_label_line(blocks.back()) && starts_with_uppercase(line)) continues = false;
        if (continues) {
            append_line(blocks.back(), line);
        } else {
            BodyBlock block;
            block.kind = BodyBlock::Kind::paragraph;
            block.blank_before = blank_before;
            append_line(block, line);
            blocks.push_back(std::move(block));
            open = true;
        }
        blank_before = false;
    }
    return blocks;
}

}  // namespace inspraak::core
