// The report-csv plugin's descriptor: one row per point, for Excel and other spreadsheets.
#include <memory>

#include "csv_reporter.hpp"
#include "inspraak/plugin.hpp"

namespace {
void register_reporter(inspraak::Registrar& registrar) {
    registrar.add_report_writer(std::make_unique<inspraak::report_csv::CsvReporter>());
}
}  // namespace

INSPRAAK_PLUGIN(inspraak::PluginKind::report, "report-csv", "1.0.0",
                "Punten en reacties als CSV (RFC 4180, UTF-8 met BOM)", "csv", register_reporter);
