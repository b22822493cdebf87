// What the plugin takes from an Outlook message (.msg or winmail.dat) before it becomes a
// submission: the same MailContent the e-mail plugin takes from an .eml, plus the attached files.
#pragma once

#include <string>
#include <vector>

#include "mail_content.hpp"

namespace inspraak::ingest::outlook {

// A file attached to the message, handed to the host as an EmbeddedFile.
struct MessageAttachment {
    std::string name;        // as the sender's client named it
    std::string media_type;  // the MIME tag, when the message carries one
    std::string bytes;
};

struct OutlookMessage {
    MailContent mail;  // mail.attachments lists the attachments' names for the notes
    std::vector<MessageAttachment> attachments;  // files for the host to read
    std::vector<std::string> warnings;           // parts that could not be read
};

}  // namespace inspraak::ingest::outlook
