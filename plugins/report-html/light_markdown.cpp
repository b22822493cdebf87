#include "light_markdown.hpp"

#include <kainjow/mustache.hpp>

#include "inspraak/text.hpp"

namespace inspraak::report_html {
namespace {

// Replaces each pair of `marker` by <tag>...</tag>; an unpaired marker stays as it is.
std::string pair_markers(const std::string& html, const std::string& marker, const std::string& tag) {
    std::string out;
    std::size_t pos = 0;
    while (true) {
        const auto open = html.find(marker, pos);
        if (open == std::string::npos) break;
        const auto close = html.find(marker, open + marker.size());
        if (close == std::string::npos) break;
        // Like Markdown: "*x*" is emphasis, "5 * 3 * 2" is not.
        const auto inner_begin = open + marker.size();
        if (close == inner_begin || html[inner_begin] == ' ' || html[close - 1] == ' ') {
            out += html.substr(pos, inner_begin - pos);
            pos = inner_begin;
            continue;
        }
        out += html.substr(pos, open - pos);
        out += "<" + tag + ">" + html.substr(open + marker.size(), close - open - marker.size()) + "</" + tag + ">";
        pos = close + marker.size();
    }
    return out + html.substr(pos);
}

std::string inline_html(std::string_view text) {
    std::string html = kainjow::mustache::html_escape(std::string(text));
    html = pair_markers(html, "**", "strong");
    return pair_markers(html, "*", "em");
}

std::string_view list_item(std::string_view line) {
    line = text::trim(line);
    for (std::string_view bullet : {"- ", "* ", "\u2022 "}) {
        if (line.substr(0, bullet.size()) == bullet) return text::trim(line.substr(bullet.size()));
    }
    return {};
}

std::string block_html(const std::vector<std::string_view>& lines) {
    bool is_list = true;
    for (const auto line : lines) is_list = is_list && !list_item(line).empty();
    std::string html;
    if (is_list) {
        html = "<ul>";
        for (const auto line : lines) html += "<li>" + inline_html(list_item(line)) + "</li>";
        return html + "</ul>";
    }
    for (const auto line : lines) html += (html.empty() ? "" : "\n") + inline_html(text::trim(line));
    return "<p>" + html + "</p>";
}

}  // namespace

std::vector<std::string> light_markdown_to_html(std::string_view markdown) {
    std::vector<std::string> blocks;
    std::vector<std::string_view> lines;
    const auto flush = [&] {
        if (!lines.empty()) blocks.push_back(block_html(lines));
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

}  // namespace inspraak::report_html
