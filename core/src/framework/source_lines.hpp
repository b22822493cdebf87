// A framework document as a list of lines, each with what the layout tells about it: the page it
// is on, whether it opens a page, whether it sits in a footnote block. Heading detection and
// passage building work on these instead of on raw text.
#pragma once

#include <string_view>
#include <vector>

namespace inspraak::core {

struct SourceLine {
    std::string_view text;     // without the line ending; points into the imported text
    int page = 0;              // 1-based when the text has form feeds (\f), else 0
    bool blank = false;        // empty or whitespace only
    bool page_start = false;   // first line after a \f, or (PDF extraction quirk) a line that
                               // starts with exactly one space: pdftotext-like tools write the
                               // first line of every page that way
    bool in_footnotes = false; // after a footnote separator, up to the next page start
    bool typeset_heading = false;  // marked '#' by the reader of a PDF: set as a heading there
};

// Splits `text` into lines. With `detect_footnotes`, marks footnote blocks: a whitespace-only
// line of five or more characters (or a rule of underscores) is the separator that PDF
// extraction leaves above the footnotes of a page; the block ends where the next page starts,
// or after kMaxFootnoteLines lines when no page start is visible.
// With `heading_marks` (the body of a PDF, whose reader marks the lines it saw typeset as
// headings with '#'), a line starting with one to six '#' and a space loses them and is flagged
// typeset_heading.
std::vector<SourceLine> read_source_lines(std::string_view text, bool detect_footnotes, bool heading_marks = false);

inline constexpr int kMaxFootnoteLines = 15;

}  // namespace inspraak::core
