// ingest-webform: a CSV export of a web form (libcsv, column mapping, one submission per row).
#include "fuzz_input.hpp"
#include "webform_ingester.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const inspraak::webform::WebformIngester ingester;
    inspraak::fuzz::ingest(ingester, data, size, "webformulier.csv");
    return 0;
}
