#include "word_markdown.hpp"

#include "inspraak/text.hpp"
#include "wordml.hpp"

namespace inspraak::report_docx {
namespace {

std::string_view list_item(std::string_view line) {
    line = text::trim(line);
    for (std::string_view bullet : {"- ", "* ", "\u2022 "}) {
        if (line.substr(0, bullet.size()) == bullet) return text::trim(line.substr(bullet.size()));
    }
    return {};
}

// Where a marker ("**" or "*") opens emphasis the way Markdown reads it: "*x*" is emphasis,
// "5 * 3 * 2" is not.
std::size_t closing_marker(std::string_view text, std::size_t open, std::string_view marker) {
    const std::size_t inner = open + marker.size();
    if (inner >= text.size() || text[inner] == ' ') return std::string_view::npos;
    for (std::size_t close = text.find(marker, inner); close != std::string_view::npos;
         close = text.find(marker, close + 1)) {
        if (close > inner && text[close - 1] != ' ') return close;
    }
    return std::string_view::npos;
}

void add_inline(pugi::xml_node paragraph, std::string_view text, RunFormat format) {
    std::string plain;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '*') {
            plain += text[i];
            continue;
        }
        const std::string_view marker = text.substr(i, 2) == "**" ? "**" : "*";
        const std::size_t close = closing_marker(text, i, marker);
        if (close == std::string_view::npos) {
            plain.append(marker);
            i += marker.size() - 1;
            continue;
        }
        if (!plain.empty()) add_run(paragraph, plain, format);
        plain.clear();
        RunFormat inner = format;
        (marker == "**" ? inner.bold : inner.italic) = true;
        add_inline(paragraph, text.substr(i + marker.size(), close - i - marker.size()), inner);
        i = close + marker.size() - 1;
    }
    if (!plain.empty()) add_run(paragraph, plain, format);
}

}  // namespace

std::vector<TextBlock> markdown_blocks(std::string_view markdown) {
    std::vector<TextBlock> blocks;
    std::vector<std::string_view> lines;
    // Within a paragraph, a line starting with a bullet opens a list item; a line after an
    // item continues it (as Markdown does), a line before any item is ordinary text.
    const auto flush = [&] {
        const std::size_t first = blocks.size();
        for (const auto line : lines) {
            const auto item = list_item(line);
            if (!item.empty()) {
                blocks.push_back({true, std::string(item)});
            } else if (blocks.size() > first) {
                blocks.back().text += " " + std::string(text::trim(line));
            } else {
                blocks.push_back({false, std::string(text::trim(line))});
            }
        }
        lines.clear();
    };
    for (const auto line : text::split_lines(markdown)) {
        if (text::trim(line).empty()) {
            flush();
        } else {
            lines.push_back(line);
        }
    }
    flush();
    return blocks;
}

void add_markdown(pugi::xml_node parent, std::string_view markdown, const std::string& paragraph_style,
                  const std::string& list_style) {
    for (const auto& block : markdown_blocks(markdown)) {
        pugi::xml_node paragraph = add_paragraph(parent, block.list_item ? list_style : paragraph_style);
        add_inline(paragraph, block.text, {});
    }
}

}  // namespace inspraak::report_docx
