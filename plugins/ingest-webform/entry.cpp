// The plugin descriptor and init: registers the web-form ingester with the host.
#include <memory>

#include "inspraak/plugin.hpp"
#include "webform_ingester.hpp"

namespace {

void register_webform_ingester(inspraak::Registrar& registrar) {
    registrar.add_ingester(std::make_unique<inspraak::webform::WebformIngester>());
}

}  // namespace

INSPRAAK_PLUGIN(inspraak::PluginKind::ingest, "ingest-webform", "1.0.0",
                "Webformulier-exports (CSV, JSON): een inzending per rij of object", "csv,json",
                register_webform_ingester);
