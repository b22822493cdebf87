// A draft e-mail (.eml) that carries a reply letter to its sender: RFC 5322 with MIME, written
// by GMime (the library the ingest-email plugin reads mail with), so that headers with non-ASCII
// text become encoded-words, the body quoted-printable UTF-8 and the letter a base64 attachment.
// "X-Unsent: 1" makes Outlook open it as a draft to send; other clients open it as a message.
#pragma once

#include <cstdint>
#include <string>

namespace inspraak::core {

struct MailAddress {
    std::string name;     // may be empty
    std::string address;  // "jan@example.nl"
};

struct MailDraft {
    MailAddress from;
    MailAddress to;
    std::string subject;
    std::string body;                 // plain text, UTF-8, lines ending in '\n'
    std::string attachment_name;      // "reactie-I003.docx"
    std::string attachment_type;      // "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    std::string attachment_bytes;
    std::int64_t unix_time = 0;       // the Date header
};

// The message with CRLF line ends. Throws std::runtime_error when GMime cannot write it.
std::string mail_eml(const MailDraft& draft);

}  // namespace inspraak::core
