// Keeps personal data out of what is published: finds it (detectors.hpp, one detector per kind)
// and puts a label in its place ("[IBAN]", "[adres]", "[naam]") so that the sentence still reads.
// The store keeps the text as written; redaction happens when a text is published or shown as
// its public version. An officer may keep a found stretch public: such choices are keyed by the
// kind and the exact text found, so they hold wherever that text stands in the point.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "inspraak/model.hpp"
#include "privacy/personal_data.hpp"

namespace inspraak::core {

// (kind id, exact text) pairs an officer decided to keep public in one point.
using KeptPublic = std::set<std::pair<std::string, std::string>>;

struct Redaction {
    PersonalSpan span;
    std::string text;   // the text found, as written
    bool kept = false;  // an officer decided to keep it public
};

// Everything personal in `text`, in text order, overlaps joined into one stretch (of the longer
// one's kind). `sender` is the submission's sender: its name is looked for; its organisation's
// name is never redacted.
std::vector<Redaction> find_redactions(std::string_view text, const Stakeholder& sender, const KeptPublic& kept = {});

// The text with every redaction that was not kept replaced by its label in `language`.
std::string apply_redactions(std::string_view text, const std::vector<Redaction>& redactions, std::string_view language);

// find_redactions and apply_redactions at once: the public version of a text.
std::string redact_personal_data(std::string_view text, const Stakeholder& sender, std::string_view language,
                                 const KeptPublic& kept = {});

// What to show as the sender when personal data is left out: the organisation, else the group,
// else a neutral word for a private person.
std::string published_sender_label(const Stakeholder& sender, std::string_view language);

}  // namespace inspraak::core
