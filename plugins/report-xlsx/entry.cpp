// The report-xlsx plugin's descriptor: the review sheet for colleagues working in Excel or Calc.
#include <memory>

#include "inspraak/plugin.hpp"
#include "xlsx_reporter.hpp"

namespace {
void register_reporter(inspraak::Registrar& registrar) {
    registrar.add_report_writer(std::make_unique<inspraak::report_xlsx::XlsxReporter>());
}
}  // namespace

INSPRAAK_PLUGIN(inspraak::PluginKind::report, "report-xlsx", "1.0.0",
                "Reviewblad als Excel-werkmap: een rij per punt, met route en status als keuzelijst", "xlsx",
                register_reporter);
