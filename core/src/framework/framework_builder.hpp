// Turns the heading decisions and text lines of a framework document into a Framework: sections
// with stable ids, and passages (paragraphs, list items, heading lines) each tied to the deepest
// section they fall in.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "framework/heading_parser.hpp"
#include "inspraak/model.hpp"

namespace inspraak::core {

class FrameworkBuilder {
public:
    // With `join_wrapped_paragraphs` (text extracted from PDF), a paragraph continues across a
    // blank line when it has not ended a sentence and the next line starts in lower case:
    // extraction puts blank lines inside wrapped list items and paragraphs.
    explicit FrameworkBuilder(bool join_wrapped_paragraphs);

    // A chapter, appendix or numbered section. Returns false (and adds nothing) for a numbered
    // section that has no chapter to belong to; the caller then treats the line as a plain heading.
    bool add_section_heading(const HeadingCandidate& heading, std::string_view heading_line, int page);
    // A heading without a number: a passage with is_heading inside the current section.
    void add_plain_heading(std::string_view heading_line, int page);
    void add_text_line(std::string_view line, int page);
    void add_blank_line();
    // Ends the current paragraph, e.g. where a footnote block starts or ends.
    void break_paragraph();

    Framework finish();

private:
    void flush_paragraph();
    void add_passage(std::string text, int page, bool is_heading);
    void consider_as_title(std::string_view line);
    std::string unique_id(const std::string& base);
    std::string parent_for_section(const HeadingCandidate& heading) const;

    bool join_wrapped_paragraphs_;
    Framework framework_;
    std::set<std::string> used_ids_;
    std::map<std::string, std::string> chapter_id_by_number_;  // latest chapter with that number
    std::string current_chapter_id_;                           // chapter or appendix
    std::string current_chapter_number_;
    std::string current_section_id_;                           // deepest section
    bool title_considered_ = false;

    std::vector<std::string_view> paragraph_lines_;
    int paragraph_page_ = 0;       // page of the first line
    int paragraph_last_page_ = 0;  // page of the last line
    bool blank_since_last_line_ = false;
    int next_ordinal_ = 1;
};

}  // namespace inspraak::core
