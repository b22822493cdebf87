#include "framework/text_shape.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <string>

#include "inspraak/text.hpp"

namespace inspraak::core {
namespace {

UChar32 first_code_point(std::string_view s) {
    if (s.empty()) return U_SENTINEL;
    UChar32 c = 0;
    int32_t i = 0;
    U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
    return c;
}

UChar32 last_code_point(std::string_view s) {
    if (s.empty()) return U_SENTINEL;
    size_t start = s.size() - 1;
    while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
    return first_code_point(s.substr(start));
}

}  // namespace

bool starts_with_uppercase(std::string_view s) {
    UChar32 c = first_code_point(text::trim(s));
    return c >= 0 && (u_isupper(c) || u_istitle(c));
}

bool starts_with_lowercase(std::string_view s) {
    UChar32 c = first_code_point(text::trim(s));
    return c >= 0 && u_islower(c);
}

bool ends_with_lowercase(std::string_view s) {
    UChar32 c = last_code_point(text::trim(s));
    return c >= 0 && u_islower(c);
}

bool ends_with_any(std::string_view s, std::string_view chars) {
    std::string_view t = text::trim(s);
    return !t.empty() && chars.find(t.back()) != std::string_view::npos;
}

int word_count(std::string_view s) {
    int words = 0;
    bool in_word = false;
    for (char ch : s) {
        bool space = ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\v';
        if (!space && !in_word) ++words;
        in_word = !space;
    }
    return words;
}

size_t code_point_count(std::string_view s) {
    size_t count = 0;
    for (char ch : s)
        if ((static_cast<unsigned char>(ch) & 0xC0) != 0x80) ++count;
    return count;
}

}  // namespace inspraak::core

namespace inspraak::core {
namespace {

constexpr std::string_view kBullets[] = {"-", "*", "+", "•", "·", "–", "▪", "◦", "●", "○", "■", "o", "\xEF\x82\xB7"};

bool is_blank_char(char ch) { return ch == ' ' || ch == '\t'; }

}  // namespace

std::optional<ListMarker> parse_list_marker(std::string_view line) {
    ListMarker marker;
    size_t i = 0;
    while (i < line.size() && is_blank_char(line[i])) {
        marker.indent += line[i] == '\t' ? 4 : 1;
        ++i;
    }
    std::string_view rest = line.substr(i);
    size_t marker_length = 0;
    for (std::string_view bullet : kBullets) {
        if (rest.substr(0, bullet.size()) == bullet) {
            marker.kind = ListMarker::Kind::bullet;
            marker_length = bullet.size();
            break;
        }
    }
    if (marker_length == 0) {
        size_t digits = 0;
        while (digits < rest.size() && digits < 3 && rest[digits] >= '0' && rest[digits] <= '9') ++digits;
        if (digits >= 1 && digits <= 2 && digits < rest.size() && (rest[digits] == '.' || rest[digits] == ')')) {
            marker.kind = ListMarker::Kind::number;
            marker.value = std::stoi(std::string(rest.substr(0, digits)));
            marker.style = rest[digits];
            marker_length = digits + 1;
        } else if (rest.size() >= 2 && (rest[1] == '.' || rest[1] == ')') &&
                   ((rest[0] >= 'a' && rest[0] <= 'z') || (rest[0] >= 'A' && rest[0] <= 'Z' && rest[1] == ')'))) {
            marker.kind = ListMarker::Kind::letter;
            marker.value = (rest[0] >= 'a' ? rest[0] - 'a' : rest[0] - 'A') + 1;
            marker.style = rest[1];
            marker_length = 2;
        }
    }
    if (marker_length == 0) return std::nullopt;
    // The marker must be followed by whitespace and then text.
    if (marker_length >= rest.size() || !is_blank_char(rest[marker_length])) return std::nullopt;
    std::string_view content = text::trim(rest.substr(marker_length));
    if (content.empty()) return std::nullopt;
    marker.content = content;
    return marker;
}

std::optional<std::string_view> atx_heading_content(std::string_view line) {
    size_t i = 0;
    while (i < line.size() && i < 3 && line[i] == ' ') ++i;
    size_t hashes = 0;
    while (i + hashes < line.size() && line[i + hashes] == '#') ++hashes;
    if (hashes == 0 || hashes > 6) return std::nullopt;
    std::string_view rest = line.substr(i + hashes);
    if (!rest.empty() && !is_blank_char(rest.front())) return std::nullopt;
    rest = text::trim(rest);
    // A closing run of '#' after a space belongs to the heading syntax, not to its text.
    size_t end = rest.size();
    while (end > 0 && rest[end - 1] == '#') --end;
    if (end == 0) return rest.substr(0, 0);
    if (end < rest.size() && is_blank_char(rest[end - 1])) rest = text::trim(rest.substr(0, end));
    return rest;
}

}  // namespace inspraak::core
