// The plugin's descriptor and init: nothing else lives here.
#include <memory>

#include "inspraak/plugin.hpp"
#include "scan_ingester.hpp"

namespace {
void register_scan_ingester(inspraak::Registrar& registrar) {
    registrar.add_ingester(std::make_unique<inspraak::ingest::ScanIngester>());
}
}  // namespace

INSPRAAK_PLUGIN(inspraak::PluginKind::ingest, "ingest-scan", "1.0.0",
                "Gescande brieven als afbeelding (.png, .jpg, .tif, ook meerdere pagina's): tekst via OCR (Tesseract, nld+eng)",
                "png,jpg,jpeg,tif,tiff", register_scan_ingester);
