// The plugin's descriptor and its one object: an ingester for ".form" files.
#include "form_reader.hpp"
#include "inspraak/plugin.hpp"

namespace {

class FormIngester final : public inspraak::Ingester {
public:
    inspraak::Result<inspraak::IngestResult> read(const inspraak::SourceFile& file) const noexcept override {
        return inspraak::guard([&] { return form_plugin::read_form(file.bytes); });
    }
};

void init(inspraak::Registrar& registrar) { registrar.add_ingester(std::make_unique<FormIngester>()); }

}  // namespace

INSPRAAK_PLUGIN(inspraak::PluginKind::ingest, "ingest-form", "1.0.0", "formulieren uit het formuliersysteem (.form)",
                "form", init);
