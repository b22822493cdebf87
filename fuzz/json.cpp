// ingest-webform: a JSON export of a web form (nlohmann::json, one submission per object).
#include "fuzz_input.hpp"
#include "webform_ingester.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const inspraak::webform::WebformIngester ingester;
    inspraak::fuzz::ingest(ingester, data, size, "webformulier.json");
    return 0;
}
