// One mail as one submission: the same fields, notes and warnings for every mail format, so
// that a mail saved as .msg gives the same points as the same mail saved as .eml.
#pragma once

#include "inspraak/model.hpp"
#include "inspraak/result.hpp"
#include "mail_content.hpp"

namespace inspraak::ingest {

// The sender gives the stakeholder's name, address and organisation (the header, else the
// signature), subject and date are kept, and the body is the plain text (else the HTML as text)
// without quoted earlier messages, the signature after "-- " and disclaimers, in tidy layout.
// The attachments go back to the host as the submission's embedded files (belongs_to 0): what
// they say is the mail's input. An Error when there is neither sender nor text, or no text and
// nothing attached. libxml2's parser must be initialised.
Result<IngestResult> mail_ingest_result(MailContent mail);

}  // namespace inspraak::ingest
