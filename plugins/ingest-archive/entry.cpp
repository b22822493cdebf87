// The plugin's descriptor and init: nothing else lives here.
#include <memory>

#include "archive_ingester.hpp"
#include "inspraak/plugin.hpp"

namespace {
void register_archive_ingester(inspraak::Registrar& registrar) {
    registrar.add_ingester(std::make_unique<inspraak::ingest::ArchiveIngester>());
}
}  // namespace

INSPRAAK_PLUGIN(inspraak::PluginKind::ingest, "ingest-archive", "1.0.0",
                "Zip-archieven met inspraakreacties: elk bestand erin wordt gelezen als stond het in de ronde", "zip",
                register_archive_ingester);
