// The plugin's descriptor and init: nothing else lives here.
#include <memory>

#include "email_ingester.hpp"
#include "inspraak/plugin.hpp"

namespace {
// Constructing the ingester initialises GMime (g_mime_init, reference counted).
void register_email_ingester(inspraak::Registrar& registrar) {
    registrar.add_ingester(std::make_unique<inspraak::ingest::EmailIngester>());
}
}  // namespace

INSPRAAK_PLUGIN(inspraak::PluginKind::ingest, "ingest-email", "1.0.0",
                "E-mails (RFC 5322/MIME) zonder geciteerde berichten, handtekening en disclaimer", "eml",
                register_email_ingester);
