#include "inspraak/light_markdown.hpp"

#include "inspraak/text.hpp"

namespace inspraak::markdown {
namespace {

std::string_view list_item(std::string_view line) {
    line = text::trim(line);
    for (std::string_view bullet : {"- ", "* ", "\u2022 "}) {
        if (line.substr(0, bullet.size()) == bullet) return text::trim(line.substr(bullet.size()));
    }
    return {};
}

// Where the mark opened at `open` closes, or npos when it does not open emphasis.
std::size_t closing_mark(std::string_view text, std::size_t open, std::string_view mark) {
    const std::size_t inner = open + mark.size();
    if (inner >= text.size() || text[inner] == ' ') return std::string_view::npos;
    for (std::size_t close = text.find(mark, inner); close != std::string_view::npos; close = text.find(mark, close + 1)) {
        if (close > inner && text[close - 1] != ' ') return close;
    }
    return std::string_view::npos;
}

void add_spans(std::string_view text, bool bold, bool italic, std::vector<Span>& out) {
    std::string plain;
    auto flush = [&] {
        if (!plain.empty()) out.push_back({plain, bold, italic});
        plain.clear();
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '*') {
            plain += text[i];
            continue;
        }
        const std::string_view mark = text.substr(i, 2) == "**" ? "**" : "*";
        const std::size_t close = closing_mark(text, i, mark);
        if (close == std::string_view::npos) {
            plain.append(mark);
            i += mark.size() - 1;
            continue;
        }
        flush();
        const std::string_view inner = text.substr(i + mark.size(), close - i - mark.size());
        add_spans(inner, bold || mark == "**", italic || mark == "*", out);
        i = close + mark.size() - 1;
    }
    flush();
}

}  // namespace

std::vector<Block> blocks(std::string_view markdown) {
    std::vector<Block> out;
    std::size_t paragraph_start = 0;  // index in `out` of the current paragraph's first block
    bool in_paragraph = false;
    for (const auto line : text::split_lines(markdown)) {
        const std::string_view trimmed = text::trim(line);
        if (trimmed.empty()) {
            in_paragraph = false;
            continue;
        }
        if (!in_paragraph) paragraph_start = out.size();
        in_paragraph = true;
        if (const auto item = list_item(line); !item.empty()) {
            out.push_back({true, std::string(item)});
        } else if (out.size() > paragraph_start) {
            out.back().text += " " + std::string(trimmed);
        } else {
            out.push_back({false, std::string(trimmed)});
        }
    }
    return out;
}

std::vector<Span> spans(std::string_view text) {
    std::vector<Span> out;
    add_spans(text, false, false, out);
    return out;
}

}  // namespace inspraak::markdown
