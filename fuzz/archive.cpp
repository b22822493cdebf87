// ingest-archive: a .zip of submissions, every member handed back to the host (with the
// product's limits on member size, total size and count).
#include "archive_ingester.hpp"
#include "fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const inspraak::ingest::ArchiveIngester ingester;
    inspraak::fuzz::ingest(ingester, data, size, "reacties.zip");
    return 0;
}
