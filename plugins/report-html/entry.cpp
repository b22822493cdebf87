// The report-html plugin's descriptor: the reactienota as one self-contained, printable HTML file.
#include <memory>

#include "html_reporter.hpp"
#include "inspraak/plugin.hpp"

namespace {
void register_reporter(inspraak::Registrar& registrar) {
    registrar.add_report_writer(std::make_unique<inspraak::report_html::HtmlReporter>());
}
}  // namespace

INSPRAAK_PLUGIN(inspraak::PluginKind::report, "report-html", "1.0.0",
                "Reactienota als printbare HTML (sjabloon report.html.mustache)", "html", register_reporter);
