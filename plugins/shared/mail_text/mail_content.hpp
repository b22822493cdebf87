// The pieces of one mail that make its submission, whatever format the mail came in (.eml,
// Outlook .msg, winmail.dat), all in UTF-8.
#pragma once

#include <string>
#include <vector>

namespace inspraak::ingest {

// A file attached to the mail (or a message attached to it), transfer encoding undone: handed
// to the host, which reads it with the plugin for its type.
struct MailAttachment {
    std::string name;        // the file name it was sent under; may be empty
    std::string media_type;  // "application/pdf", when the mail says
    std::string bytes;
};

struct MailContent {
    std::string from_name;     // display name of the sender
    std::string from_email;
    std::string organisation;  // the Organization (or Organisation) header
    std::string subject;
    std::string date;          // YYYY-MM-DD, as the sender's clock had it; empty if unknown
    std::string plain;         // the plain-text body
    std::string html;          // the HTML body (used when there is no plain text)
    std::vector<MailAttachment> attachments;  // attached files and messages, in the mail's order
    bool encrypted = false;    // an encrypted body that cannot be read
};

}  // namespace inspraak::ingest
