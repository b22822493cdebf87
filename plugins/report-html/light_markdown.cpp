#include "light_markdown.hpp"

#include <kainjow/mustache.hpp>

#include "inspraak/light_markdown.hpp"

namespace inspraak::report_html {
namespace {

std::string inline_html(std::string_view text) {
    std::string html;
    for (const markdown::Span& span : markdown::spans(text)) {
        std::string escaped = kainjow::mustache::html_escape(span.text);
        if (span.italic) escaped = "<em>" + escaped + "</em>";
        if (span.bold) escaped = "<strong>" + escaped + "</strong>";
        html += escaped;
    }
    return html;
}

}  // namespace

std::vector<std::string> light_markdown_to_html(std::string_view text) {
    std::vector<std::string> html;
    bool in_list = false;
    for (const markdown::Block& block : markdown::blocks(text)) {
        if (!block.list_item) {
            html.push_back("<p>" + inline_html(block.text) + "</p>");
            in_list = false;
            continue;
        }
        // Consecutive items are one list.
        if (!in_list) html.push_back("<ul></ul>");
        in_list = true;
        std::string& list = html.back();
        list.insert(list.size() - 5, "<li>" + inline_html(block.text) + "</li>");
    }
    return html;
}

}  // namespace inspraak::report_html
