// The plugin's descriptor and its one object: a streaming report writer for the "txt" format.
#include "inspraak/plugin.hpp"
#include "summary_writer.hpp"

namespace {

class SummaryWriter final : public inspraak::ReportWriter {
public:
    inspraak::Result<void> write(inspraak::ReportSource& source, inspraak::ReportSink& sink) const noexcept override {
        return inspraak::guard([&]() -> inspraak::Result<void> {
            inspraak::report::SinkWriter out(sink);
            summary_plugin::write_summary(source, out);
            out.flush();
            return {};
        });
    }
};

void init(inspraak::Registrar& registrar) { registrar.add_report_writer(std::make_unique<SummaryWriter>()); }

}  // namespace

INSPRAAK_PLUGIN(inspraak::PluginKind::report, "report-summary", "1.0.0", "samenvatting als platte tekst", "txt", init);
