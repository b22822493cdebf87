// The report-json plugin's descriptor: the round as the JSON working file (docs/json-report.md).
#include <memory>

#include "inspraak/plugin.hpp"
#include "json_reporter.hpp"

namespace {
void register_reporter(inspraak::Registrar& registrar) {
    registrar.add_report_writer(std::make_unique<inspraak::report_json::JsonReporter>());
}
}  // namespace

INSPRAAK_PLUGIN(inspraak::PluginKind::report, "report-json", "1.0.0",
                "De ronde als JSON-werkbestand (contract in docs/json-report.md)", "json", register_reporter);
