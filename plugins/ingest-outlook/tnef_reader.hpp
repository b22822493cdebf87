// winmail.dat (TNEF, application/ms-tnef): the wrapper Outlook puts around a message's RTF
// body and attachments when it sends "Rich Text" mail. Read with libytnef.
#pragma once

#include <string_view>

#include "inspraak/result.hpp"
#include "outlook_message.hpp"

namespace inspraak::ingest::outlook {

// True when `bytes` start with the TNEF signature 0x223E9F78.
bool has_tnef_signature(std::string_view bytes);

// The message inside: subject, sender (when the MAPI properties carry it), date, body (plain,
// HTML or compressed RTF) and the attached files. The records are checked (sizes, checksums,
// number of attachments) before libytnef sees them. Errors are one Dutch line starting
// "is geen winmail.dat (TNEF-bestand): ".
Result<OutlookMessage> read_tnef(std::string_view bytes);

}  // namespace inspraak::ingest::outlook
