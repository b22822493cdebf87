// The difference between a change's old and new text, word by word, as the reports mark it
// (<del>/<ins> in HTML, tracked changes in Word, ~~/** in Markdown, segments in JSON). Computed
// once here, in the report model, so that every format shows the same difference.
#pragma once

#include <string_view>
#include <vector>

#include "inspraak/report_model.hpp"

namespace inspraak::core {

// Segments in reading order: "same" (in both), "del" (only in the old text), "ins" (only in the
// new). Words are compared exactly (punctuation included) along a longest common subsequence;
// within a stretch that differs the deleted words come before the inserted ones. Words are
// joined by single spaces; the space between a kept word and a changed one belongs to the kept
// segment, so that a changed segment never starts or ends with a space (Markdown's ~~ and **
// need that). So one side alone may have two spaces where the other side's words were; shown
// as HTML or Word shows it, that is one. An empty old text gives
// one "ins" segment, an empty new text one "del"; two empty texts nothing. Texts past
// `max_words` words each are not aligned: the old text deleted, the new inserted.
std::vector<ReportTextSegment> word_diff(std::string_view old_text, std::string_view new_text, size_t max_words = 2000);

}  // namespace inspraak::core
