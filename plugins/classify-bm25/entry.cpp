// The plugin's descriptor and init: registers the bm25 classifier.
#include "classify_bm25/bm25_classifier.hpp"
#include "inspraak/plugin.hpp"

namespace {

void register_classifier(inspraak::Registrar& registrar) {
    registrar.add_classifier(std::make_unique<inspraak::classify_bm25::Bm25Classifier>());
}

}  // namespace

INSPRAAK_PLUGIN(inspraak::PluginKind::classify, "classify-bm25", "1.0.0",
                "Hoofdstukken via bm25 (SQLite FTS5, Snowball-stammen) en routering via trefwoorden", "",
                register_classifier);
