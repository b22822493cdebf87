#include "framework/heading_parser.hpp"

#include <regex>

#include "framework/text_shape.hpp"
#include "inspraak/text.hpp"

namespace inspraak::core {
namespace {

// The separator between "Bijlage 2" and its title: a colon, full stop or dash, or just spaces.
constexpr const char* kSeparator = R"((?:\s*(?::|\.|-|–|—)\s*|\s+|$))";

const std::regex& appendix_pattern() {
    static const std::regex pattern(std::string(R"(^(?:Bijlage|BIJLAGE|Appendix|APPENDIX|Annex|ANNEX)\s+(\d{1,2}))") +
                                    kSeparator + "(.*)$");
    return pattern;
}

const std::regex& chapter_keyword_pattern() {
    static const std::regex pattern(std::string(R"(^(?:Hoofdstuk|HOOFDSTUK|Chapter|CHAPTER)\s+(\d{1,2}))") +
                                    kSeparator + "(.*)$");
    return pattern;
}

// "3", "3.", "3.1", "3.1.2." followed by at least one space and the title.
const std::regex& numbered_pattern() {
    static const std::regex pattern(R"(^(\d{1,2}(?:\.\d{1,2})*)(\.?)\s+(\S.*)$)");
    return pattern;
}

std::vector<int> split_number(const std::string& dotted) {
    std::vector<int> parts;
    size_t start = 0;
    while (start <= dotted.size()) {
        size_t dot = dotted.find('.', start);
        if (dot == std::string::npos) dot = dotted.size();
        parts.push_back(std::stoi(dotted.substr(start, dot - start)));
        start = dot + 1;
    }
    return parts;
}

bool is_table_of_contents_entry(std::string_view title) {
    if (title.find("....") != std::string_view::npos || title.find("…") != std::string_view::npos ||
        title.find('\t') != std::string_view::npos)
        return true;
    return false;
}

}  // namespace

std::string tidy_title(std::string_view title) {
    std::string normalised = text::normalize_whitespace(title);
    std::string out;
    out.reserve(normalised.size());
    for (size_t i = 0; i < normalised.size(); ++i) {
        char ch = normalised[i];
        if (ch == ' ' && i + 1 < normalised.size()) {
            char next = normalised[i + 1];
            if (next == ':' || next == ';' || next == ',' || next == '?' || next == '!') continue;
        }
        out.push_back(ch);
    }
    return out;
}

std::string strip_markdown_emphasis(std::string_view s) {
    std::string_view t = text::trim(s);
    while (!t.empty() && t.back() == '#') t.remove_suffix(1);  // closing "##" of an ATX heading
    std::string out;
    out.reserve(t.size());
    for (size_t i = 0; i < t.size(); ++i) {
        char ch = t[i];
        if (ch == '*') continue;  // emphasis or strong; literal asterisks in titles are rare
        if (ch == '_') {
            // Only at word edges: keep "snake_case" and URLs intact.
            bool word_before = i > 0 && t[i - 1] != ' ' && t[i - 1] != '_';
            bool word_after = i + 1 < t.size() && t[i + 1] != ' ' && t[i + 1] != '_';
            if (!(word_before && word_after)) continue;
        }
        out.push_back(ch);
    }
    return std::string(text::trim(out));
}

namespace {

// "<span ...>", "</span>", "<a name=x>", "<br/>": a '<' followed by a letter or '/' up to the
// next '>'. A lone '<' ("minder dan < 5") stays.
size_t html_tag_length(std::string_view s) {
    if (s.size() < 3 || s[0] != '<') return 0;
    const char next = s[1];
    const bool letter = (next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z');
    if (!letter && next != '/') return 0;
    const size_t close = s.find('>');
    return close == std::string_view::npos ? 0 : close + 1;
}

}  // namespace

std::string strip_inline_markup(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        std::string_view rest = s.substr(i);
        if (size_t tag = html_tag_length(rest)) {
            i += tag;
            continue;
        }
        if (rest[0] == '\\' && rest.size() >= 2 && std::string_view(".*_#-+()[]!`").find(rest[1]) != std::string_view::npos) {
            out.push_back(rest[1]);
            i += 2;
            continue;
        }
        if (rest[0] == '{' && rest.size() >= 2 && (rest[1] == '#' || rest[1] == '.')) {
            const size_t close = rest.find('}');
            if (close != std::string_view::npos) {
                i += close + 1;
                continue;
            }
        }
        // "[text](target)" -> "text"; "![alt](image)" -> "".
        const bool image = rest[0] == '!' && rest.size() >= 2 && rest[1] == '[';
        if (rest[0] == '[' || image) {
            const size_t open = image ? 1 : 0;
            const size_t close = rest.find("](", open);
            const size_t end = close == std::string_view::npos ? close : rest.find(')', close);
            if (end != std::string_view::npos && rest.substr(open + 1, close - open - 1).find('[') == std::string_view::npos) {
                if (!image) out += rest.substr(open + 1, close - open - 1);
                i += end + 1;
                continue;
            }
        }
        out.push_back(rest[0]);
        ++i;
    }
    return strip_markdown_emphasis(out);
}

std::optional<HeadingCandidate> parse_heading(std::string_view line) {
    std::string_view trimmed = text::trim(line);
    // Headings are short; a long line is text (and would take std::regex deep into recursion).
    if (trimmed.size() > kMaxHeadingLineBytes) return std::nullopt;
    const std::string s(trimmed);
    std::smatch m;
    HeadingCandidate candidate;
    if (std::regex_match(s, m, appendix_pattern())) {
        candidate.appendix = true;
        candidate.keyword = true;
        candidate.number = {std::stoi(m[1].str())};
        candidate.number_text = "B" + std::to_string(candidate.number.front());
        candidate.title = tidy_title(m[2].str());
        return candidate;
    }
    if (std::regex_match(s, m, chapter_keyword_pattern())) {
        candidate.keyword = true;
        candidate.number = {std::stoi(m[1].str())};
        candidate.number_text = std::to_string(candidate.number.front());
        candidate.title = tidy_title(m[2].str());
        return candidate;
    }
    if (std::regex_match(s, m, numbered_pattern())) {
        candidate.number = split_number(m[1].str());
        candidate.trailing_dot = m[2].length() > 0;
        std::string number_text;
        for (size_t i = 0; i < candidate.number.size(); ++i)
            number_text += (i ? "." : "") + std::to_string(candidate.number[i]);
        candidate.number_text = number_text;
        candidate.title = tidy_title(m[3].str());
        return candidate;
    }
    return std::nullopt;
}

bool looks_like_title(std::string_view title) {
    std::string_view t = text::trim(title);
    if (t.empty() || !starts_with_uppercase(t)) return false;
    if (word_count(t) > kMaxTitleWords || code_point_count(t) > kMaxTitleChars) return false;
    if (ends_with_any(t, ".,;:?!-")) return false;
    return !is_table_of_contents_entry(t);
}

}  // namespace inspraak::core
