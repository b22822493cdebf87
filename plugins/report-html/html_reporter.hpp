// The reactienota as one self-contained, printable HTML5 file, rendered from
// <templates_dir>/<language>/report.html.mustache. Every value is HTML-escaped by mustache.
#pragma once

#include <string>

#include "inspraak/plugin.hpp"

namespace inspraak::report_html {

// Streams (ReportWriter, API 3.2; see report::write_template). render() is the same for a whole
// model.
class HtmlReporter final : public Reporter, public ReportWriter {
public:
    Result<void> write(ReportSource& source, ReportSink& sink) const noexcept override;
    Result<std::string> render(const ReportModel& model) const noexcept override;
};

}  // namespace inspraak::report_html
