#include "markdown_reporter.hpp"

#include "inspraak/report_view.hpp"
#include "markdown_view.hpp"

namespace inspraak::report_md {
namespace {

// Mustache leaves a line break behind for some section and comment tags; in Markdown a run of
// blank lines means no more than one, so the output is tidied to exactly that.
std::string collapse_blank_lines(const std::string& markdown) {
    std::string out;
    out.reserve(markdown.size());
    std::size_t newlines = 2;  // as if after a blank line: drops leading blank lines
    for (char c : markdown) {
        if (c == '\n') {
            if (++newlines > 2) continue;
        } else {
            newlines = 0;
        }
        out += c;
    }
    while (out.size() >= 2 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') out.pop_back();
    if (!out.empty() && out.back() != '\n') out += '\n';
    return out;
}

}  // namespace

std::string escape_markdown(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        switch (c) {
            case '\\':
            case '|':
            case '<':
            case '>':
                out += '\\';
                out += c;
                break;
            case '\r':
                if (i + 1 < text.size() && text[i + 1] == '\n') ++i;  // CRLF is one break
                out += "<br>";
                break;
            case '\n':
                out += "<br>";
                break;
            default:
                out += c;
        }
    }
    return out;
}

Result<std::string> MarkdownReporter::render(const ReportModel& model) const noexcept {
    return guard([&]() -> Result<std::string> {
        report::TemplateFormat format;
        format.template_name = "report.md.mustache";
        format.general = general_paragraphs;
        // Markdown, not HTML: mustache's default escaping would turn quotes into &quot;.
        format.escape = [](const std::string& value) { return escape_markdown(value); };
        auto markdown = report::render_template(model, format);
        if (!markdown) return markdown.error();
        return collapse_blank_lines(markdown.value());
    });
}

}  // namespace inspraak::report_md
