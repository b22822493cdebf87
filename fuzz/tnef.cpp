// ingest-outlook: a winmail.dat (TNEF through libytnef, its attributes and attachments).
#include "fuzz_input.hpp"
#include "outlook_ingester.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const inspraak::ingest::OutlookIngester ingester;
    inspraak::fuzz::ingest(ingester, data, size, "winmail.dat");
    return 0;
}
