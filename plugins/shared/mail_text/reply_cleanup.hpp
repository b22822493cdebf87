// Removes from a mail body what the sender did not write for this consultation: quoted earlier
// messages, the signature block after "-- " and legal disclaimers.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace inspraak::ingest {

struct CleanedMail {
    std::string body;       // the sender's own text (greeting and sign-off included)
    std::string signature;  // what came after a "-- " line, for reading the organisation
    std::string history;    // quoted or forwarded earlier messages, without their header lines
    bool removed_history = false;
    bool removed_disclaimer = false;
};

// `text` is UTF-8 with \n line endings. Cuts at the first reply attribution ("Op ... schreef ...:",
// "On ... wrote:"), Outlook separator ("-----Oorspronkelijk bericht-----", "-----Original
// Message-----", forwarded-message lines) or Outlook header block ("Van: / Verzonden: / Aan:"),
// cuts the signature after "-- ", drops lines quoted with '>' and paragraphs that are legal
// disclaimers.
CleanedMail clean_reply(std::string_view text);

// True for a paragraph that is a standard confidentiality or liability notice.
bool is_disclaimer(std::string_view paragraph);

}  // namespace inspraak::ingest
