#include "email_ingester.hpp"

#include <gmime/gmime.h>
#include <libxml/parser.h>

#include "inspraak/text.hpp"
#include "mail_submission.hpp"
#include "mime_message.hpp"

namespace inspraak::ingest {

EmailIngester::EmailIngester() {
    // Reference counted. GMime is deliberately never shut down: GMime 3.2 does not survive
    // g_mime_init after g_mime_shutdown (its charset tables stay freed), and a host may create
    // and destroy ingesters more than once.
    g_mime_init();
    xmlInitParser();  // must run once before libxml2 is used from several threads
}

Result<IngestResult> EmailIngester::read(const SourceFile& file) const noexcept {
    return guard([&]() -> Result<IngestResult> {
        if (text::trim(file.bytes).empty()) return Error{"bevat geen tekst: het bestand is leeg"};
        auto parsed = read_mime_message(file.bytes);
        if (!parsed) return parsed.error();
        return mail_ingest_result(std::move(parsed.value()));
    });
}

}  // namespace inspraak::ingest
