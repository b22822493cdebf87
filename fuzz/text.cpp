// ingest-text: plain-text and Markdown letters in any common charset (encoding detection,
// letter header, metadata, body clean-up), read as a .txt and as a .md.
#include "fuzz_input.hpp"
#include "text_ingester.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const inspraak::ingest::TextIngester ingester;
    inspraak::fuzz::ingest(ingester, data, size, "brief.txt");
    inspraak::fuzz::ingest(ingester, data, size, "brief.md");
    inspraak::fuzz::check_text("to_utf8", inspraak::text::to_utf8(inspraak::fuzz::bytes(data, size)));
    return 0;
}
