// A small round for the report plugin tests: two senders, five points, chapters including an
// appendix, three routes including "geen", and points that try to break every format.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "inspraak/report_model.hpp"

namespace report_test {

// Dutch, without personal data, templates from the source tree.
inspraak::ReportModel make_model();

// The model after inspraak revise: a rewritten sentence in 5.2 (page 7) that I001.2 and the
// campaign-free I002.1 led to, and an addition no point asked for.
inspraak::ReportModel with_framework_changes(inspraak::ReportModel model);

// How often `needle` occurs in `haystack`.
std::size_t count_of(std::string_view haystack, std::string_view needle);

}  // namespace report_test
