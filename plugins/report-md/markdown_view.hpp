// The Markdown report's own part of the template data (the rest comes from
// inspraak/report_view.hpp, shared with the HTML report).
#pragma once

#include <string>

#include <kainjow/mustache.hpp>

namespace inspraak::report_md {

// The officer's general reaction as the template's "general" list: one {text} per paragraph
// (paragraphs end at a blank line; the lines of a paragraph keep their line breaks).
kainjow::mustache::data general_paragraphs(const std::string& general_reaction);

}  // namespace inspraak::report_md
