// Reads an RFC 5322/MIME message with GMime into the pieces an ingester needs, all in UTF-8.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "inspraak/result.hpp"

namespace inspraak::ingest {

// A file attached to the mail (or a message attached to it, as .eml), transfer encoding undone.
struct MailAttachment {
    std::string name;        // the file name it was sent under, RFC 2231/2047 decoded; may be empty
    std::string media_type;  // "application/pdf"
    std::string bytes;
};

struct MailContent {
    std::string from_name;     // display name of the first From mailbox, RFC 2047 decoded
    std::string from_email;
    std::string organisation;  // the Organization (or Organisation) header
    std::string subject;
    std::string date;          // YYYY-MM-DD, as the sender's clock had it; empty if unknown
    std::string plain;         // the text/plain body parts, transfer and charset decoded
    std::string html;          // the text/html body parts, decoded (used when there is no plain text)
    std::vector<MailAttachment> attachments;  // attached files and messages, in the mail's order
    bool encrypted = false;    // a multipart/encrypted body that cannot be read
};

// GMime must be initialised (g_mime_init) by the caller. Fails, with a Dutch message, when the
// bytes are not a mail message at all (no header that every mail has).
Result<MailContent> read_mime_message(std::string_view bytes);

}  // namespace inspraak::ingest
