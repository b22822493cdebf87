// Text as it lies on a page: the common ground of the PDF text layer and OCR. Both plugins turn
// what they read into PageLines, and one layout (page_layout.hpp) turns those into the body.
#pragma once

#include <span>
#include <string>
#include <vector>

namespace inspraak::ingest {

// One line of text in reading order. Coordinates are in points (1/72 inch) with the origin at
// the top left of the page, whatever the source: OCR converts its pixels.
struct TextLine {
    std::string text;  // the words joined with single spaces, UTF-8
    double left = 0;
    double top = 0;
    double right = 0;
    double bottom = 0;
    // The text layer's nominal font size; for OCR the height of the line, which is on the same
    // scale for the same page but not exactly the point size.
    double font_size = 0;
    bool bold = false;               // every word in a bold face (text layer only)
    double first_word_width = 0;     // to tell whether it would have fitted on the line above
    double content_left = 0;         // left of the text after a list marker; `left` otherwise
};

struct PageLines {
    double width = 0;   // points
    double height = 0;  // points
    bool from_ocr = false;
    std::vector<TextLine> lines;  // reading order
};

// A word as the text layer or OCR found it, in the same coordinates.
struct LineWord {
    std::string text;
    double left = 0;
    double top = 0;
    double right = 0;
    double bottom = 0;
    double font_size = 0;     // nominal size, or the height of its line for OCR
    bool bold = false;
    bool space_after = true;  // the text layer says whether a space follows
};

// One line from its words, left to right: text joined with spaces where the source has them
// (or where the words stand apart), the bounding box, the median font size, bold when every
// word but a list marker is bold, and where the text after a list marker starts.
TextLine make_line(std::span<const LineWord> words);

}  // namespace inspraak::ingest
