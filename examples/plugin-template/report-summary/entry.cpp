// The plugin's descriptor and its one object: a reporter for the "txt" format.
#include "inspraak/plugin.hpp"
#include "summary_writer.hpp"

namespace {

class SummaryReporter final : public inspraak::Reporter {
public:
    inspraak::Result<std::string> render(const inspraak::ReportModel& model) const noexcept override {
        return inspraak::guard([&]() -> inspraak::Result<std::string> { return summary_plugin::write_summary(model); });
    }
};

void init(inspraak::Registrar& registrar) { registrar.add_reporter(std::make_unique<SummaryReporter>()); }

}  // namespace

INSPRAAK_PLUGIN(inspraak::PluginKind::report, "report-summary", "1.0.0", "samenvatting als platte tekst", "txt", init);
