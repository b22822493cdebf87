// The plugin's descriptor and init: nothing else lives here.
#include <memory>

#include <leptonica/allheaders.h>
#include <poppler-global.h>

#include "inspraak/plugin.hpp"
#include "pdf_ingester.hpp"

namespace {
// Poppler and Leptonica print their own diagnostics to stderr for a damaged file ("Error in
// pixReadMem", "poppler/error: Couldn't read xref table"); the ingester already names the file
// and the reason in one line, recorded in the store, so theirs would only repeat it in a form an
// officer cannot use. These are process-wide library settings: made here, once, when the host
// initialises the plugin (not from a static constructor).
void quiet_libraries() {
    setMsgSeverity(L_SEVERITY_NONE);
    poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr);
}

void register_pdf_ingester(inspraak::Registrar& registrar) {
    quiet_libraries();
    registrar.add_ingester(std::make_unique<inspraak::ingest::PdfIngester>());
}
}  // namespace

INSPRAAK_PLUGIN(inspraak::PluginKind::ingest, "ingest-pdf", "1.0.0",
                "PDF-documenten: tekst per pagina in leesvolgorde, koppen en lijsten, kop- en voetteksten weg; "
                "pagina's zonder tekstlaag via OCR (Tesseract, nld+eng)",
                "pdf", register_pdf_ingester);
