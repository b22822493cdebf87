// The officer's texts (the general reaction, a reaction to a point) are light Markdown:
// paragraphs end at a blank line; a line starting with "- ", "* " or "• " opens a list item and
// the lines after it continue that item (as Markdown reads them); **bold** and *italic* are the
// only inline marks. Reporters read them through this one reading and write their own format.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace inspraak::markdown {

struct Block {
    bool list_item = false;
    std::string text;  // the block's lines, trimmed and joined by a space; marks still in it
};

// The paragraphs and list items of `markdown`, in order; blank input gives none.
std::vector<Block> blocks(std::string_view markdown);

struct Span {
    std::string text;
    bool bold = false;
    bool italic = false;
};

// `text` cut where emphasis starts and ends. A mark opens only before a non-space and closes only
// after one ("*x*" is emphasis, "5 * 3 * 2" is not); an unpaired mark stays as text.
std::vector<Span> spans(std::string_view text);

}  // namespace inspraak::markdown
