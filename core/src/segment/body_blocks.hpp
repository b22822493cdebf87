// The body of a submission as blocks: headings, paragraphs and list items, with wrapped lines
// joined. The segmenter decides which blocks are points and which are headings.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "framework/text_shape.hpp"

namespace inspraak::core {

struct BodyBlock {
    enum class Kind { heading, paragraph, list_item };
    Kind kind = Kind::paragraph;
    std::string text;               // whitespace normalised; without '#' or list marker
    int line_count = 0;             // source lines joined into it
    bool blank_before = false;      // a blank line separates it from the block before
    size_t indent = 0;              // list items: indentation of the marker
    ListMarker::Kind marker = ListMarker::Kind::bullet;  // list items
};

// `lines` are the body's lines with greeting and signature already removed.
std::vector<BodyBlock> read_body_blocks(const std::vector<std::string_view>& lines);

}  // namespace inspraak::core
