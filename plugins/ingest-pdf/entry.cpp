// The plugin's descriptor and init: nothing else lives here.
#include <memory>

#include "inspraak/plugin.hpp"
#include "pdf_ingester.hpp"

namespace {
void register_pdf_ingester(inspraak::Registrar& registrar) {
    registrar.add_ingester(std::make_unique<inspraak::ingest::PdfIngester>());
}
}  // namespace

INSPRAAK_PLUGIN(inspraak::PluginKind::ingest, "ingest-pdf", "1.0.0",
                "PDF-documenten: tekst per pagina in leesvolgorde, koppen en lijsten, kop- en voetteksten weg; "
                "pagina's zonder tekstlaag via OCR (Tesseract, nld+eng)",
                "pdf", register_pdf_ingester);
