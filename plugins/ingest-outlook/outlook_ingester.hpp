// The ingest-outlook plugin's ingester: Outlook .msg files and winmail.dat (TNEF).
#pragma once

#include "inspraak/plugin.hpp"

namespace inspraak::ingest {

// A .msg is one mail, one submission, with the same fields as the e-mail plugin gives the same
// mail saved as .eml; its attached files (and attached messages, as .msg files of their own)
// are handed back for the host to read as part of the mail (belongs_to 0). A winmail.dat gives
// its attached files as files of their own, and a submission only when it carries the
// message's text. The file's content decides how it is read, not its extension.
//
// Constructing one initialises libxml2's parser; `read` may run on several threads at once.
class OutlookIngester final : public Ingester {
public:
    OutlookIngester();

    Result<IngestResult> read(const SourceFile& file) const noexcept override;
};

}  // namespace inspraak::ingest
