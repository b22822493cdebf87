// What both readers settle before they read headings: the table of contents, whose lines are no
// passage of any chapter, and the rules the outline follows (round.json's outline first, then the
// table of contents, then the numbering).
#pragma once

#include <optional>
#include <vector>

#include "framework/framework_import.hpp"
#include "framework/outline_plan.hpp"
#include "framework/source_lines.hpp"
#include "framework/table_of_contents.hpp"

namespace inspraak::core {

struct OutlineSetup {
    OutlineRules rules;
    std::optional<TableOfContents> contents;

    bool in_contents(size_t line) const {
        return contents && line >= contents->first_line && line < contents->end_line;
    }
};

OutlineSetup prepare_outline(const std::vector<SourceLine>& lines, const OutlineOverride& outline, bool plain_text);

}  // namespace inspraak::core
