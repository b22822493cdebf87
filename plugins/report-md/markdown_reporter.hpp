// The reactienota as Markdown, rendered from <templates_dir>/<language>/report.md.mustache.
#pragma once

#include <string>
#include <string_view>

#include "inspraak/plugin.hpp"

namespace inspraak::report_md {

// Streams (ReportWriter, API 3.2; see report::write_template). render() is the same for a whole
// model.
class MarkdownReporter final : public Reporter, public ReportWriter {
public:
    Result<void> write(ReportSource& source, ReportSink& sink) const noexcept override;
    Result<std::string> render(const ReportModel& model) const noexcept override;
};

// Makes text safe inside a Markdown table cell and other one-line places: backslash-escapes
// \ | < > (so a point cannot break the table or smuggle in HTML) and turns every line break
// into <br>. Other Markdown (emphasis, links) is left as the stakeholder wrote it.
std::string escape_markdown(std::string_view text);

}  // namespace inspraak::report_md
