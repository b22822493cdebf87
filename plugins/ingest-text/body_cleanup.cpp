#include "body_cleanup.hpp"

#include <algorithm>
#include <cctype>
#include <regex>

#include "inspraak/text.hpp"

namespace inspraak::ingest {
namespace {

bool is_blank(std::string_view line) { return text::trim(line).empty(); }

bool only_of(std::string_view line, char c, size_t minimum) {
    std::string_view t = text::trim(line);
    size_t count = 0;
    for (char ch : t) {
        if (ch == c) {
            ++count;
        } else if (ch != ' ') {
            return false;
        }
    }
    return count >= minimum;
}

// libstdc++'s std::regex recurses once per character matched, so it overflows the stack on very
// long lines: every regex here runs on a bounded piece of text only.
constexpr size_t kRegexChunk = 1000;

bool is_list_item(std::string_view line) {
    std::string_view t = text::trim(line);
    size_t marker = 0;
    if (!t.empty() && (t[0] == '-' || t[0] == '*' || t[0] == '+')) {
        marker = 1;
    } else {
        while (marker < t.size() && std::isdigit(static_cast<unsigned char>(t[marker]))) ++marker;
        if (marker == 0 || marker >= t.size() || (t[marker] != '.' && t[marker] != ')')) return false;
        ++marker;
    }
    return marker < t.size() && (t[marker] == ' ' || t[marker] == '\t');
}

bool is_table_separator(std::string_view line) {
    if (line.size() > kRegexChunk || line.find('|') == std::string_view::npos) return false;
    static const std::regex separator(R"(^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$)");
    return std::regex_match(line.begin(), line.end(), separator);
}

// Applies `transform` to pieces of at most kRegexChunk bytes, cut after a space.
template <typename F>
std::string in_chunks(const std::string& line, F transform) {
    if (line.size() <= kRegexChunk) return transform(line);
    std::string out;
    size_t start = 0;
    while (start < line.size()) {
        size_t end = std::min(line.size(), start + kRegexChunk);
        if (end < line.size()) {
            size_t space = line.rfind(' ', end);
            if (space != std::string::npos && space > start) end = space + 1;
        }
        out += transform(line.substr(start, end - start));
        start = end;
    }
    return out;
}

bool is_fence(std::string_view line) {
    std::string_view t = text::trim(line);
    return t.rfind("```", 0) == 0 || t.rfind("~~~", 0) == 0;
}

// Inline Markdown to plain text, applied to one piece of a line.
std::string simplify_inline_piece(std::string line) {
    static const std::regex image(R"(!\[([^\]]*)\]\([^)]*\))");
    static const std::regex relative_link(R"(\[([^\]]+)\]\((#[^)]*|[^):]*)\))");
    static const std::regex link(R"(\[([^\]]+)\]\(<?([^)\s>]+)>?(?:\s+"[^"]*")?\))");
    static const std::regex autolink(R"(<((?:https?|mailto):[^>\s]+)>)");
    static const std::regex code(R"(`([^`]+)`)");
    static const std::regex strong(R"((\*\*|__)(\S(?:.*?\S)?)\1)");
    static const std::regex emphasis(R"((^|[\s(\[\"'])([*_])(\S(?:[^*_]*?\S)?)\2(?=$|[\s).,;:!?\]\"']))");
    static const std::regex inline_tag(R"(</?(?:b|i|u|em|strong|sup|sub|span|mark|br)\b[^>]*>)", std::regex::icase);
    static const std::regex escape(R"(\\([\\`*_{}\[\]()#+\-.!|>]))");

    line = std::regex_replace(line, image, "$1");
    line = std::regex_replace(line, relative_link, "$1");
    line = std::regex_replace(line, link, "$1 ($2)");
    line = std::regex_replace(line, autolink, "$1");
    line = std::regex_replace(line, code, "$1");
    line = std::regex_replace(line, strong, "$2");
    line = std::regex_replace(line, emphasis, "$1$3");
    line = std::regex_replace(line, inline_tag, "");
    line = std::regex_replace(line, escape, "$1");
    return line;
}

std::string simplify_inline(const std::string& line) { return in_chunks(line, simplify_inline_piece); }

// "## Title ##" -> "## Title"
std::string strip_closing_hashes(std::string line) {
    if (line.empty() || line.front() != '#') return line;
    size_t end = line.find_last_not_of(" \t");
    size_t hashes = line.find_last_not_of('#', end);
    if (hashes != std::string::npos && hashes < end && (line[hashes] == ' ' || line[hashes] == '\t'))
        line.erase(hashes);
    return line;
}

std::string drop_quote_markers(std::string_view line) {
    size_t i = 0;
    while (i < line.size() && (line[i] == ' ' || line[i] == '>')) {
        if (line[i] == '>') {
            line.remove_prefix(i + 1);
            if (!line.empty() && line.front() == ' ') line.remove_prefix(1);
            i = 0;
            continue;
        }
        ++i;
    }
    return std::string(line);
}

std::string remove_html_comments(const std::vector<std::string_view>& lines) {
    std::string joined;
    for (auto line : lines) {
        joined.append(line);
        joined.push_back('\n');
    }
    std::string out;
    size_t pos = 0;
    while (true) {
        size_t open = joined.find("<!--", pos);
        if (open == std::string::npos) break;
        size_t close = joined.find("-->", open + 4);
        out.append(joined, pos, open - pos);
        if (close == std::string::npos) {
            pos = joined.size();
            break;
        }
        pos = close + 3;
    }
    out.append(joined, pos, std::string::npos);
    return out;
}

}  // namespace

std::string simplify_markdown(const std::vector<std::string_view>& raw_lines) {
    const std::string without_comments = remove_html_comments(raw_lines);
    const std::vector<std::string_view> lines = text::split_lines(without_comments);

    std::string out;
    bool in_fence = false;
    for (size_t i = 0; i < lines.size(); ++i) {
        std::string_view line = lines[i];
        if (is_fence(line)) {
            in_fence = !in_fence;
            continue;
        }
        if (in_fence) {
            out.append(line).push_back('\n');
            continue;
        }
        std::string current = drop_quote_markers(line);
        const bool next_exists = i + 1 < lines.size();
        if (!is_blank(current) && !is_list_item(current) && next_exists) {
            if (only_of(lines[i + 1], '=', 2)) {
                out += "# " + simplify_inline(std::string(text::trim(current))) + "\n";
                ++i;
                continue;
            }
            if (only_of(lines[i + 1], '-', 2)) {
                out += "## " + simplify_inline(std::string(text::trim(current))) + "\n";
                ++i;
                continue;
            }
        }
        if (only_of(current, '-', 3) || only_of(current, '*', 3) || only_of(current, '_', 3)) {
            out += "\n";  // a horizontal rule separates paragraphs
            continue;
        }
        if (is_table_separator(current)) continue;
        out += simplify_inline(strip_closing_hashes(std::move(current)));
        out += "\n";
    }
    return out;
}

std::string simplify_plain_text(const std::vector<std::string_view>& lines) {
    // Bullet characters that Word and mail clients write when text is saved as plain text.
    static const std::regex exported_bullet(R"(^(\s*)(?:(?:\xE2\x80\x93|\xE2\x80\x94|\xC2\xB7|\xEF\x82\xB7)[ \t]+|o\t+|-\t+))");
    std::string out;
    for (auto line : lines) {
        // Only the start of the line can hold a bullet, and the regex sees only that much.
        const size_t head = std::min<size_t>(line.size(), 32);
        std::string start(line.substr(0, head));
        out += std::regex_replace(start, exported_bullet, "$1- ", std::regex_constants::format_first_only);
        out.append(line.substr(head));
        out += "\n";
    }
    return out;
}

}  // namespace inspraak::ingest

