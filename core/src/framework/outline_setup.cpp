#include "framework/outline_setup.hpp"

namespace inspraak::core {

OutlineSetup prepare_outline(const std::vector<SourceLine>& lines, const OutlineOverride& outline, bool plain_text) {
    OutlineSetup setup;
    setup.rules.plain_text = plain_text;
    setup.rules.chapter_level = outline.chapter_level;
    setup.contents = find_table_of_contents(lines);
    for (const std::string& chapter : outline.chapters)
        if (std::optional<OutlineEntry> entry = parse_outline_entry(chapter)) setup.rules.listed.push_back(*entry);
    if (setup.rules.listed.empty() && setup.contents) {
        setup.rules.listed = setup.contents->entries;
        setup.rules.listed_loosely = true;
    }
    return setup;
}

}  // namespace inspraak::core
