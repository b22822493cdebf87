#include "markdown_reporter.hpp"

#include "inspraak/report_stream.hpp"
#include "inspraak/report_view.hpp"
#include "markdown_view.hpp"

namespace inspraak::report_md {
namespace {

// Mustache leaves a line break behind for some section and comment tags; in Markdown a run of
// blank lines means no more than one, so the output is tidied to exactly that: no blank lines at
// the start, at most one in a row, and one line break at the end. Works on the pieces as they
// come, holding back only the line breaks it has not decided on.
class BlankLineCollapser {
public:
    explicit BlankLineCollapser(report::SinkWriter& out) : out_(out) {}
    void write(std::string_view piece) {
        std::size_t start = 0;  // of the run of other characters not written yet
        for (std::size_t i = 0; i < piece.size(); ++i) {
            if (piece[i] != '\n') continue;
            text(piece.substr(start, i - start));
            if (pending_ < 2) ++pending_;
            start = i + 1;
        }
        text(piece.substr(start));
    }
    void finish() {
        if (written_) out_ << "\n";
    }

private:
    void text(std::string_view run) {
        if (run.empty()) return;
        if (written_) out_ << std::string_view("\n\n", pending_);
        pending_ = 0;
        out_ << run;
        written_ = true;
    }

    report::SinkWriter& out_;
    std::size_t pending_ = 0;  // line breaks after the last character written (dropped before the first)
    bool written_ = false;
};

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

Result<void> MarkdownReporter::write(ReportSource& source, ReportSink& sink) const noexcept {
    return guard([&]() -> Result<void> {
        report::TemplateFormat format;
        format.template_name = "report.md.mustache";
        format.general = general_paragraphs;
        // Markdown, not HTML: mustache's default escaping would turn quotes into &quot;.
        format.escape = [](const std::string& value) { return escape_markdown(value); };
        report::SinkWriter out(sink);
        BlankLineCollapser markdown(out);
        const Result<void> written = report::write_template(source, format, [&](std::string_view piece) { markdown.write(piece); });
        if (!written) return written.error();
        markdown.finish();
        out.flush();
        return {};
    });
}

Result<std::string> MarkdownReporter::render(const ReportModel& model) const noexcept {
    return guard([&] { return report::render_to_string(*this, model); });
}

}  // namespace inspraak::report_md
