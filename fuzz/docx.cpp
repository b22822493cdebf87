// ingest-office: a Word .docx (zip through libzip with the product's zip-bomb limits, XML through
// pugixml: paragraphs, styles and numbering, tables of remarks, document properties).
#include "fuzz_input.hpp"
#include "office_ingester.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const inspraak::ingest::OfficeIngester ingester;
    inspraak::fuzz::ingest(ingester, data, size, "brief.docx");
    return 0;
}
