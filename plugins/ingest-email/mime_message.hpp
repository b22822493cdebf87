// Reads an RFC 5322/MIME message with GMime into the pieces an ingester needs, all in UTF-8.
#pragma once

#include <string_view>

#include "inspraak/result.hpp"
#include "mail_content.hpp"

namespace inspraak::ingest {

// GMime must be initialised (g_mime_init) by the caller. Fails, with a Dutch message, when the
// bytes are not a mail message at all (no header that every mail has).
Result<MailContent> read_mime_message(std::string_view bytes);

}  // namespace inspraak::ingest
