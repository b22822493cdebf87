// The plugin's descriptor and init: nothing else lives here.
#include <memory>

#include "inspraak/plugin.hpp"
#include "text_ingester.hpp"

namespace {
void register_text_ingester(inspraak::Registrar& registrar) {
    registrar.add_ingester(std::make_unique<inspraak::ingest::TextIngester>());
}
}  // namespace

INSPRAAK_PLUGIN(inspraak::PluginKind::ingest, "ingest-text", "1.0.0",
                "Brieven als platte tekst of Markdown, met kopregels of front matter", "txt,md,markdown",
                register_text_ingester);
