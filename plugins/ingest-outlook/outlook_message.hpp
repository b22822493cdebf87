// What the plugin takes from an Outlook message (.msg or winmail.dat) before it becomes a
// submission: the same MailContent the e-mail plugin takes from an .eml, plus the attached files.
#pragma once

#include <string>
#include <vector>

#include "mail_content.hpp"

namespace inspraak::ingest::outlook {

struct OutlookMessage {
    MailContent mail;                   // mail.attachments: the files for the host to read
    std::vector<std::string> warnings;  // parts that could not be read
};

}  // namespace inspraak::ingest::outlook
