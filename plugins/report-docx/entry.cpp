// The report-docx plugin's descriptor: the reactienota as a Word document in named styles,
// optionally in the municipality's house style (round.json "word_template").
#include <memory>

#include "docx_reporter.hpp"
#include "inspraak/plugin.hpp"

namespace {
void register_reporter(inspraak::Registrar& registrar) {
    registrar.add_report_writer(std::make_unique<inspraak::report_docx::DocxReporter>());
}
}  // namespace

INSPRAAK_PLUGIN(inspraak::PluginKind::report, "report-docx", "1.0.0",
                "Reactienota als Word-document (.docx) met benoemde stijlen, optioneel in de huisstijl van een sjabloon",
                "docx", register_reporter);
