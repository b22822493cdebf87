// The plugin's descriptor and init: nothing else lives here.
#include <memory>

#include "inspraak/plugin.hpp"
#include "outlook_ingester.hpp"

namespace {
void register_outlook_ingester(inspraak::Registrar& registrar) {
    registrar.add_ingester(std::make_unique<inspraak::ingest::OutlookIngester>());
}
}  // namespace

INSPRAAK_PLUGIN(inspraak::PluginKind::ingest, "ingest-outlook", "1.0.0",
                "Outlook-berichten (.msg) en winmail.dat (TNEF), met hun bijlagen", "msg,dat,tnef",
                register_outlook_ingester);
