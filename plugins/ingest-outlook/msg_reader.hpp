// Outlook .msg files ([MS-OXMSG]): an OLE2 compound file read with libgsf.
#pragma once

#include <string_view>

#include "inspraak/result.hpp"
#include "outlook_message.hpp"

namespace inspraak::ingest::outlook {

// True when `bytes` start with the OLE2 compound file signature.
bool has_ole_signature(std::string_view bytes);

// Reads the message: sender, subject, date, body (plain, else HTML, else compressed RTF) and the
// attachments that are files (inline images of the HTML body are left out; an attached message
// becomes a .msg of its own). A damaged file or one past the limits is an Error with one Dutch
// line, starting "is geen Outlook-bericht (.msg): ".
Result<OutlookMessage> read_msg(std::string_view bytes);

}  // namespace inspraak::ingest::outlook
