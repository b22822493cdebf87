// ingest-email: an .eml read with GMime (MIME structure, quoted-printable, base64, charsets,
// RFC 2231 names, HTML bodies through libxml2), attachments handed back as embedded files.
#include "email_ingester.hpp"
#include "fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const inspraak::ingest::EmailIngester ingester;
    inspraak::fuzz::ingest(ingester, data, size, "reactie.eml");
    return 0;
}
