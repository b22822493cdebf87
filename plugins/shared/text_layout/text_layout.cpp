#include "text_layout.hpp"

#include <algorithm>

#include "inspraak/text.hpp"

namespace inspraak::ingest {

std::string tidy_layout(std::string_view text) {
    std::string unified(text);
    // A form feed is a page break in exported text: treat it as a line break.
    std::replace(unified.begin(), unified.end(), '\f', '\n');

    std::string out;
    out.reserve(unified.size());
    bool blank_pending = false;
    for (std::string_view line : text::split_lines(unified)) {
        std::string_view content = text::trim(line);
        if (content.empty()) {
            blank_pending = !out.empty();
            continue;
        }
        // Keep indentation (nested list items), drop trailing whitespace only.
        std::string_view kept = line.substr(0, static_cast<size_t>(content.data() - line.data()) + content.size());
        if (!out.empty()) out += blank_pending ? "\n\n" : "\n";
        blank_pending = false;
        out.append(kept);
    }
    return out;
}

}  // namespace inspraak::ingest
