#include "letter_header.hpp"

#include "inspraak/text.hpp"

namespace inspraak::ingest {
namespace {

constexpr size_t kMaxFrontMatterLines = 60;
constexpr size_t kMaxHeaderBlockLines = 12;

bool is_blank(std::string_view line) { return text::trim(line).empty(); }

}  // namespace

std::optional<LetterHeader> read_front_matter(const std::vector<std::string_view>& lines) {
    if (lines.empty() || text::trim(lines[0]) != "---") return std::nullopt;
    LetterHeader header;
    for (size_t i = 1; i < lines.size() && i <= kMaxFrontMatterLines; ++i) {
        std::string_view line = text::trim(lines[i]);
        if (line == "---" || line == "...") {
            header.body_start = i + 1;
            return header;
        }
        if (line.empty() || line.front() == '#') continue;
        // YAML list items under a key we do not use ("tags:\n  - a") are allowed and skipped.
        if (line.front() == '-' && lines[i].front() != '-') continue;
        auto kv = split_key_value(line);
        if (!kv) return std::nullopt;  // not YAML: a horizontal rule followed by text
        if (auto field = field_for_key(kv->key)) {
            header.fields.emplace_back(*field, kv->value);
        } else {
            header.unknown_keys.push_back(kv->key);
        }
    }
    return std::nullopt;
}

std::optional<LetterHeader> read_header_block(const std::vector<std::string_view>& lines) {
    size_t i = 0;
    while (i < lines.size() && is_blank(lines[i])) ++i;
    LetterHeader header;
    for (; i < lines.size() && !is_blank(lines[i]); ++i) {
        if (header.fields.size() >= kMaxHeaderBlockLines) return std::nullopt;
        auto kv = split_key_value(lines[i]);
        if (!kv) return std::nullopt;
        auto field = field_for_key(kv->key);
        if (!field) return std::nullopt;
        header.fields.emplace_back(*field, kv->value);
    }
    // The block must be followed by a blank line: a letter that is only "Key: value" lines is
    // a list in the letter itself, not a header.
    if (header.fields.empty() || i >= lines.size()) return std::nullopt;
    header.body_start = i + 1;
    return header;
}

}  // namespace inspraak::ingest
