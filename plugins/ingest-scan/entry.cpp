// The plugin's descriptor and init: nothing else lives here.
#include <memory>

#include <leptonica/allheaders.h>

#include "inspraak/plugin.hpp"
#include "scan_ingester.hpp"

namespace {
// Poppler and Leptonica print their own diagnostics to stderr for a damaged file ("Error in
// pixReadMem", "poppler/error: Couldn't read xref table"); the ingester already names the file
// and the reason in one line, recorded in the store, so theirs would only repeat it in a form an
// officer cannot use. These are process-wide library settings: made here, once, when the host
// initialises the plugin (not from a static constructor).
void quiet_libraries() {
    setMsgSeverity(L_SEVERITY_NONE);
}

void register_scan_ingester(inspraak::Registrar& registrar) {
    quiet_libraries();
    registrar.add_ingester(std::make_unique<inspraak::ingest::ScanIngester>());
}
}  // namespace

INSPRAAK_PLUGIN(inspraak::PluginKind::ingest, "ingest-scan", "1.0.0",
                "Gescande brieven als afbeelding (.png, .jpg, .tif, ook meerdere pagina's): tekst via OCR (Tesseract, nld+eng)",
                "png,jpg,jpeg,tif,tiff", register_scan_ingester);
