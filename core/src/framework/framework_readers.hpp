// The two readers behind import_framework: one for text extracted from PDF or Word, one for
// Markdown. Internal to the framework part.
#pragma once

#include <string_view>

#include "inspraak/model.hpp"

namespace inspraak::core {

Framework read_plain_text_framework(std::string_view text);
Framework read_markdown_framework(std::string_view text);

}  // namespace inspraak::core
