// The report-md plugin's descriptor: the reactienota as a Markdown file.
#include <memory>

#include "inspraak/plugin.hpp"
#include "markdown_reporter.hpp"

namespace {
void register_reporter(inspraak::Registrar& registrar) {
    registrar.add_report_writer(std::make_unique<inspraak::report_md::MarkdownReporter>());
}
}  // namespace

INSPRAAK_PLUGIN(inspraak::PluginKind::report, "report-md", "1.0.0",
                "Reactienota als Markdown (sjabloon report.md.mustache)", "md", register_reporter);
