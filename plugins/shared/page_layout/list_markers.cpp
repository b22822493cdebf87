#include "list_markers.hpp"

#include <array>
#include <regex>

#include "inspraak/text.hpp"

namespace inspraak::ingest {
namespace {

constexpr std::array<std::string_view, 22> kBullets = {
    "-", "*", "\xE2\x80\xA2", "\xC2\xB7", "\xE2\x96\xAA", "\xE2\x96\xA0", "\xE2\x97\xA6", "\xE2\x97\x8B",
    "\xE2\x97\x8F", "\xE2\x80\xA3", "\xE2\x81\x83", "\xE2\x96\xBA", "\xE2\x9E\xA2", "\xE2\x9C\x93",
    "\xE2\x80\x93", "\xE2\x80\x94",
    // Symbol and Wingdings bullets in the private use area (U+F0B7, U+F0A7, U+F076, U+F0D8, U+F0FC)
    "\xEF\x82\xB7", "\xEF\x82\xA7", "\xEF\x81\xB6", "\xEF\x83\x98", "\xEF\x83\xBC", "\xE2\x9D\x96"};

}  // namespace

std::optional<ListMarker> list_marker(std::string_view line) {
    for (std::string_view bullet : kBullets) {
        if (line.size() > bullet.size() + 1 && line.substr(0, bullet.size()) == bullet && line[bullet.size()] == ' ') {
            std::string content(text::trim(line.substr(bullet.size())));
            if (!content.empty()) return ListMarker{"-", content};
        }
    }
    // A capital letter only with a parenthesis, so that the initials of a name ("J. de Vries")
    // are no list; at most two digits, so that "2025. Het jaar" is none either.
    static const std::regex numbered(R"(^\(?(\d{1,2}|[a-z]|[A-Z](?=\)))([.)]) +(\S.*)$)");
    std::cmatch match;
    if (std::regex_match(line.data(), line.data() + line.size(), match, numbered))
        return ListMarker{match[1].str() + match[2].str(), match[3].str()};
    return std::nullopt;
}

bool is_list_marker_word(std::string_view word) {
    if (word.empty() || word.find(' ') != std::string_view::npos) return false;
    std::optional<ListMarker> marker = list_marker(std::string(word) + " x");
    return marker.has_value() && marker->content == "x";
}

}  // namespace inspraak::ingest
