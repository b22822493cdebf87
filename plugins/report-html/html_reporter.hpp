// The reactienota as one self-contained, printable HTML5 file, rendered from
// <templates_dir>/<language>/report.html.mustache. Every value is HTML-escaped by mustache.
#pragma once

#include <string>

#include "inspraak/plugin.hpp"

namespace inspraak::report_html {

class HtmlReporter final : public Reporter {
public:
    Result<std::string> render(const ReportModel& model) const noexcept override;
};

}  // namespace inspraak::report_html
