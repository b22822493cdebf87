// The plugin's descriptor and init: nothing else lives here.
#include <glib.h>

#include <memory>

#include "inspraak/plugin.hpp"
#include "outlook_ingester.hpp"

namespace {

// libgsf reports a damaged compound file through GLib's log ("libgsf:msole-CRITICAL **:
// ole_seek_block: assertion failed") on stderr, beside the one line the host prints for the
// file. The plugin says what is wrong itself, so libgsf's own messages are dropped.
void quiet_libgsf() {
    const auto levels = static_cast<GLogLevelFlags>(G_LOG_LEVEL_MASK | G_LOG_FLAG_FATAL | G_LOG_FLAG_RECURSION);
    for (const char* domain : {"libgsf", "libgsf:msole", "libgsf:utils"})
        g_log_set_handler(domain, levels, [](const gchar*, GLogLevelFlags, const gchar*, gpointer) {}, nullptr);
}

void register_outlook_ingester(inspraak::Registrar& registrar) {
    quiet_libgsf();
    registrar.add_ingester(std::make_unique<inspraak::ingest::OutlookIngester>());
}

}  // namespace

INSPRAAK_PLUGIN(inspraak::PluginKind::ingest, "ingest-outlook", "1.0.0",
                "Outlook-berichten (.msg) en winmail.dat (TNEF), met hun bijlagen", "msg,dat,tnef",
                register_outlook_ingester);
