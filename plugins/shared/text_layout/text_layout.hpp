// Tidies the line layout of a UTF-8 body, so that every ingest plugin hands the segmenter the
// same shape of text. Shared by the ingest plugins for text and mail (library text_layout).
#pragma once

#include <string>
#include <string_view>

namespace inspraak::ingest {

// Line endings become \n (form feeds too), trailing whitespace goes, runs of blank lines become
// one blank line, and blank lines at the start and the end are removed. Indentation stays.
std::string tidy_layout(std::string_view text);

}  // namespace inspraak::ingest
