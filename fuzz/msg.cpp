// ingest-outlook: an Outlook .msg (OLE2 compound file through libgsf, MAPI properties, compressed
// RTF, attached messages). Inputs without the OLE2 signature are refused at once, so the seeds
// are .msg files and the fuzzer mutates inside that shape.
#include "fuzz_input.hpp"
#include "outlook_ingester.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const inspraak::ingest::OutlookIngester ingester;
    inspraak::fuzz::ingest(ingester, data, size, "reactie.msg");
    return 0;
}
