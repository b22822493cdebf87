// The plugin's descriptor and init: nothing else lives here.
#include <memory>

#include "inspraak/plugin.hpp"
#include "office_ingester.hpp"

namespace {
void register_office_ingester(inspraak::Registrar& registrar) {
    registrar.add_ingester(std::make_unique<inspraak::ingest::OfficeIngester>());
}
}  // namespace

INSPRAAK_PLUGIN(inspraak::PluginKind::ingest, "ingest-office", "1.0.0",
                "Word- (.docx) en LibreOffice-documenten (.odt): koppen, lijsten, tabellen met opmerkingen",
                "docx,odt", register_office_ingester);
