// The ingest-email plugin's ingester: RFC 5322/MIME messages (.eml), read with GMime 3.
#pragma once

#include "inspraak/plugin.hpp"

namespace inspraak::ingest {

// One mail is one submission: From gives the stakeholder's name and address, Organization (or,
// failing that, the signature) the organisation, Subject and Date the subject and ISO date. The
// body is the text/plain part, else the text/html part as text, without quoted earlier messages,
// the signature after "-- " and disclaimers; attachments are listed in the notes
// ("bijlage: advies.pdf").
//
// Constructing one initialises GMime (g_mime_init, reference counted) and libxml2's parser; GMime
// is not shut down again (see the constructor). `read` may run on several threads at once.
class EmailIngester final : public Ingester {
public:
    EmailIngester();
    EmailIngester(const EmailIngester&) = delete;
    EmailIngester& operator=(const EmailIngester&) = delete;

    Result<IngestResult> read(const SourceFile& file) const noexcept override;
};

}  // namespace inspraak::ingest
