// ingest-office: a LibreOffice .odt (zip, content.xml and styles.xml, meta.xml).
#include "fuzz_input.hpp"
#include "office_ingester.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const inspraak::ingest::OfficeIngester ingester;
    inspraak::fuzz::ingest(ingester, data, size, "brief.odt");
    return 0;
}
